/**
 * Single-journey fares (ordinary ticket, adult, no card discount).
 *
 * 1. Official: when the trip starts or ends at 江北机场T2航站楼 or 江北机场T3航站楼, the fare is
 *    read from `airport_fares` (official cqmetro.cn trip-query fares, via Naptie/openmetro
 *    fares.json; see the data README). Fares are the same in both directions.
 * 2. Estimated: otherwise, the distance-based scale of the 重庆轨道交通票务规则 (Chongqing Rail
 *    Transit ticketing rules, chapter 2, article 2, published on cqmetro.cn,
 *    https://www.cqmetro.cn/yyfw/pwzc/2019/5/13/1166386.shtml; as quoted by a third-party
 *    page that cites it, and matching the 2011 scheme reported by english.cqnews.net):
 *    a trip is priced by distance ridden, 2 yuan up to 6 km, 3 up to 11, 4 up to 17,
 *    5 up to 24, 6 up to 32, 7 up to 41, 8 up to 51, 9 up to 63 (each bound inclusive)
 *    and 10 yuan above 63 km.
 *
 *    IMPORTANT: `km` in the data is a straight-line (haversine) distance between
 *    neighbouring stations, not track length. The distance used here is the sum of those
 *    straight-line hops along the shortest such path, so it is shorter than the real track
 *    and a distance-based fare is only an ESTIMATE. It is marked `estimated`.
 *    The shortest path is used (not the route actually ridden) because the gates only see
 *    where a passenger enters and leaves.
 *
 *    Calibration: applied to raw straight-line sums, the scale came out 1–2 yuan BELOW the
 *    official fare for 485 of the 508 official T2/T3 fares (excluding 江跳线/璧铜线) that
 *    could be compared. Track is longer than the chord between stations, so the summed
 *    straight-line km is multiplied by TRACK_TO_STRAIGHT_LINE_FACTOR = 1.45, the factor
 *    that best matched those official fares (tested 1.2–1.6 in steps of 0.05): 415 of 508
 *    exact, 62 one yuan high, 31 one yuan low, none further off. This factor is fitted to
 *    trips from the airport; elsewhere it is an assumption.
 *
 *    The scale is capped at 10 yuan, yet the official airport fares to 江跳线 and 璧铜线
 *    stations reach 18 and 25 yuan: those two lines are priced on a separate scale that was
 *    not found. A trip whose shortest path rides them gets an `unknown` fare.
 */
import type { RoutingGraph } from "./graph";
import { MinHeap } from "./heap";

export const AIRPORT_TERMINALS: readonly string[] = [
  "terminal-2-of-jiangbei-airport",
  "terminal-3-of-jiangbei-airport",
];

/** Upper bound of each band in km (inclusive) and its fare in yuan. */
export const FARE_BANDS: readonly { maxKm: number; yuan: number }[] = [
  { maxKm: 6, yuan: 2 },
  { maxKm: 11, yuan: 3 },
  { maxKm: 17, yuan: 4 },
  { maxKm: 24, yuan: 5 },
  { maxKm: 32, yuan: 6 },
  { maxKm: 41, yuan: 7 },
  { maxKm: 51, yuan: 8 },
  { maxKm: 63, yuan: 9 },
];
export const FARE_ABOVE_LAST_BAND_YUAN = 10;

/** Estimated track km per straight-line km, fitted to the official airport fares (see header). */
export const TRACK_TO_STRAIGHT_LINE_FACTOR = 1.45;

/** Lines whose fares are outside the sourced scale (see header). */
export const SEPARATE_FARE_LINES: readonly string[] = ["jiangtiao", "bitong"];

export const FARE_RULE_SOURCE =
  "重庆轨道交通票务规则, art. 2 (cqmetro.cn/yyfw/pwzc/2019/5/13/1166386.shtml)";

export type FareResult =
  | { kind: "official"; yuan: number; source: "airport_fares" }
  | { kind: "estimated"; yuan: number; straightLineKm: number; estimatedTrackKm: number; source: string }
  | { kind: "unknown"; reason: string };

/** Fare in yuan for a distance in km on the sourced scale. */
export function fareForKm(km: number): number {
  for (const band of FARE_BANDS) if (km <= band.maxKm) return band.yuan;
  return FARE_ABOVE_LAST_BAND_YUAN;
}

export interface FareCalculator {
  /** Fare between two stations; `unknown` for unknown or identical stations. */
  fare(fromStationId: string, toStationId: string): FareResult;
  /** Shortest straight-line-hop distance in km, and whether it rides a separate-fare line. */
  shortestKm(fromStationId: string, toStationId: string): { km: number; separateFare: boolean } | null;
}

interface StationEdge {
  to: number;
  km: number;
  separate: boolean;
}

export function createFareCalculator(graph: RoutingGraph): FareCalculator {
  const ids = graph.network.stations.map((s) => s.id);
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const adj: StationEdge[][] = ids.map(() => []);
  const separateLines = new Set(SEPARATE_FARE_LINES);
  graph.edges.forEach((list, from) => {
    for (const e of list) {
      if (e.kind !== "ride") continue;
      const a = index.get(graph.nodeStation[from] ?? "");
      const b = index.get(graph.nodeStation[e.to] ?? "");
      if (a === undefined || b === undefined) continue;
      adj[a]?.push({ to: b, km: e.km, separate: separateLines.has(graph.nodeLine[from] ?? "") });
    }
  });
  const dist = new Float64Array(ids.length);
  const separate = new Uint8Array(ids.length);
  const heap = new MinHeap();

  const shortestKm = (fromId: string, toId: string): { km: number; separateFare: boolean } | null => {
    const s = index.get(fromId);
    const t = index.get(toId);
    if (s === undefined || t === undefined) return null;
    dist.fill(Infinity);
    separate.fill(0);
    heap.clear();
    dist[s] = 0;
    heap.push(0, s);
    while (heap.size > 0) {
      const u = heap.pop();
      const du = heap.lastKey;
      if (du > (dist[u] ?? Infinity)) continue;
      if (u === t) return { km: du, separateFare: separate[u] === 1 };
      for (const e of adj[u] ?? []) {
        const nd = du + e.km;
        if (nd < (dist[e.to] ?? Infinity)) {
          dist[e.to] = nd;
          separate[e.to] = e.separate || separate[u] === 1 ? 1 : 0;
          heap.push(nd, e.to);
        }
      }
    }
    return null;
  };

  const official = (a: string, b: string): number | null => {
    const fromA = graph.network.airport_fares[a]?.[b];
    if (typeof fromA === "number") return fromA;
    const fromB = graph.network.airport_fares[b]?.[a];
    return typeof fromB === "number" ? fromB : null;
  };

  const fare = (fromId: string, toId: string): FareResult => {
    if (fromId === toId) return { kind: "unknown", reason: "origin and destination are the same station" };
    const yuan = official(fromId, toId);
    if (yuan !== null) return { kind: "official", yuan, source: "airport_fares" };
    const route = shortestKm(fromId, toId);
    if (!route) return { kind: "unknown", reason: "unknown station or no route" };
    if (route.separateFare)
      return { kind: "unknown", reason: "the trip uses 江跳线 or 璧铜线, whose fare scale is not known" };
    const trackKm = route.km * TRACK_TO_STRAIGHT_LINE_FACTOR;
    return {
      kind: "estimated",
      yuan: fareForKm(trackKm),
      straightLineKm: Math.round(route.km * 100) / 100,
      estimatedTrackKm: Math.round(trackKm * 100) / 100,
      source: FARE_RULE_SOURCE,
    };
  };

  return { fare, shortestKm };
}
