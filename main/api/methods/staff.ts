import type { FieldIssue, Lang } from "../contract";
import type { ExchangeRate } from "./session";

export interface StaffSession {
  token: string;
  expiresAt: string;
}

export interface StaffStatus {
  pinSet: boolean;
  /** While locked out after repeated wrong PINs, when the lock ends. */
  lockedUntil: string | null;
}

export interface StaffSettings {
  kioskId: string;
  terminal: "T2" | "T3";
  languages: Lang[];
  defaultLanguage: Lang;
  idleTimeoutSeconds: number;
  idleWarningSeconds: number;
  handoffBaseUrl: string;
  wifi: { ssid: string; password: string; security: "WPA" | "WEP" | "nopass" } | null;
  exchangeRates: ExchangeRate[];
  exchangeRatesSetAt: string | null;
  simCounter: string;
  simPurgeDays: number;
}

export interface PackInfo {
  packId: string;
  version: string;
  published: string;
  installedAt: string | null;
}

export interface ContentStatus {
  current: PackInfo;
  previous: PackInfo | null;
}

export interface FactView {
  id: string;
  value: string;
  asOf: string;
  packValue: string;
  packAsOf: string;
  overridden: boolean;
}

export interface ImportReport {
  imported: number;
  updated: number;
  unchanged: number;
  errors: { row: number; message: string }[];
}

export interface SimOrderView {
  code: string;
  carrier: string;
  plan: string;
  status: "pre-ordered" | "arrived" | "handed-over";
  ticket: string | null;
  arrivedAt: string | null;
  handedOverAt: string | null;
}

export interface TicketView {
  ticket: number;
  lang: Lang;
  issuedAt: string;
  closedAt: string | null;
}

export interface UsageFigures {
  days: number;
  sessions: number;
  sessionsByDay: { day: string; count: number }[];
  byLanguage: { lang: Lang; count: number }[];
  byTile: { tile: string; count: number }[];
  byHour: { hour: number; count: number }[];
  handoffs: number;
  feedback: { count: number; average: number | null; byScore: { score: number; count: number }[] };
}

export interface UnansweredQuestion {
  text: string;
  lang: Lang;
  count: number;
  lastAt: string;
}

export interface AuditEntry {
  at: string;
  action: string;
  detail: string;
}

export type CsvTable = "usage" | "feedback" | "sim-orders" | "unanswered" | "audit" | "tickets";

type Authed<T = Record<never, never>> = { token: string } & T;

export interface StaffApi {
  staffStatus: { request: Record<string, never>; response: StaffStatus };
  staffSetupPin: { request: { pin: string }; response: StaffSession };
  staffLogin: { request: { pin: string }; response: StaffSession };
  staffLogout: { request: Authed; response: { loggedOut: true } };
  staffChangePin: { request: Authed<{ currentPin: string; newPin: string }>; response: { changed: true } };
  staffGetSettings: { request: Authed; response: StaffSettings };
  staffUpdateSettings: { request: Authed<{ patch: Partial<StaffSettings> }>; response: StaffSettings };
  staffContentStatus: { request: Authed; response: ContentStatus };
  staffImportPack: {
    request: Authed<{ fileName: string; dataBase64: string }>;
    response: { installed: PackInfo } | { rejected: FieldIssue[] };
  };
  staffExportPack: { request: Authed; response: { fileName: string; dataBase64: string } };
  staffRollbackPack: { request: Authed; response: ContentStatus };
  staffListFacts: { request: Authed; response: FactView[] };
  staffSetFact: { request: Authed<{ id: string; value: string | null; asOf?: string }>; response: FactView };
  staffImportSimOrders: { request: Authed<{ fileName: string; dataBase64: string }>; response: ImportReport };
  staffListSimOrders: { request: Authed<{ status?: SimOrderView["status"] }>; response: SimOrderView[] };
  staffHandOverSim: { request: Authed<{ code: string }>; response: SimOrderView };
  staffListTickets: { request: Authed; response: TicketView[] };
  staffCloseTicket: { request: Authed<{ ticket: number }>; response: TicketView };
  staffUsage: { request: Authed<{ days: number }>; response: UsageFigures };
  staffUnanswered: { request: Authed; response: UnansweredQuestion[] };
  staffAuditLog: { request: Authed<{ limit?: number }>; response: AuditEntry[] };
  staffExportCsv: { request: Authed<{ table: CsvTable }>; response: { fileName: string; csv: string } };
  staffExportLogs: { request: Authed; response: { fileName: string; text: string } };
}

export const STAFF_METHODS = [
  "staffStatus",
  "staffSetupPin",
  "staffLogin",
  "staffLogout",
  "staffChangePin",
  "staffGetSettings",
  "staffUpdateSettings",
  "staffContentStatus",
  "staffImportPack",
  "staffExportPack",
  "staffRollbackPack",
  "staffListFacts",
  "staffSetFact",
  "staffImportSimOrders",
  "staffListSimOrders",
  "staffHandOverSim",
  "staffListTickets",
  "staffCloseTicket",
  "staffUsage",
  "staffUnanswered",
  "staffAuditLog",
  "staffExportCsv",
  "staffExportLogs",
] as const;

/** The content-pack methods, served by main/core/content-admin/ rather than the staff area. */
export const STAFF_CONTENT_METHODS = [
  "staffContentStatus",
  "staffImportPack",
  "staffExportPack",
  "staffRollbackPack",
  "staffListFacts",
  "staffSetFact",
] as const satisfies readonly (typeof STAFF_METHODS)[number][];
