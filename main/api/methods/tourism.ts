import type { Lang, Localized } from "../contract";

export const ATTRACTION_KINDS = ["sight", "museum", "nature", "food", "shopping", "heritage"] as const;
export type AttractionKind = (typeof ATTRACTION_KINDS)[number];

export interface AttractionSummary {
  id: string;
  name: Localized;
  nameZh: string;
  district: Localized;
  /** Image path under the kiosk's origin, e.g. /content-images/hongyadong.svg */
  image: string | null;
  kind: AttractionKind;
}

/** Opening hours as a source gave them, with the date of that source; the screen words them. */
export interface OpeningHours {
  /** "HH:MM"; null when the source gives only a closing or last-entry time. */
  open: string | null;
  close: string | null;
  lastEntry: string | null;
  closedMondays: boolean;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  asOf: string;
}

export interface Attraction extends AttractionSummary {
  description: Localized;
  addressZh: string;
  /** Only where a source gives them; null otherwise. */
  hours: OpeningHours | null;
  /** Nearest metro station, for a planned journey; null where none is near. */
  stationId: string | null;
  sources: { title: string; url: string }[];
}

export interface TourRouteStop {
  name: Localized;
  /** The attraction this stop is, when the kiosk has it. */
  attractionId: string | null;
}

export interface TourRoute {
  id: string;
  /** `official`: a route the city publishes; `itinerary`: a well-known, sourced itinerary. */
  kind: "official" | "itinerary";
  name: Localized;
  days: number | null;
  stops: TourRouteStop[];
  description: Localized;
  sources: { title: string; url: string }[];
}

export interface EventInfo {
  id: string;
  name: Localized;
  when: Localized;
  where: Localized;
  description: Localized;
  attractionId: string | null;
  sources: { title: string; url: string }[];
}

export interface TourismApi {
  listAttractions: { request: { lang: Lang }; response: AttractionSummary[] };
  getAttraction: { request: { lang: Lang; id: string }; response: Attraction };
  listTourRoutes: { request: { lang: Lang }; response: TourRoute[] };
  listEvents: { request: { lang: Lang }; response: EventInfo[] };
}

export const TOURISM_METHODS = ["listAttractions", "getAttraction", "listTourRoutes", "listEvents"] as const;
