/**
 * The transport part of a content pack: `transport/*.json`, airport buses and rail hubs.
 *
 * Each file may hold `buses` (a note shown with every route, and the routes) and/or
 * `railHubs`. Station ids must name stations of the pack's metro network, source ids the
 * pack's sources and entry ids its knowledge-base entries; every broken reference is
 * reported with its file and path.
 */
import { z } from "zod";
import type { MetroNetwork } from "../core/transport/network";
import { listPackJson, readPackJson, validateFile, type PackError } from "./pack-files";
import { idSchema, localizedSchema } from "./schema";

const shortText = z.string().min(1, "must not be empty").max(120, "longer than 120 characters");

const busStopSchema = z.strictObject({
  name_zh: shortText,
  name: localizedSchema,
  /** The metro station at or next to the stop, when there is one. */
  station: idSchema.optional(),
});

export const busRouteSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  stops: z.array(busStopSchema).min(2, "a route has at least two stops").max(40),
  /** A short language-neutral amount, e.g. "CNY 15"; null when no source gives it. */
  fare: shortText.nullable(),
  /** Operating hours as "HH:MM–HH:MM"; null when no source gives them. */
  hours: shortText.nullable(),
  asOf: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD"),
  sources: z.array(idSchema).min(1, "every route needs at least one source").max(10),
});
export type BusRoute = z.infer<typeof busRouteSchema>;

export const railHubSchema = z.strictObject({
  id: idSchema,
  name_zh: shortText,
  name: localizedSchema,
  /** The metro station that serves the hub, for "Route from here". */
  station: idSchema,
  description: localizedSchema,
  /** A knowledge-base entry with the full directions. */
  entry: idSchema.optional(),
  sources: z.array(idSchema).min(1, "every rail hub needs at least one source").max(10),
});
export type RailHub = z.infer<typeof railHubSchema>;

export const transportFileSchema = z.strictObject({
  buses: z
    .strictObject({
      /** Shown with every route: how old the information is and whom to ask. */
      note: localizedSchema,
      routes: z.array(busRouteSchema).max(100),
    })
    .optional(),
  railHubs: z.array(railHubSchema).max(50).optional(),
});

export interface TransportContent {
  busNote: z.infer<typeof localizedSchema> | null;
  buses: BusRoute[];
  railHubs: RailHub[];
}

/** The name of the content.db `document` row holding the TransportContent as JSON. */
export const TRANSPORT_DOCUMENT = "transport";

export interface TransportRefs {
  metro: MetroNetwork | undefined;
  sourceIds: ReadonlySet<string>;
  entryIds: ReadonlySet<string>;
}

/** Reads and checks every `transport/*.json` of a pack. */
export function readTransport(root: string, refs: TransportRefs, errors: PackError[]): TransportContent {
  const out: TransportContent = { busNote: null, buses: [], railHubs: [] };
  const stationIds = new Set(refs.metro?.stations.map((station) => station.id) ?? []);
  const seen = new Map<string, string>();
  const checkId = (id: string, file: string, path: string): void => {
    const first = seen.get(id);
    if (first) errors.push({ file, path, message: `duplicate id "${id}" (first in ${first})` });
    else seen.set(id, file);
  };
  const checkStation = (id: string | undefined, file: string, path: string): void => {
    // Without a valid metro network the metro file already carries the error.
    if (id === undefined || !refs.metro) return;
    if (!stationIds.has(id)) errors.push({ file, path, message: `unknown metro station "${id}"` });
  };
  const checkSources = (ids: string[], file: string, path: string): void => {
    ids.forEach((id, i) => {
      if (!refs.sourceIds.has(id)) errors.push({ file, path: `${path}[${i}]`, message: `unknown source "${id}"` });
    });
  };

  for (const file of listPackJson(root, "transport", errors)) {
    const data = validateFile(transportFileSchema, readPackJson(root, file, errors), file, errors);
    if (!data) continue;
    if (data.buses) {
      if (out.busNote) errors.push({ file, path: "buses", message: "only one transport file may hold buses" });
      out.busNote = data.buses.note;
      data.buses.routes.forEach((route, index) => {
        const at = `buses.routes[${index}]`;
        checkId(route.id, file, `${at}.id`);
        route.stops.forEach((stop, i) => checkStation(stop.station, file, `${at}.stops[${i}].station`));
        checkSources(route.sources, file, `${at}.sources`);
        out.buses.push(route);
      });
    }
    data.railHubs?.forEach((hub, index) => {
      const at = `railHubs[${index}]`;
      checkId(hub.id, file, `${at}.id`);
      checkStation(hub.station, file, `${at}.station`);
      checkSources(hub.sources, file, `${at}.sources`);
      if (hub.entry !== undefined && !refs.entryIds.has(hub.entry)) {
        errors.push({ file, path: `${at}.entry`, message: `unknown knowledge-base entry "${hub.entry}"` });
      }
      out.railHubs.push(hub);
    });
  }
  return out;
}
