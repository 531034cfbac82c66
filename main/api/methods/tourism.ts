import type { Lang, Localized } from "../contract";

export interface AttractionSummary {
  id: string;
  name: Localized;
  nameZh: string;
  district: Localized;
  /** Image path under the kiosk's origin, e.g. /content-images/hongyadong.svg */
  image: string | null;
  kind: "sight" | "museum" | "nature" | "food" | "shopping" | "heritage";
}

export interface Attraction extends AttractionSummary {
  description: Localized;
  addressZh: string;
  hours: Localized | null;
  /** Nearest metro station, for a planned journey; null where none is near. */
  stationId: string | null;
  sources: { title: string; url: string }[];
}

export interface TourRoute {
  id: string;
  name: Localized;
  days: number | null;
  stops: Localized[];
  description: Localized;
}

export interface EventInfo {
  id: string;
  name: Localized;
  when: Localized;
  where: Localized;
  description: Localized;
}

export interface TourismApi {
  listAttractions: { request: { lang: Lang }; response: AttractionSummary[] };
  getAttraction: { request: { lang: Lang; id: string }; response: Attraction };
  listTourRoutes: { request: { lang: Lang }; response: TourRoute[] };
  listEvents: { request: { lang: Lang }; response: EventInfo[] };
}

export const TOURISM_METHODS = ["listAttractions", "getAttraction", "listTourRoutes", "listEvents"] as const;
