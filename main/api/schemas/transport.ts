import { z } from "zod";
import { LANGUAGES, type TRANSPORT_METHODS } from "../contract";
import type { RequestSchemas } from "../schemas";

const lang = z.enum(LANGUAGES);
/** Station and attraction ids: the content pack's id rule (a-z, 0-9, -; 2-64 characters). */
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, "not a valid id");

/** Longest station-search query: far above any station name in any script. */
export const STATION_QUERY_MAX_CHARS = 60;
export const STATION_RESULTS_MAX = 30;

const taxiTarget = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("station"), id }),
  z.strictObject({ kind: z.literal("attraction"), id }),
]);

export const TRANSPORT_SCHEMAS: RequestSchemas<(typeof TRANSPORT_METHODS)[number]> = {
  searchStations: z.strictObject({
    query: z.string().max(STATION_QUERY_MAX_CHARS, `at most ${STATION_QUERY_MAX_CHARS} characters`),
    limit: z.number().int().min(1).max(STATION_RESULTS_MAX).optional(),
  }),
  planJourney: z.strictObject({ from: id.optional(), to: id }),
  getTaxiCard: z.strictObject({ lang, target: taxiTarget }),
  getTransportGuide: z.strictObject({ lang }),
};
