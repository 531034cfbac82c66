/**
 * Chongqing Rail Transit network: the data types and the parser that turns the raw
 * JSON of content/metro/chongqing-metro.json into a checked MetroNetwork.
 *
 * Field meanings follow the data README (copied facts, see the JSON's `source`):
 *  - coordinates are GCJ-02; 从岩寺 has null coordinates and no English name;
 *  - a line with `loop: true` is stored open, its last station joins the first;
 *  - `branch_of` marks a branch that shares its junction station with the parent line;
 *  - segments are valid in both directions, `km` is a straight-line distance;
 *  - transfers are per direction (from_line -> to_line); out-of-station ones name `to_station`;
 *  - `airport_fares` holds official single-journey fares from T2 and T3 only.
 *
 * Shape is checked with zod; the cross-references (ids, adjacency, connectivity) are
 * checked by hand in network-checks.ts so that every message names a JSON path.
 */
import { z } from "zod";
import { checkNetwork } from "./network-checks";

export type SegmentTimeSource = "official" | "baidu" | "estimated" | "default";

export interface MetroStation {
  id: string;
  name_zh: string;
  name_en: string | null;
  lat: number | null;
  lon: number | null;
}

export interface MetroLine {
  id: string;
  name_zh: string;
  name_en: string | null;
  color: string;
  loop: boolean;
  branch_of?: string;
  stations: string[];
}

export interface Segment {
  line: string;
  from: string;
  to: string;
  seconds: number;
  km: number | null;
  time_source: SegmentTimeSource;
}

export interface Transfer {
  station: string;
  from_line: string;
  to_line: string;
  seconds: number;
  source: string;
  walk_m?: number;
  /** Set for an out-of-station walk to a different station id. */
  to_station?: string;
  out_of_station?: boolean;
}

/** terminal station id -> destination station id -> fare in yuan (null: no official fare). */
export type AirportFares = Record<string, Record<string, number | null>>;

export interface AirportFirstLast {
  station: string;
  line: string;
  toward: string;
  first: string;
  last: string;
  source: string;
}

export interface MetroNetwork {
  lines: MetroLine[];
  stations: MetroStation[];
  segments: Segment[];
  transfers: Transfer[];
  airport_fares: AirportFares;
  airport_first_last: AirportFirstLast[];
}

export interface ParseError {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; network: MetroNetwork } | { ok: false; errors: ParseError[] };

const idSchema = z.string().min(1, "must be a non-empty id");

const stationSchema = z.object({
  id: idSchema,
  name_zh: z.string().min(1, "Chinese name is required"),
  name_en: z.string().min(1).nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
});

const lineSchema = z.object({
  id: idSchema,
  name_zh: z.string().min(1, "Chinese line name is required"),
  name_en: z.string().min(1).nullable(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "colour must be a #rrggbb hex string"),
  loop: z.boolean(),
  branch_of: idSchema.optional(),
  stations: z.array(idSchema),
});

const segmentSchema = z.object({
  line: idSchema,
  from: idSchema,
  to: idSchema,
  seconds: z.number().positive("running time must be positive"),
  km: z.number().nonnegative().nullable(),
  time_source: z.enum(["official", "baidu", "estimated", "default"]),
});

const transferSchema = z.object({
  station: idSchema,
  from_line: idSchema,
  to_line: idSchema,
  seconds: z.number().nonnegative(),
  source: z.string(),
  walk_m: z.number().nonnegative().optional(),
  to_station: idSchema.optional(),
  out_of_station: z.boolean().optional(),
});

const firstLastSchema = z.object({
  station: idSchema,
  line: idSchema,
  toward: idSchema,
  first: z.string().regex(/^\d{2}:\d{2}$/),
  last: z.string().regex(/^\d{2}:\d{2}$/),
  source: z.string(),
});

const networkSchema = z.object({
  lines: z.array(lineSchema),
  stations: z.array(stationSchema),
  segments: z.array(segmentSchema),
  transfers: z.array(transferSchema).default([]),
  airport_fares: z.record(z.string(), z.record(z.string(), z.number().nonnegative().nullable())).default({}),
  airport_first_last: z.array(firstLastSchema).default([]),
});

/** Renders a zod/JSON path as `lines[3].stations[7]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(root)" : out;
}

/**
 * Validates raw JSON (already parsed with JSON.parse) and returns either the typed
 * network or every problem found, each with the path of the offending value.
 * Never throws.
 */
export function parseMetroNetwork(raw: unknown): ParseResult {
  const shape = networkSchema.safeParse(raw);
  if (!shape.success) {
    return {
      ok: false,
      errors: shape.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  const network: MetroNetwork = shape.data;
  const errors = checkNetwork(network);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, network };
}
