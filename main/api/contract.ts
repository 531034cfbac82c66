/**
 * The one contract between the kiosk screens and the core.
 *
 * Both shells implement it: the Electron preload bridge (IPC) and the HTTP client used in the
 * Chromium kiosk window. This file is imported by the renderer, so it holds types and constants
 * only: no Node, Electron or validation library.
 */

export const LANGUAGES = ["zh-Hans", "en", "ja", "ko", "ru", "fr", "de", "es", "ar", "th"] as const;
export type Lang = (typeof LANGUAGES)[number];

export const RTL_LANGUAGES: readonly Lang[] = ["ar"];

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

export const KB_CATEGORIES = [
  "entry",
  "stay",
  "customs",
  "emergency",
  "health",
  "hotline",
  "consulate",
  "payment",
  "tax-refund",
  "sim",
  "airport",
  "transport",
  "accessibility",
  "city",
] as const;
export type KbCategory = (typeof KB_CATEGORIES)[number];

export const ERROR_CODES = [
  "bad_request",
  "unknown_method",
  "not_found",
  "too_large",
  "rate_limited",
  "unauthorized",
  "forbidden",
  "invalid_content",
  "unavailable",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Text in the traveller's language where the pack has it; `shownIn` says which language it is. */
export interface Localized {
  text: string;
  shownIn: Lang;
}

export type Span = { text: string } | { fact: string; value: string; asOf: string };

export type Block =
  | { type: "paragraph"; spans: Span[] }
  | { type: "bullets"; items: Span[][] }
  | { type: "steps"; items: Span[][] };

export interface SourceRef {
  title: string;
  publisher: string;
  url: string;
  date: string | null;
  status: "verified" | "partial";
}

export interface HealthInfo {
  status: "ok";
  packId: string;
  contentVersion: string;
  languages: Lang[];
}

export interface KioskConfig {
  kioskId: string;
  terminal: "T2" | "T3";
  languages: Lang[];
  defaultLanguage: Lang;
  idleTimeoutSeconds: number;
  idleWarningSeconds: number;
  contentVersion: string;
}

export interface CategorySummary {
  id: KbCategory;
  entryCount: number;
}

export interface EntrySummary {
  id: string;
  category: KbCategory;
  title: Localized;
}

export interface SearchHit extends EntrySummary {
  kind: "kb";
  snippet: Localized;
}

export interface SearchResults {
  query: string;
  hits: SearchHit[];
}

export interface KbAnswer {
  id: string;
  category: KbCategory;
  title: Localized;
  body: Block[];
  shownIn: Lang;
  phones: string[];
  sources: SourceRef[];
  reviewed: string;
}

type NoInput = Record<string, never>;

/** Every method: its request and its response. The HTTP route is `POST /api/<method>`. */
export interface ApiMethods {
  health: { request: NoInput; response: HealthInfo };
  getKioskConfig: { request: NoInput; response: KioskConfig };
  listCategories: { request: { lang: Lang }; response: CategorySummary[] };
  listEntries: { request: { lang: Lang; category: KbCategory }; response: EntrySummary[] };
  searchKnowledge: {
    request: { lang: Lang; query: string; limit?: number };
    response: SearchResults;
  };
  getEntry: { request: { lang: Lang; id: string }; response: KbAnswer };
}

export type ApiMethod = keyof ApiMethods;
export type ApiRequest<M extends ApiMethod> = ApiMethods[M]["request"];
export type ApiResponse<M extends ApiMethod> = ApiMethods[M]["response"];

export type KioskApi = {
  [M in ApiMethod]: (request: ApiRequest<M>) => Promise<Result<ApiResponse<M>>>;
};

const METHOD_TABLE: { [M in ApiMethod]: true } = {
  health: true,
  getKioskConfig: true,
  listCategories: true,
  listEntries: true,
  searchKnowledge: true,
  getEntry: true,
};

export const API_METHODS = Object.keys(METHOD_TABLE) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(METHOD_TABLE, name);
}

/** Limits that both sides know, so the screens can stop input before the core refuses it. */
export const LIMITS = {
  searchQueryChars: 200,
  requestBodyBytes: 64 * 1024,
} as const;

/** The IPC channel the preload bridge and the main process share. */
export const IPC_CHANNEL = "kiosk:api";
