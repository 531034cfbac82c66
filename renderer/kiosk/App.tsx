import { useCallback, useEffect, useMemo, useReducer, useState } from "react";
import { useTranslation } from "react-i18next";
import type { KioskApi, KioskConfig, Lang } from "../../main/api/contract";
import { applyDocumentLanguage } from "../i18n/i18n";
import { EmergencyBar } from "./components/Chrome";
import { IdleGuard } from "./components/IdleGuard";
import { KioskContext, type KioskContextValue } from "./context";
import { AnswerScreen } from "./screens/Answer";
import { AttractScreen } from "./screens/Attract";
import { CategoryScreen } from "./screens/Category";
import { HomeScreen } from "./screens/Home";
import { InquiryScreen } from "./screens/Inquiry";
import { LanguagePicker } from "./screens/LanguagePicker";
import { TopicScreen } from "./screens/Topic";
import { JourneyScreen, TaxiCardScreen, TransportHub } from "./screens/transport";
import { useServiceWatch } from "./use-service-watch";
import { FeedbackScreen } from "./screens/Feedback";
import { SimHub } from "./screens/sim/SimHub";
import { AttractionScreen, TourismScreen } from "./screens/tourism";
import { SimPickupScreen } from "./screens/sim/SimPickup";
import { StaffConsole } from "../staff/StaffConsole";
import { currentScreen, INITIAL_SESSION, sessionReducer, type Screen, type SessionState } from "./session";
import { newSessionId, recordUsage, usageEventFor } from "./usage";

const CONFIG_RETRY_MS = 3000;

function useKioskConfig(api: KioskApi): { config: KioskConfig | null; refresh: () => void } {
  const [config, setConfig] = useState<KioskConfig | null>(null);
  const refresh = useCallback(() => {
    void api.getKioskConfig({}).then((result) => {
      if (result.ok) setConfig(result.value);
    });
  }, [api]);
  useEffect(() => {
    refresh();
  }, [refresh]);
  useEffect(() => {
    if (config) return undefined;
    const timer = setInterval(refresh, CONFIG_RETRY_MS);
    return () => clearInterval(timer);
  }, [config, refresh]);
  return { config, refresh };
}

/** Removes every trace a traveller could leave in the page's own storage. */
function wipeBrowserState(): void {
  window.sessionStorage.clear();
  window.localStorage.clear();
  window.scrollTo(0, 0);
}

function accessClasses(access: SessionState["access"]): string {
  const options = (Object.keys(access) as (keyof typeof access)[]).filter((option) => access[option]);
  return ["kiosk", ...options.map((option) => `access-${option}`)].join(" ");
}

function ScreenView({ screen }: { screen: Screen }): React.JSX.Element | null {
  switch (screen.name) {
    case "home":
      return <HomeScreen />;
    case "inquiry":
      return <InquiryScreen />;
    case "topic":
      return screen.tile === "communication" ? <SimHub /> : <TopicScreen tile={screen.tile} />;
    case "category":
      return <CategoryScreen category={screen.category} />;
    case "answer":
      return <AnswerScreen id={screen.id} />;
    case "transport":
      return <TransportHub />;
    case "journey":
      return <JourneyScreen to={screen.to} {...(screen.from ? { from: screen.from } : {})} />;
    case "taxi":
      return <TaxiCardScreen target={screen.target} />;
    case "feedback":
      return <FeedbackScreen />;
    case "tourism":
      return <TourismScreen />;
    case "attraction":
      return <AttractionScreen id={screen.id} />;
    case "sim-pickup":
      return <SimPickupScreen />;
    case "attract":
    case "language":
      return null;
  }
}

export function App({ api }: { api: KioskApi }): React.JSX.Element {
  const { i18n } = useTranslation();
  const { config, refresh } = useKioskConfig(api);
  const [session, dispatch] = useReducer(sessionReducer, INITIAL_SESSION);
  const [staffOpen, setStaffOpen] = useState(false);
  const screen = currentScreen(session);
  // Every screen of the stack stays mounted (hidden under the top one), so Back returns to a
  // screen exactly as the traveller left it: typed query, results and scroll position.
  const lang: Lang = session.lang ?? config?.defaultLanguage ?? "en";

  useEffect(() => {
    void i18n.changeLanguage(lang);
    applyDocumentLanguage(lang);
  }, [i18n, lang]);

  const { sessionId } = session;
  const endSession = useCallback(
    (reason: "done" | "idle") => {
      recordUsage(api, sessionId, { kind: "session-end", reason });
      wipeBrowserState();
      dispatch({ type: "end" });
    },
    [api, sessionId],
  );
  const endIdle = useCallback(() => endSession("idle"), [endSession]);

  useServiceWatch(api, endIdle);

  const context = useMemo<KioskContextValue | null>(() => {
    if (!config) return null;
    return {
      api,
      config,
      lang,
      sessionId,
      access: session.access,
      dispatch: (action) => {
        if (action.type === "end") endSession("done");
        else dispatch(action);
      },
      open: (next: Screen) => {
        const event = usageEventFor(next);
        if (event) recordUsage(api, sessionId, event);
        dispatch({ type: "open", screen: next });
      },
    };
  }, [api, config, lang, sessionId, session.access, endSession]);

  const chooseLanguage = (choice: Lang): void => {
    recordUsage(api, sessionId, session.lang ? { kind: "language", lang: choice } : { kind: "session-start", lang: choice });
    dispatch({ type: "chooseLanguage", lang: choice });
  };

  if (!context || !config) return <div className="booting" aria-busy="true" />;

  if (screen.name === "attract" && staffOpen) {
    return (
      <KioskContext.Provider value={context}>
        <StaffConsole
          api={api}
          onClose={() => {
            setStaffOpen(false);
            refresh();
          }}
        />
      </KioskContext.Provider>
    );
  }

  if (screen.name === "attract") {
    return (
      <AttractScreen
        key={session.generation}
        onStaff={() => setStaffOpen(true)}
        onStart={() => {
          refresh();
          dispatch({ type: "start", sessionId: newSessionId() });
        }}
      />
    );
  }

  return (
    <KioskContext.Provider value={context}>
      <div className={accessClasses(session.access)} key={session.generation}>
        <div className="screens">
          {session.stack.map((item, index) => (
            <div
              key={`${index}-${item.name}`}
              className="screen-layer"
              hidden={index !== session.stack.length - 1}
            >
              {item.name === "language" ? (
                <LanguagePicker
                  languages={config.languages}
                  onChoose={chooseLanguage}
                />
              ) : (
                <ScreenView screen={item} />
              )}
            </div>
          ))}
        </div>
        <EmergencyBar />
        <IdleGuard
          timeoutSeconds={config.idleTimeoutSeconds}
          warningSeconds={config.idleWarningSeconds}
          onExpire={endIdle}
        />
      </div>
    </KioskContext.Provider>
  );
}
