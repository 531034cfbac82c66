import { useCallback, useEffect, useMemo, useState } from "react";
import type { KioskApi, StaffSession } from "../../main/api/contract";
import { ContentTab } from "./ContentTab";
import { AuditTab, ExportsTab, TicketsTab, UnansweredTab } from "./ListTabs";
import { PinGate } from "./PinGate";
import { SettingsTab } from "./SettingsTab";
import { SimTab } from "./SimTab";
import { StaffKeyboard } from "./StaffKeyboard";
import { StaffContext, StaffLangContext, useStaffT, type StaffContextValue, type StaffLang } from "./staff-context";
import { UsageTab } from "./UsageTab";
import "./staff.css";

const TABS = ["settings", "content", "sim", "tickets", "usage", "unanswered", "audit", "exports"] as const;
type Tab = (typeof TABS)[number];

/** Left alone this long, the console signs out and the kiosk returns to travellers. */
const CONSOLE_IDLE_MS = 5 * 60 * 1000;

function TabView({ tab }: { tab: Tab }): React.JSX.Element {
  switch (tab) {
    case "settings":
      return <SettingsTab />;
    case "content":
      return <ContentTab />;
    case "sim":
      return <SimTab />;
    case "tickets":
      return <TicketsTab />;
    case "usage":
      return <UsageTab />;
    case "unanswered":
      return <UnansweredTab />;
    case "audit":
      return <AuditTab />;
    case "exports":
      return <ExportsTab />;
  }
}

function ConsoleFrame({
  lang,
  onLang,
  onClose,
  onLogout,
  children,
}: {
  lang: StaffLang;
  onLang: () => void;
  onClose: () => void;
  onLogout?: () => void;
  children: React.ReactNode;
}): React.JSX.Element {
  const t = useStaffT();
  return (
    <div className="staff" lang={lang} dir="ltr">
      <header className="staff-bar">
        <h1>{t("title")}</h1>
        <button type="button" className="staff-button" lang={lang === "en" ? "zh-Hans" : "en"} onClick={onLang}>
          {t("language")}
        </button>
        {onLogout ? (
          <button type="button" className="staff-button" onClick={onLogout}>
            {t("logout")}
          </button>
        ) : null}
        <button type="button" className="staff-button" onClick={onClose}>
          {t("close")}
        </button>
      </header>
      {children}
    </div>
  );
}

/** The staff console: PIN first, then the tabs. It never shows anything without a live token. */
export function StaffConsole({ api, onClose }: { api: KioskApi; onClose: () => void }): React.JSX.Element {
  const [lang, setLang] = useState<StaffLang>("en");
  const [session, setSession] = useState<StaffSession | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>("settings");

  const logout = useCallback(() => {
    if (session) void api.staffLogout({ token: session.token });
    setSession(null);
    onClose();
  }, [api, session, onClose]);

  useEffect(() => {
    let timer = setTimeout(logout, CONSOLE_IDLE_MS);
    const reset = (): void => {
      clearTimeout(timer);
      timer = setTimeout(logout, CONSOLE_IDLE_MS);
    };
    window.addEventListener("pointerdown", reset);
    window.addEventListener("keydown", reset);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("pointerdown", reset);
      window.removeEventListener("keydown", reset);
    };
  }, [logout]);

  const context = useMemo<StaffContextValue | null>(
    () =>
      session
        ? {
            api,
            token: session.token,
            lang,
            expire: () => {
              setSession(null);
              setNotice("expired");
            },
          }
        : null,
    [api, session, lang],
  );
  const toggleLang = (): void => setLang((current) => (current === "en" ? "zh-Hans" : "en"));

  return (
    <StaffContext.Provider value={context}>
      <StaffLangContext.Provider value={lang}>
        {context ? (
          <ConsoleFrame lang={lang} onLang={toggleLang} onClose={logout} onLogout={logout}>
            <nav className="staff-tabs" aria-label="tabs">
              {TABS.map((name) => (
                <TabButton key={name} name={name} active={name === tab} onSelect={() => setTab(name)} />
              ))}
            </nav>
            <main className="staff-main">
              <TabView tab={tab} />
            </main>
            <StaffKeyboard />
          </ConsoleFrame>
        ) : (
          <ConsoleFrame lang={lang} onLang={toggleLang} onClose={onClose}>
            <ExpiredAwarePinGate api={api} lang={lang} notice={notice} onSession={(next) => {
              setNotice(null);
              setSession(next);
            }} />
          </ConsoleFrame>
        )}
      </StaffLangContext.Provider>
    </StaffContext.Provider>
  );
}

function TabButton({ name, active, onSelect }: { name: Tab; active: boolean; onSelect: () => void }): React.JSX.Element {
  const t = useStaffT();
  return (
    <button type="button" className={active ? "staff-tab active" : "staff-tab"} aria-current={active ? "page" : undefined} onClick={onSelect}>
      {t(`tabs.${name}`)}
    </button>
  );
}

function ExpiredAwarePinGate(props: {
  api: KioskApi;
  lang: StaffLang;
  notice: string | null;
  onSession: (session: StaffSession) => void;
}): React.JSX.Element {
  const t = useStaffT();
  return <PinGate {...props} notice={props.notice === "expired" ? t("pin.expired") : null} />;
}
