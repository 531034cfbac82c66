import type Database from "better-sqlite3";
import { isLang, type ApiMethod, type ApiRequest, type ApiResponse, type HANDOFF_METHODS } from "../../api/contract";
import { ApiFailure, type CallContext, type Dispatch, type HandlerTable } from "../../api/dispatcher";
import type { FactLookup } from "../inquiry";
import type { SettingsStore } from "../settings";
import { createHandoffHandlers } from "./index";
import { buildPhoneContent, readMetroIndex, type MetroIndex } from "./phone-content";
import type { HandoffSources } from "./phone-item";

export interface HandoffAreaOptions {
  settings: SettingsStore;
  contentDb: () => Database.Database;
  facts: FactLookup;
  contentVersion: () => string;
  /** The core's dispatcher, for the journey, taxi card and attraction the traveller saw. */
  dispatch: Dispatch;
}

export interface HandoffArea {
  handlers: HandlerTable<(typeof HANDOFF_METHODS)[number]>;
  /** The HTTP shell tells the core its origin once it listens; QR codes point there by default. */
  setShellOrigin: (origin: string) => void;
  /** `/m/content/<version>/<lang>.json` for the running content version, or undefined. */
  phoneContentJson: (version: string, lang: string) => string | undefined;
}

export function createHandoffArea(options: HandoffAreaOptions): HandoffArea {
  let shellOrigin: string | null = null;
  let metro: { version: string; index: MetroIndex } | null = null;
  const phoneFiles = new Map<string, string>();

  const metroIndex = (): MetroIndex => {
    const version = options.contentVersion();
    if (metro?.version !== version) metro = { version, index: readMetroIndex(options.contentDb()) };
    return metro.index;
  };

  const call = async <M extends ApiMethod>(method: M, request: ApiRequest<M>, context: CallContext): Promise<ApiResponse<M>> => {
    const result = await options.dispatch(method, request, context);
    if (!result.ok) throw new ApiFailure(result.error.code, result.error.message);
    return result.value as ApiResponse<M>;
  };

  const sources = (context: CallContext): HandoffSources => ({
    answerExists: (id) => options.contentDb().prepare("SELECT 1 FROM kb_entry WHERE id = ?").get(id) !== undefined,
    journey: async (from, to, route) => {
      const plan = await call("planJourney", { from, to }, context);
      return route === "fewest" ? (plan.fewestTransfers ?? plan.fastest) : plan.fastest;
    },
    taxiCard: (lang, target) => call("getTaxiCard", { lang, target }, context),
    attraction: (lang, id) => call("getAttraction", { lang, id }, context),
    simCounter: () => options.settings.get().simCounter,
    metro: metroIndex,
  });

  const handlers = createHandoffHandlers({
    settings: options.settings,
    contentVersion: options.contentVersion,
    shellOrigin: () => shellOrigin,
    sources,
  });

  const phoneContentJson = (version: string, lang: string): string | undefined => {
    if (version !== options.contentVersion() || !isLang(lang)) return undefined;
    const key = `${version}/${lang}`;
    const cached = phoneFiles.get(key);
    if (cached !== undefined) return cached;
    if (![...phoneFiles.keys()].every((other) => other.startsWith(`${version}/`))) phoneFiles.clear();
    const json = JSON.stringify(buildPhoneContent(options.contentDb(), options.facts, version, lang));
    phoneFiles.set(key, json);
    return json;
  };

  return { handlers, setShellOrigin: (origin) => (shellOrigin = origin), phoneContentJson };
}
