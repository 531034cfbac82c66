/**
 * Turns a node path from the routing graph into a traveller-facing journey.
 *
 * Direction of a leg:
 * - ordinary line: the terminus the train is heading to (the end of the line's station
 *   list in the direction of travel; for a branch entry, the end of the branch list);
 * - loop line: the loop has no terminus, so the leg names the next interchange station
 *   ahead of the boarding station (platform signs list the stations ahead, and an
 *   interchange is the one a traveller is most likely to recognise), plus the sense of
 *   travel on the map (clockwise / anticlockwise), computed from the station coordinates.
 *   The operator's inner/outer-loop wording is not used because no source for which
 *   sense it names was available.
 */
import type { GraphEdge, RoutingGraph } from "./graph";
import type { FareResult } from "./fare";

export interface StationRef {
  id: string;
  name_zh: string;
  name_en: string | null;
}

export interface LegDirection {
  kind: "terminus" | "loop";
  /** Terminus, or (loop) the next interchange station ahead. */
  station: StationRef;
  /** Loop only: sense of travel as seen on a north-up map. */
  sense?: "clockwise" | "anticlockwise";
}

export interface JourneyLeg {
  lineId: string;
  lineColor: string;
  lineName: { zh: string; en: string | null };
  direction: LegDirection;
  board: StationRef;
  alight: StationRef;
  /** Every station from board to alight, both included. */
  stops: StationRef[];
  /** Number of hops ridden (stops.length - 1). */
  numberOfStops: number;
  seconds: number;
  /** seconds / 60, rounded to the nearest minute (at least 1). */
  minutes: number;
}

export interface TransferPoint {
  /** Station where the previous leg ends. */
  station: StationRef;
  /** Station where the next leg starts; differs only for an out-of-station transfer. */
  toStation: StationRef;
  fromLineId: string;
  toLineId: string;
  seconds: number;
  outOfStation: boolean;
}

export interface Journey {
  from: StationRef;
  to: StationRef;
  legs: JourneyLeg[];
  totalSeconds: number;
  /** totalSeconds / 60 rounded up. */
  totalMinutes: number;
  /** Number of changes. The one journey with no train (the 园博园 <-> 园博中心 walk) has 1. */
  transfers: number;
  transferStations: StationRef[];
  transferPoints: TransferPoint[];
  fare: FareResult | null;
}

export function stationRef(graph: RoutingGraph, id: string): StationRef {
  const s = graph.stationById.get(id);
  return { id, name_zh: s?.name_zh ?? id, name_en: s?.name_en ?? null };
}

/** +1 when walking the line's list forward is clockwise on the map, -1 when anticlockwise. */
export function loopSense(graph: RoutingGraph, lineId: string): 1 | -1 {
  const line = graph.lineById.get(lineId);
  let area = 0;
  const pts = (line?.stations ?? [])
    .map((id) => graph.stationById.get(id))
    .filter((s): s is NonNullable<typeof s> => s !== undefined && s.lat !== null && s.lon !== null);
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i];
    const b = pts[(i + 1) % pts.length];
    if (a && b && a.lon !== null && a.lat !== null && b.lon !== null && b.lat !== null)
      area += a.lon * b.lat - b.lon * a.lat;
  }
  // Shoelace with x = east, y = north: a positive area is anticlockwise.
  return area > 0 ? -1 : 1;
}

function legDirection(graph: RoutingGraph, lineId: string, from: string, to: string, senses: Map<string, 1 | -1>): LegDirection {
  const line = graph.lineById.get(lineId);
  const pos = graph.positionOnLine.get(lineId);
  const i = pos?.get(from) ?? 0;
  const j = pos?.get(to) ?? 0;
  const n = line?.stations.length ?? 1;
  if (!line?.loop) {
    const end = j > i ? line?.stations[n - 1] : line?.stations[0];
    return { kind: "terminus", station: stationRef(graph, end ?? to) };
  }
  const step = j === (i + 1) % n ? 1 : -1;
  let ahead = to;
  for (let k = 1; k < n; k++) {
    const sid = line.stations[(((i + step * k) % n) + n) % n];
    if (sid !== undefined && graph.interchanges.has(sid)) {
      ahead = sid;
      break;
    }
  }
  const forwardSense = senses.get(lineId) ?? 1;
  return {
    kind: "loop",
    station: stationRef(graph, ahead),
    sense: step * forwardSense > 0 ? "clockwise" : "anticlockwise",
  };
}

/**
 * path: node ids from origin to destination; via[k] is the edge used to reach path[k]
 * (via[0] is null).
 */
export function buildJourney(
  graph: RoutingGraph,
  path: readonly number[],
  via: readonly (GraphEdge | null)[],
  fare: FareResult | null,
  senses: Map<string, 1 | -1>,
): Journey {
  const legs: JourneyLeg[] = [];
  const transferPoints: TransferPoint[] = [];
  let total = 0;
  let k = 1;
  while (k < path.length) {
    const edge = via[k];
    const prevNode = path[k - 1] ?? 0;
    const node = path[k] ?? 0;
    if (!edge) break;
    if (edge.kind === "transfer") {
      total += edge.seconds;
      transferPoints.push({
        station: stationRef(graph, graph.nodeStation[prevNode] ?? ""),
        toStation: stationRef(graph, graph.nodeStation[node] ?? ""),
        fromLineId: graph.nodeLine[prevNode] ?? "",
        toLineId: graph.nodeLine[node] ?? "",
        seconds: edge.seconds,
        outOfStation: edge.outOfStation,
      });
      k++;
      continue;
    }
    const lineId = graph.nodeLine[node] ?? "";
    const stops = [graph.nodeStation[prevNode] ?? ""];
    let seconds = 0;
    while (k < path.length) {
      const e = via[k];
      if (!e || e.kind !== "ride") break;
      seconds += e.seconds;
      stops.push(graph.nodeStation[path[k] ?? 0] ?? "");
      k++;
    }
    total += seconds;
    const line = graph.lineById.get(lineId);
    const board = stops[0] ?? "";
    const alight = stops[stops.length - 1] ?? "";
    legs.push({
      lineId,
      lineColor: line?.color ?? "#000000",
      lineName: { zh: line?.name_zh ?? lineId, en: line?.name_en ?? null },
      direction: legDirection(graph, lineId, board, stops[1] ?? alight, senses),
      board: stationRef(graph, board),
      alight: stationRef(graph, alight),
      stops: stops.map((id) => stationRef(graph, id)),
      numberOfStops: stops.length - 1,
      seconds,
      minutes: Math.max(1, Math.round(seconds / 60)),
    });
  }
  const first = path[0] ?? 0;
  const last = path[path.length - 1] ?? 0;
  return {
    from: stationRef(graph, graph.nodeStation[first] ?? ""),
    to: stationRef(graph, graph.nodeStation[last] ?? ""),
    legs,
    totalSeconds: total,
    totalMinutes: Math.ceil(total / 60),
    transfers: transferPoints.length,
    transferStations: transferPoints.map((t) => t.station),
    transferPoints,
    fare,
  };
}
