import type { Block, Lang, Localized, OpeningHours, SourceRef } from "../contract";
import type { TaxiTarget } from "./transport";

/** What the traveller chose, to continue on their phone. Never identity data. */
export type HandoffItem =
  | { kind: "answer"; id: string }
  /** `route` is the plan the traveller picked on screen; the fastest one when absent. */
  | { kind: "journey"; from: string; to: string; route?: "fastest" | "fewest" }
  | { kind: "taxi"; target: TaxiTarget }
  | { kind: "attraction"; id: string }
  | { kind: "sim-ticket"; ticket: string };

/** A QR code ready to show: an SVG document and its size, so a screen can scale it crisply. */
export interface QrImage {
  /** SVG document; error correction M, a quiet zone of 4 modules. */
  qrSvg: string;
  /** Width of the code in modules, quiet zone included (a screen shows at least 4 px each). */
  qrModules: number;
  /** QR version, 1 to 40. */
  qrVersion: number;
}

export interface Handoff extends QrImage {
  /** `<handoff base URL>/m/#<payload>` */
  url: string;
  /** Length of the payload in the URL fragment, in characters. */
  payloadChars: number;
}

export interface WifiQr extends QrImage {
  ssid: string;
}

export interface HandoffApi {
  createHandoff: { request: { lang: Lang; item: HandoffItem }; response: Handoff };
  /** The airport Wi-Fi as a QR code, or null when staff have not configured it. */
  getWifiQr: { request: Record<string, never>; response: WifiQr | null };
}

export const HANDOFF_METHODS = ["createHandoff", "getWifiQr"] as const;

/**
 * The static file the phone page loads for one content version and language,
 * `/m/content/<version>/<lang>.json`: every answer (facts filled in), every attraction, and the
 * metro names and colours that journey payloads point at by index, so a QR code stays small.
 * Written by main/core/handoff/phone-content.ts, read by renderer/phone/content.ts.
 */
export interface PhoneContent {
  format: 1;
  version: string;
  lang: Lang;
  answers: Record<string, PhoneAnswer | undefined>;
  attractions: Record<string, PhoneAttraction | undefined>;
  metro: PhoneMetro;
}

export interface PhoneAttraction {
  name: Localized;
  nameZh: string;
  addressZh: string;
  description: Localized;
  hours: OpeningHours | null;
}

export interface PhoneAnswer {
  title: string;
  /** The language the answer is shown in (the traveller's, or the fallback). */
  shownIn: Lang;
  body: Block[];
  phones: string[];
  sources: Pick<SourceRef, "publisher" | "title" | "url" | "date">[];
  reviewed: string;
}

export interface PhoneMetro {
  lines: { zh: string; en: string | null; color: string }[];
  stations: { zh: string; en: string | null }[];
}
