import type { Lang } from "../contract";
import type { TaxiTarget } from "./transport";

/** What the traveller chose, to continue on their phone. Never identity data. */
export type HandoffItem =
  | { kind: "answer"; id: string }
  | { kind: "journey"; from: string; to: string }
  | { kind: "taxi"; target: TaxiTarget }
  | { kind: "attraction"; id: string }
  | { kind: "sim-ticket"; ticket: string };

export interface Handoff {
  /** `<handoff base URL>/m/#<payload>` */
  url: string;
  /** The QR code as an SVG document (error correction M or better, 4-module quiet zone). */
  qrSvg: string;
  /** Length of the payload in the URL fragment, in characters. */
  payloadChars: number;
}

export interface WifiQr {
  ssid: string;
  qrSvg: string;
}

export interface HandoffApi {
  createHandoff: { request: { lang: Lang; item: HandoffItem }; response: Handoff };
  /** The airport Wi-Fi as a QR code, or null when staff have not configured it. */
  getWifiQr: { request: Record<string, never>; response: WifiQr | null };
}

export const HANDOFF_METHODS = ["createHandoff", "getWifiQr"] as const;
