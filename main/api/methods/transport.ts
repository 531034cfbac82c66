import type { Lang, Localized } from "../contract";

/** A metro line as the screens draw it. */
export interface LineRef {
  id: string;
  nameZh: string;
  nameEn: string | null;
  /** #rrggbb */
  color: string;
}

export interface StationRefView {
  id: string;
  nameZh: string;
  nameEn: string | null;
  /** Toneless pinyin with spaces between syllables, e.g. "xiao shi zi". */
  pinyin: string;
}

export interface StationSummary extends StationRefView {
  lines: LineRef[];
}

export interface JourneyLegView {
  line: LineRef;
  /** The station the train is heading to (terminus), or for the loop the next interchange. */
  direction: StationRefView;
  loopSense?: "clockwise" | "anticlockwise";
  board: StationRefView;
  alight: StationRefView;
  /** Every station from board to alight, both included. */
  stops: StationRefView[];
  minutes: number;
}

export type FareView =
  | { kind: "official"; yuan: number }
  | { kind: "estimated"; yuan: number }
  | { kind: "unknown" };

export interface JourneyView {
  from: StationRefView;
  to: StationRefView;
  legs: JourneyLegView[];
  totalMinutes: number;
  transfers: number;
  transferStations: StationRefView[];
  fare: FareView;
}

export interface JourneyPlan {
  fastest: JourneyView;
  /** Present only when it differs from the fastest journey in its sequence of lines. */
  fewestTransfers: JourneyView | null;
}

export type TaxiTarget = { kind: "station"; id: string } | { kind: "attraction"; id: string };

/** What a traveller shows a taxi driver: the destination in large Chinese. */
export interface TaxiCard {
  target: TaxiTarget;
  nameZh: string;
  addressZh: string | null;
  pinyin: string;
  nameEn: string | null;
  /** The destination's name in the traveller's language, where the pack has it. */
  name: Localized;
}

export interface BusRouteView {
  id: string;
  name: Localized;
  /** Stops in order, Chinese with the traveller's language where the pack has it. */
  stops: { nameZh: string; name: Localized }[];
  fare: string | null;
  hours: string | null;
  asOf: string;
  note: Localized | null;
}

export interface RailHubView {
  id: string;
  nameZh: string;
  name: Localized;
  /** Metro station at the hub, for a planned journey from the kiosk. */
  stationId: string | null;
  description: Localized;
}

export interface TransportGuide {
  /** The metro station of the terminal this kiosk stands in. */
  kioskStation: StationSummary;
  buses: BusRouteView[];
  railHubs: RailHubView[];
  firstLastTrains: { lineId: string; toward: StationRefView; first: string; last: string }[];
}

export interface TransportApi {
  searchStations: { request: { query: string; limit?: number }; response: StationSummary[] };
  /** From the kiosk's own station unless `from` is given. */
  planJourney: { request: { from?: string; to: string }; response: JourneyPlan };
  getTaxiCard: { request: { lang: Lang; target: TaxiTarget }; response: TaxiCard };
  getTransportGuide: { request: { lang: Lang }; response: TransportGuide };
}

export const TRANSPORT_METHODS = ["searchStations", "planJourney", "getTaxiCard", "getTransportGuide"] as const;
