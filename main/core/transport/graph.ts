/**
 * Routing graph over (station, line) pairs.
 *
 * - Ride edges join neighbouring stations of a line, in both directions, weighted by the
 *   segment's `seconds`. No dwell is added: the `official` times are derived from the
 *   operator's last-train departure times and so already run departure-to-departure
 *   (the stop's dwell is inside them), and the planner/estimated times are per-hop
 *   door-to-door times too. Adding ~30 s per stop would count the dwell twice.
 *   DWELL_SECONDS is therefore 0 and is kept as a named constant so it can be changed.
 * - The loop closure (重庆图书馆–凤鸣山 in the data) has no segment record; its time is the
 *   haversine distance at ESTIMATE_SPEED_KMH (30 km/h, see geo.ts): 1.04 km -> 125 s.
 * - Segments without `km` (从岩寺's two) get a distance estimated from their time at the same
 *   speed, so that every edge has a distance for the fare estimate.
 * - Transfer edges join the nodes of one station (or, for an out-of-station transfer, of
 *   the `to_station`) per direction, from `transfers`; a missing record costs
 *   DEFAULT_TRANSFER_SECONDS (180 s, the same flat default the source uses for 104 of its
 *   122 records). In the data that applies to the two branch junctions, 碧津 (3 / 3-branch)
 *   and 刘家坪 (6 / 6-branch).
 */
import type { MetroLine, MetroNetwork, MetroStation } from "./network";
import { coordsOf, haversineKm, kmForSeconds, secondsForKm } from "./geo";
import { pairKey } from "./network-checks";

export const DEFAULT_TRANSFER_SECONDS = 180;
export const DWELL_SECONDS = 0;

export interface RideEdge {
  kind: "ride";
  to: number;
  seconds: number;
  km: number;
  /** True when the time comes from the distance estimate (loop closure). */
  estimatedTime: boolean;
}

export interface TransferEdge {
  kind: "transfer";
  to: number;
  seconds: number;
  /** True when the walk leaves one station for another (e.g. 园博园 -> 园博中心). */
  outOfStation: boolean;
  /** True when no transfer record existed and DEFAULT_TRANSFER_SECONDS was used. */
  defaulted: boolean;
}

export type GraphEdge = RideEdge | TransferEdge;

export interface RoutingGraph {
  network: MetroNetwork;
  /** Node n is station nodeStation[n] on line nodeLine[n]. */
  nodeStation: string[];
  nodeLine: string[];
  edges: GraphEdge[][];
  nodesOfStation: Map<string, number[]>;
  stationById: Map<string, MetroStation>;
  lineById: Map<string, MetroLine>;
  /** line id -> station id -> index in the line's station list. */
  positionOnLine: Map<string, Map<string, number>>;
  /** Stations served by at least two line entries, or with an out-of-station transfer. */
  interchanges: Set<string>;
}

export function nodeKey(station: string, line: string): string {
  return `${station}|${line}`;
}

/**
 * Builds the graph. The network must have passed parseMetroNetwork; otherwise a missing
 * segment without coordinates to estimate it throws.
 */
export function buildGraph(network: MetroNetwork): RoutingGraph {
  const nodeStation: string[] = [];
  const nodeLine: string[] = [];
  const edges: GraphEdge[][] = [];
  const nodeIds = new Map<string, number>();
  const nodesOfStation = new Map<string, number[]>();
  const positionOnLine = new Map<string, Map<string, number>>();
  const stationById = new Map(network.stations.map((s) => [s.id, s] as const));
  const lineById = new Map(network.lines.map((l) => [l.id, l] as const));

  const nodeFor = (station: string, line: string): number => {
    const key = nodeKey(station, line);
    const existing = nodeIds.get(key);
    if (existing !== undefined) return existing;
    const id = nodeStation.length;
    nodeStation.push(station);
    nodeLine.push(line);
    edges.push([]);
    nodeIds.set(key, id);
    const list = nodesOfStation.get(station) ?? [];
    list.push(id);
    nodesOfStation.set(station, list);
    return id;
  };

  const segments = new Map(network.segments.map((s) => [pairKey(s.line, s.from, s.to), s] as const));

  for (const line of network.lines) {
    const pos = new Map<string, number>();
    line.stations.forEach((sid, i) => pos.set(sid, i));
    positionOnLine.set(line.id, pos);
    const n = line.stations.length;
    const pairs = line.loop ? n : n - 1;
    for (let i = 0; i < pairs; i++) {
      const a = line.stations[i];
      const b = line.stations[(i + 1) % n];
      if (a === undefined || b === undefined) continue;
      const seg = segments.get(pairKey(line.id, a, b));
      let seconds: number;
      let km: number;
      let estimatedTime = false;
      if (seg) {
        seconds = seg.seconds + DWELL_SECONDS;
        km = seg.km ?? kmForSeconds(seg.seconds);
      } else {
        const ca = coordsOf(stationById.get(a) ?? { lat: null, lon: null });
        const cb = coordsOf(stationById.get(b) ?? { lat: null, lon: null });
        if (!ca || !cb) throw new Error(`no segment and no coordinates for ${a}–${b} on ${line.id}`);
        km = haversineKm(ca, cb);
        seconds = secondsForKm(km) + DWELL_SECONDS;
        estimatedTime = true;
      }
      const na = nodeFor(a, line.id);
      const nb = nodeFor(b, line.id);
      edges[na]?.push({ kind: "ride", to: nb, seconds, km, estimatedTime });
      edges[nb]?.push({ kind: "ride", to: na, seconds, km, estimatedTime });
    }
  }

  const recorded = new Map<string, { seconds: number; to: string }>();
  const interchanges = new Set<string>();
  for (const t of network.transfers) {
    const target = t.to_station ?? t.station;
    recorded.set(`${t.station}|${t.from_line}|${t.to_line}`, { seconds: t.seconds, to: target });
    const from = nodeIds.get(nodeKey(t.station, t.from_line));
    const to = nodeIds.get(nodeKey(target, t.to_line));
    if (target !== t.station && from !== undefined && to !== undefined) {
      edges[from]?.push({ kind: "transfer", to, seconds: t.seconds, outOfStation: true, defaulted: false });
      interchanges.add(t.station);
      interchanges.add(target);
    }
  }
  for (const [station, nodes] of nodesOfStation) {
    if (nodes.length > 1) interchanges.add(station);
    for (const from of nodes) {
      for (const to of nodes) {
        if (from === to) continue;
        const rec = recorded.get(`${station}|${nodeLine[from]}|${nodeLine[to]}`);
        if (rec && rec.to !== station) continue; // that pair is an out-of-station walk, handled above
        edges[from]?.push({
          kind: "transfer",
          to,
          seconds: rec?.seconds ?? DEFAULT_TRANSFER_SECONDS,
          outOfStation: false,
          defaulted: rec === undefined,
        });
      }
    }
  }

  return { network, nodeStation, nodeLine, edges, nodesOfStation, stationById, lineById, positionOnLine, interchanges };
}
