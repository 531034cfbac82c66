/**
 * The cultural-tourism part of a content pack: `tourism/*.json` holding `attractions`, `routes`
 * and/or `events`. Every attraction names its nearest metro station (checked against the pack's
 * network) and an illustration (checked against the pack's images); every broken reference is
 * reported with its file and path. `writeTourism` adds the tables and search rows to content.db.
 */
import type Database from "better-sqlite3";
import { z } from "zod";
import { LANGUAGES } from "../api/contract";
import { ATTRACTION_KINDS } from "../api/methods/tourism";
import type { MetroNetwork } from "../core/transport/network";
import { IMAGE_NAME, listPackJson, readPackJson, validateFile, type PackError } from "./pack-files";
import { idSchema, localizedSchema } from "./schema";
import { indexTokens, languageTag } from "./search-text";

const shortText = z.string().min(1, "must not be empty").max(160, "longer than 160 characters");
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM");
const asOf = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD");
const reviewed = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");

/** A source named inline: the title a traveller sees and where it can be checked. */
const tourismSourceSchema = z.strictObject({
  title: shortText,
  url: z.url({ protocol: /^https?$/ }).max(500),
});

/** A localized text that must exist in the five languages the pack promises in full. */
const fullLocalizedSchema = localizedSchema.refine(
  (value) => value.ja !== undefined && value.ko !== undefined && value.ru !== undefined,
  { message: "needs en, zh-Hans, ja, ko and ru" },
);

export const openingHoursSchema = z.strictObject({
  open: time.nullable(),
  close: time.nullable(),
  lastEntry: time.nullable(),
  closedMondays: z.boolean(),
  /** When the source gave these hours; the traveller sees it. */
  asOf,
});
export type OpeningHoursContent = z.infer<typeof openingHoursSchema>;

export const attractionSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(ATTRACTION_KINDS),
  name: fullLocalizedSchema,
  district: fullLocalizedSchema,
  /** The Chinese address a taxi driver can read; only sourced addresses are published. */
  addressZh: shortText.regex(/\p{Script=Han}/u, "must be written in Chinese"),
  /** Nearest metro station, or null where none is near. */
  station: idSchema.nullable(),
  image: z.string().regex(IMAGE_NAME, "must name a file in images/ (a-z0-9_- and .svg/.png/.jpg/.webp)"),
  description: fullLocalizedSchema,
  hours: openingHoursSchema.nullable(),
  sources: z.array(tourismSourceSchema).min(1, "every attraction needs at least one source").max(10),
  reviewed,
});
export type AttractionContent = z.infer<typeof attractionSchema>;

export const tourRouteSchema = z.strictObject({
  id: idSchema,
  /** `official` for a route the city publishes, `itinerary` for a well-known sourced itinerary. */
  kind: z.enum(["official", "itinerary"]),
  name: fullLocalizedSchema,
  days: z.number().int().min(1).max(30).nullable(),
  stops: z
    .array(z.strictObject({ name: localizedSchema, attraction: idSchema.nullable() }))
    .min(2, "a route has at least two stops")
    .max(30),
  description: fullLocalizedSchema,
  sources: z.array(tourismSourceSchema).min(1, "every route needs at least one source").max(10),
  reviewed,
});
export type TourRouteContent = z.infer<typeof tourRouteSchema>;

export const eventSchema = z.strictObject({
  id: idSchema,
  attraction: idSchema.nullable(),
  name: fullLocalizedSchema,
  when: fullLocalizedSchema,
  where: fullLocalizedSchema,
  description: fullLocalizedSchema,
  sources: z.array(tourismSourceSchema).min(1, "every event needs at least one source").max(10),
  reviewed,
});
export type EventContent = z.infer<typeof eventSchema>;

export const tourismFileSchema = z.strictObject({
  attractions: z.array(attractionSchema).max(2000).optional(),
  routes: z.array(tourRouteSchema).max(200).optional(),
  events: z.array(eventSchema).max(500).optional(),
});

export interface TourismContent {
  attractions: AttractionContent[];
  routes: TourRouteContent[];
  events: EventContent[];
}

export interface TourismReferences {
  metro: MetroNetwork | undefined;
  /** File names in the pack's images/ folder. */
  imageNames: ReadonlySet<string>;
}

interface Located<T> {
  item: T;
  file: string;
  path: string;
}

/** Reads and checks every `tourism/*.json` file of a pack. */
export function readTourism(root: string, refs: TourismReferences, errors: PackError[]): TourismContent {
  const attractions: Located<AttractionContent>[] = [];
  const routes: Located<TourRouteContent>[] = [];
  const events: Located<EventContent>[] = [];
  for (const file of listPackJson(root, "tourism", errors)) {
    const data = validateFile(tourismFileSchema, readPackJson(root, file, errors), file, errors);
    if (!data) continue;
    data.attractions?.forEach((item, index) => attractions.push({ item, file, path: `attractions[${index}]` }));
    data.routes?.forEach((item, index) => routes.push({ item, file, path: `routes[${index}]` }));
    data.events?.forEach((item, index) => events.push({ item, file, path: `events[${index}]` }));
  }

  checkUnique(attractions, errors);
  checkUnique(routes, errors);
  checkUnique(events, errors);

  const stationIds = new Set(refs.metro?.stations.map((station) => station.id) ?? []);
  for (const { item, file, path } of attractions) {
    if (item.station !== null && refs.metro && !stationIds.has(item.station)) {
      errors.push({ file, path: `${path}.station`, message: `unknown metro station "${item.station}"` });
    }
    if (!refs.imageNames.has(item.image)) {
      errors.push({ file, path: `${path}.image`, message: `no image "${item.image}" in images/` });
    }
  }
  const attractionIds = new Set(attractions.map((located) => located.item.id));
  for (const { item, file, path } of routes) {
    item.stops.forEach((stop, index) => {
      if (stop.attraction !== null && !attractionIds.has(stop.attraction)) {
        errors.push({ file, path: `${path}.stops[${index}].attraction`, message: `unknown attraction "${stop.attraction}"` });
      }
    });
  }
  for (const { item, file, path } of events) {
    if (item.attraction !== null && !attractionIds.has(item.attraction)) {
      errors.push({ file, path: `${path}.attraction`, message: `unknown attraction "${item.attraction}"` });
    }
  }

  return {
    attractions: attractions.map((located) => located.item),
    routes: routes.map((located) => located.item),
    events: events.map((located) => located.item),
  };
}

function checkUnique<T extends { id: string }>(list: Located<T>[], errors: PackError[]): void {
  const seen = new Map<string, Located<T>>();
  for (const located of list) {
    const first = seen.get(located.item.id);
    if (first) {
      errors.push({
        file: located.file,
        path: `${located.path}.id`,
        message: `duplicate id "${located.item.id}" (first in ${first.file})`,
      });
      continue;
    }
    seen.set(located.item.id, located);
  }
}

const TOURISM_TABLES = `
CREATE TABLE attraction (
  id TEXT PRIMARY KEY, name_zh TEXT NOT NULL, address_zh TEXT NOT NULL, station_id TEXT,
  position INTEGER NOT NULL, json TEXT NOT NULL
) STRICT;
CREATE TABLE tour_route (id TEXT PRIMARY KEY, position INTEGER NOT NULL, json TEXT NOT NULL) STRICT;
CREATE TABLE tourism_event (id TEXT PRIMARY KEY, position INTEGER NOT NULL, json TEXT NOT NULL) STRICT;
`;

/** The search row kind for attractions in `search_index`. */
export const ATTRACTION_SEARCH_KIND = "attraction";

/**
 * Writes the tourism tables and adds every attraction to the search index in each language it
 * has: its name, district and Chinese address as the title, its description as the body.
 */
export function writeTourism(db: Database.Database, tourism: TourismContent): void {
  db.exec(TOURISM_TABLES);
  const insertAttraction = db.prepare(
    "INSERT INTO attraction (id, name_zh, address_zh, station_id, position, json) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const insertIndex = db.prepare(
    "INSERT INTO search_index (kind, ref, lang, title, body, keywords, langtag) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  tourism.attractions.forEach((attraction, position) => {
    insertAttraction.run(
      attraction.id,
      attraction.name["zh-Hans"],
      attraction.addressZh,
      attraction.station,
      position,
      JSON.stringify(attraction),
    );
    for (const lang of LANGUAGES) {
      const name = attraction.name[lang];
      const description = attraction.description[lang];
      if (!name && !description) continue;
      // The English and Chinese names are searched in every language: travellers type what they
      // saw on a sign or in a guidebook, whatever language the kiosk is in.
      const keywords = [attraction.name.en, attraction.name["zh-Hans"], attraction.addressZh, attraction.district[lang] ?? ""];
      insertIndex.run(
        ATTRACTION_SEARCH_KIND,
        attraction.id,
        lang,
        indexTokens(name ?? ""),
        indexTokens(description ?? ""),
        indexTokens(keywords.join(" ")),
        languageTag(lang),
      );
    }
  });
  const insertRoute = db.prepare("INSERT INTO tour_route (id, position, json) VALUES (?, ?, ?)");
  tourism.routes.forEach((route, position) => insertRoute.run(route.id, position, JSON.stringify(route)));
  const insertEvent = db.prepare("INSERT INTO tourism_event (id, position, json) VALUES (?, ?, ?)");
  tourism.events.forEach((event, position) => insertEvent.run(event.id, position, JSON.stringify(event)));
}
