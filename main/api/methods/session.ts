import type { Lang } from "../contract";

/** Anonymous usage: an event names a random per-session id, never the traveller. */
export type UsageEvent =
  | { kind: "session-start"; lang: Lang }
  | { kind: "language"; lang: Lang }
  | { kind: "tile"; tile: "inquiry" | "payment" | "communication" | "transport" | "tourism" }
  | { kind: "answer"; id: string }
  | { kind: "handoff"; item: string }
  | { kind: "session-end"; reason: "done" | "idle" };

export interface ExchangeRate {
  /** ISO 4217 code, e.g. USD */
  currency: string;
  /** Yuan for one unit of the currency, as staff set it. */
  cnyPerUnit: number;
}

export interface ExchangeRates {
  rates: ExchangeRate[];
  /** When staff last set the rates (ISO date-time), or null when never set. */
  setAt: string | null;
}

export interface SessionApi {
  recordUsage: { request: { session: string; event: UsageEvent }; response: { recorded: true } };
  submitFeedback: { request: { session: string; lang: Lang; score: 1 | 2 | 3 | 4 | 5 }; response: { recorded: true } };
  /** Issues a numbered ticket that staff see in their console. */
  callStaff: { request: { session: string; lang: Lang }; response: { ticket: number; issuedAt: string } };
  getExchangeRates: { request: Record<string, never>; response: ExchangeRates };
}

export const SESSION_METHODS = ["recordUsage", "submitFeedback", "callStaff", "getExchangeRates"] as const;
