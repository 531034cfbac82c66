import { useEffect, useMemo, useState } from "react";
import { RTL_LANGUAGES, type Lang } from "../../main/api/contract";
import { decodeHandoffPayload, type HandoffPayload, type PayloadError } from "../../main/api/handoff-payload";
import { AnswerView } from "./AnswerView";
import { loadPhoneContent, type PhoneContent } from "./content";
import { PhoneContext, usePhone } from "./context";
import { translator, type PhoneKey } from "./i18n";
import { JourneyView } from "./JourneyView";
import { AttractionView, TaxiView } from "./PlaceView";
import { TicketView } from "./TicketView";

type ErrorKind = PayloadError | "contentMissing" | "offline";

type PageState =
  | { stage: "loading"; lang: Lang }
  | { stage: "failed"; lang: Lang; error: ErrorKind }
  | { stage: "ready"; payload: HandoffPayload; content: PhoneContent | null };

const ERROR_KEYS: Record<ErrorKind, PhoneKey> = {
  empty: "error.empty",
  damaged: "error.damaged",
  truncated: "error.truncated",
  "too-large": "error.tooLarge",
  "future-version": "error.futureVersion",
  contentMissing: "error.contentMissing",
  offline: "error.offline",
};

/** Decodes the fragment and, for answers, journeys and attractions, loads the content file once. */
async function loadPage(fragment: string): Promise<PageState> {
  const decoded = await decodeHandoffPayload(fragment);
  if (!decoded.ok) return { stage: "failed", lang: decoded.lang ?? "en", error: decoded.error };
  const { payload } = decoded;
  const { item } = payload;
  if (item.kind === "taxi" || item.kind === "sim-ticket") return { stage: "ready", payload, content: null };
  const loaded = await loadPhoneContent(payload.content, payload.lang);
  if (!loaded.ok) return { stage: "failed", lang: payload.lang, error: loaded.error };
  const missing =
    (item.kind === "answer" && !loaded.content.answers[item.id]) || (item.kind === "attraction" && !loaded.content.attractions[item.id]);
  if (missing) return { stage: "failed", lang: payload.lang, error: "contentMissing" };
  return { stage: "ready", payload, content: loaded.content };
}

function ItemView({ payload, content }: { payload: HandoffPayload; content: PhoneContent | null }): React.JSX.Element | null {
  const { item } = payload;
  switch (item.kind) {
    case "answer": {
      const answer = content?.answers[item.id];
      return answer ? <AnswerView answer={answer} /> : null;
    }
    case "journey":
      return content ? <JourneyView journey={item} metro={content.metro} /> : null;
    case "taxi":
      return <TaxiView item={item} />;
    case "attraction": {
      const attraction = content?.attractions[item.id];
      return attraction ? <AttractionView attraction={attraction} taxi={item.taxi} /> : null;
    }
    case "sim-ticket":
      return <TicketView item={item} />;
  }
}

function Failure({ error }: { error: ErrorKind }): React.JSX.Element {
  const { t } = usePhone();
  return (
    <article className="card card-error" role="alert" data-error={error}>
      <h1>{t("error.title")}</h1>
      <p>{t(ERROR_KEYS[error])}</p>
    </article>
  );
}

export function PhoneApp(): React.JSX.Element {
  const [fragment, setFragment] = useState(() => window.location.hash);
  const [state, setState] = useState<PageState>({ stage: "loading", lang: "en" });

  useEffect(() => {
    const onHash = (): void => setFragment(window.location.hash);
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);

  useEffect(() => {
    let current = true;
    void loadPage(fragment).then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [fragment]);

  const lang = state.stage === "ready" ? state.payload.lang : state.lang;
  const context = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = RTL_LANGUAGES.includes(lang) ? "rtl" : "ltr";
    document.title = context.t("brand");
  }, [lang, context]);

  return (
    <PhoneContext.Provider value={context}>
      <header className="brand">{context.t("brand")}</header>
      <main className="page" aria-busy={state.stage === "loading"}>
        {state.stage === "loading" ? <p className="loading">{context.t("loading")}</p> : null}
        {state.stage === "failed" ? <Failure error={state.error} /> : null}
        {state.stage === "ready" ? <ItemView payload={state.payload} content={state.content} /> : null}
      </main>
      <footer className="privacy">{context.t("privacy")}</footer>
    </PhoneContext.Provider>
  );
}
