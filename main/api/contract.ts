/**
 * The one contract between the kiosk screens and the core.
 *
 * Both shells implement it: the Electron preload bridge (IPC) and the HTTP client used in the
 * Chromium kiosk window. This file is imported by the renderer, so it holds types and constants
 * only: no Node, Electron or validation library.
 */

import { HANDOFF_METHODS, type HandoffApi } from "./methods/handoff";
import { SESSION_METHODS, type SessionApi } from "./methods/session";
import { SIM_METHODS, type SimApi } from "./methods/sim";
import { STAFF_METHODS, type StaffApi } from "./methods/staff";
import { TOURISM_METHODS, type TourismApi } from "./methods/tourism";
import { TRANSPORT_METHODS, type TransportApi } from "./methods/transport";

export type * from "./methods/handoff";
export type * from "./methods/session";
export type * from "./methods/sim";
export type * from "./methods/staff";
export type * from "./methods/tourism";
export type * from "./methods/transport";

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
  /** New on every start of the core: a screen that sees it change knows the service restarted. */
  bootId: string;
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
  /**
   * `kb`: a knowledge-base answer. `attraction`: a place of the culture-and-tourism area, opened
   * on its own screen; its category is "city", the topic the tourism tile gathers.
   */
  kind: "kb" | "attraction";
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

export interface InquiryApi {
  health: { request: NoInput; response: HealthInfo };
  getKioskConfig: { request: NoInput; response: KioskConfig };
  listCategories: { request: { lang: Lang }; response: CategorySummary[] };
  listEntries: { request: { lang: Lang; category: KbCategory }; response: EntrySummary[] };
  searchKnowledge: {
    request: { lang: Lang; query: string; limit?: number };
    response: SearchResults;
  };
  getEntry: { request: { lang: Lang; id: string }; response: KbAnswer };
  /** Chinese words from the kiosk's own content whose pinyin starts with the letters typed. */
  suggestChinese: { request: { pinyin: string }; response: string[] };
}

export const INQUIRY_METHODS = [
  "health",
  "getKioskConfig",
  "listCategories",
  "listEntries",
  "searchKnowledge",
  "getEntry",
  "suggestChinese",
] as const;

/**
 * Every method: its request and its response. The HTTP route is `POST /api/<method>`. Each area
 * keeps its own methods in main/api/methods/<area>.ts; this is the one place they meet.
 */
export interface ApiMethods extends InquiryApi, TransportApi, TourismApi, HandoffApi, SessionApi, SimApi, StaffApi {}

export type ApiMethod = keyof ApiMethods;
export type ApiRequest<M extends ApiMethod> = ApiMethods[M]["request"];
export type ApiResponse<M extends ApiMethod> = ApiMethods[M]["response"];

export type KioskApi = {
  [M in ApiMethod]: (request: ApiRequest<M>) => Promise<Result<ApiResponse<M>>>;
};

export const API_METHODS: readonly ApiMethod[] = [
  ...INQUIRY_METHODS,
  ...TRANSPORT_METHODS,
  ...TOURISM_METHODS,
  ...HANDOFF_METHODS,
  ...SESSION_METHODS,
  ...SIM_METHODS,
  ...STAFF_METHODS,
];

/** Fails to compile when an area lists a name its interface lacks, or forgets one it has. */
type Missing = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
export const NO_METHOD_MISSING: [Missing] extends [never] ? true : Missing = true;

const METHOD_SET: ReadonlySet<string> = new Set(API_METHODS);

export function isApiMethod(name: string): name is ApiMethod {
  return METHOD_SET.has(name);
}

/** Limits that both sides know, so the screens can stop input before the core refuses it. */
export const LIMITS = {
  searchQueryChars: 200,
  requestBodyBytes: 64 * 1024,
  /** Staff uploads (content packs, SIM order CSV files) travel base64-encoded in JSON. */
  uploadBodyBytes: 48 * 1024 * 1024,
} as const;

/** Methods whose bodies may be as large as `uploadBodyBytes`; every other body is capped lower. */
export const UPLOAD_METHODS: readonly ApiMethod[] = ["staffImportPack", "staffImportSimOrders"];

/** The IPC channel the preload bridge and the main process share. */
export const IPC_CHANNEL = "kiosk:api";
