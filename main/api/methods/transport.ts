import type { Lang, Localized, SourceRef } from "../contract";

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
  /** A polite request to the driver, always in Chinese ("please take me to:"). */
  requestZh: string;
  nameZh: string;
  /** For a metro station "轨道交通站" (metro station), so the driver knows what kind of place it is. */
  kindZh: string | null;
  addressZh: string | null;
  /** Pinyin of the Chinese name with tone marks, e.g. "Xiǎo Shí Zì". */
  pinyin: string;
  nameEn: string | null;
  /** The destination's name in the traveller's language, where the pack has it. */
  name: Localized;
  /** The metro station at or nearest the destination, for "Route from here". */
  stationId: string | null;
}

export interface BusRouteView {
  id: string;
  name: Localized;
  /** Stops in order, Chinese with the traveller's language where the pack has it. */
  stops: { nameZh: string; name: Localized }[];
  /** A language-neutral amount such as "CNY 15", as reported on `asOf`; null when unknown. */
  fare: string | null;
  hours: string | null;
  asOf: string;
  sources: SourceRef[];
}

export interface RailHubView {
  id: string;
  nameZh: string;
  name: Localized;
  /** Metro station at the hub, for a planned journey from the kiosk. */
  station: StationSummary;
  description: Localized;
  /** The knowledge-base answer with full directions, when the pack has one. */
  entryId: string | null;
  sources: SourceRef[];
}

export interface FirstLastTrain {
  line: LineRef;
  toward: StationRefView;
  /** "HH:MM"; a last train after midnight is written 24:xx as in the timetable. */
  first: string;
  last: string;
}

/** A destination offered with one tap; `key` names an area the station serves. */
export interface PopularDestination {
  key: string;
  station: StationSummary;
}

export interface TransportGuide {
  /** The metro station of the terminal this kiosk stands in. */
  kioskStation: StationSummary;
  terminal: "T2" | "T3";
  popular: PopularDestination[];
  buses: BusRouteView[];
  /** How old the bus information is and whom to ask; null when the pack has no buses. */
  busNote: Localized | null;
  railHubs: RailHubView[];
  firstLastTrains: FirstLastTrain[];
}

export interface TransportApi {
  searchStations: { request: { query: string; limit?: number }; response: StationSummary[] };
  /** From the kiosk's own station unless `from` is given. */
  planJourney: { request: { from?: string; to: string }; response: JourneyPlan };
  getTaxiCard: { request: { lang: Lang; target: TaxiTarget }; response: TaxiCard };
  getTransportGuide: { request: { lang: Lang }; response: TransportGuide };
}

export const TRANSPORT_METHODS = ["searchStations", "planJourney", "getTaxiCard", "getTransportGuide"] as const;
