import type Database from "better-sqlite3";
import type {
  Attraction,
  AttractionSummary,
  EventInfo,
  Lang,
  Localized,
  SearchHit,
  TourRoute,
} from "../../api/contract";
import { IMAGE_NAME } from "../../content/pack-files";
import { matchExpression, queryTerms } from "../../content/search-text";
import type { AttractionContent, EventContent, TourRouteContent } from "../../content/tourism-schema";
import { fallbackChain } from "../localize";

export interface ContentImage {
  type: string;
  body: Buffer;
}

export interface TourismService {
  listAttractions(lang: Lang): AttractionSummary[];
  getAttraction(lang: Lang, id: string): Attraction | undefined;
  listRoutes(lang: Lang): TourRoute[];
  listEvents(lang: Lang): EventInfo[];
  /** Attractions whose name, district or Chinese address matches what the traveller typed. */
  search(lang: Lang, query: string, limit: number): SearchHit[];
  /** A picture of the content pack by file name; undefined for an unknown or unsafe name. */
  image(name: string): ContentImage | undefined;
}

const IMAGE_TYPES: Record<string, string> = {
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
};

/** How much a match in the traveller's own language outranks the same match in another. */
const OWN_LANGUAGE_BOOST = 1.6;
const SNIPPET_CHARS = 160;

/** The URL path the kiosk serves a pack image under (HTTP shell and app:// alike). */
export const CONTENT_IMAGE_PATH = "/content-images/";

type LocalizedContent = Partial<Record<Lang, string>>;

/** The text in the traveller's language, else English, else Chinese; `shownIn` says which. */
export function localize(value: LocalizedContent, lang: Lang): Localized {
  for (const candidate of fallbackChain(lang)) {
    const text = value[candidate];
    if (text !== undefined && text !== "") return { text, shownIn: candidate };
  }
  return { text: "", shownIn: "en" };
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/**
 * Reads attractions, tour routes and events from a content database. A database compiled before
 * the tourism tables existed simply has no tourism content.
 */
export function createTourismService(db: Database.Database): TourismService {
  const hasTourism = hasTable(db, "attraction") && hasTable(db, "tour_route") && hasTable(db, "tourism_event");
  const parseAll = <T>(table: string): T[] =>
    hasTourism
      ? (db.prepare(`SELECT json FROM ${table} ORDER BY position`).all() as { json: string }[]).map(
          (row) => JSON.parse(row.json) as T,
        )
      : [];
  // The content database is read-only and swapped whole, so parsing once per build is safe.
  const attractions = parseAll<AttractionContent>("attraction");
  const routes = parseAll<TourRouteContent>("tour_route");
  const events = parseAll<EventContent>("tourism_event");
  const byId = new Map(attractions.map((attraction) => [attraction.id, attraction]));
  const imageByName = db.prepare("SELECT data FROM image WHERE name = ?");
  // Only names, districts and addresses are matched, not descriptions: a traveller who types
  // "metro" wants the metro answers, not every place whose description mentions a station.
  const matchNames = hasTourism
    ? db.prepare(
        `SELECT ref, lang, bm25(search_index, 0, 0, 0, 8.0, 1.0, 5.0, 0) AS score
           FROM search_index WHERE search_index MATCH ? AND kind = 'attraction' ORDER BY score LIMIT 200`,
      )
    : undefined;

  const search = (lang: Lang, query: string, limit: number): SearchHit[] => {
    const terms = queryTerms(query);
    if (!matchNames || terms.length === 0) return [];
    const best = new Map<string, number>();
    const rows = matchNames.all(`{title keywords} : (${matchExpression(terms, "all")})`) as { ref: string; lang: string; score: number }[];
    for (const row of rows) {
      const score = row.lang === lang ? row.score * OWN_LANGUAGE_BOOST : row.score;
      const previous = best.get(row.ref);
      if (previous === undefined || score < previous) best.set(row.ref, score);
    }
    const hits: SearchHit[] = [];
    for (const [id] of [...best.entries()].sort((a, b) => a[1] - b[1])) {
      const attraction = byId.get(id);
      if (!attraction) continue;
      const description = localize(attraction.description, lang);
      const text = description.text.length <= SNIPPET_CHARS ? description.text : `${description.text.slice(0, SNIPPET_CHARS - 1).trimEnd()}…`;
      hits.push({ kind: "attraction", id, category: "city", title: localize(attraction.name, lang), snippet: { text, shownIn: description.shownIn } });
      if (hits.length >= limit) break;
    }
    return hits;
  };

  const summarize = (attraction: AttractionContent, lang: Lang): AttractionSummary => ({
    id: attraction.id,
    name: localize(attraction.name, lang),
    nameZh: attraction.name["zh-Hans"],
    district: localize(attraction.district, lang),
    image: `${CONTENT_IMAGE_PATH}${attraction.image}`,
    kind: attraction.kind,
  });

  return {
    search,
    listAttractions: (lang) => attractions.map((attraction) => summarize(attraction, lang)),
    getAttraction: (lang, id) => {
      const attraction = byId.get(id);
      if (!attraction) return undefined;
      return {
        ...summarize(attraction, lang),
        description: localize(attraction.description, lang),
        addressZh: attraction.addressZh,
        hours: attraction.hours,
        stationId: attraction.station,
        sources: attraction.sources,
      };
    },
    listRoutes: (lang) =>
      routes.map((route) => ({
        id: route.id,
        kind: route.kind,
        name: localize(route.name, lang),
        days: route.days,
        stops: route.stops.map((stop) => ({
          name: localize(stop.name, lang),
          attractionId: stop.attraction !== null && byId.has(stop.attraction) ? stop.attraction : null,
        })),
        description: localize(route.description, lang),
        sources: route.sources,
      })),
    listEvents: (lang) =>
      events.map((event) => ({
        id: event.id,
        name: localize(event.name, lang),
        when: localize(event.when, lang),
        where: localize(event.where, lang),
        description: localize(event.description, lang),
        attractionId: event.attraction !== null && byId.has(event.attraction) ? event.attraction : null,
        sources: event.sources,
      })),
    image: (name) => {
      if (!IMAGE_NAME.test(name)) return undefined;
      const type = IMAGE_TYPES[name.slice(name.lastIndexOf(".") + 1)];
      if (!type) return undefined;
      const row = imageByName.get(name) as { data: Buffer } | undefined;
      return row ? { type, body: row.data } : undefined;
    },
  };
}
