/**
 * Journey planner: Dijkstra with a binary heap over the (station, line) graph.
 *
 * Fastest journey: minimises riding time + transfer time + TRANSFER_PENALTY_SECONDS per
 * transfer. The penalty (120 s) stands for the wait for the next train and the effort of
 * changing; it steers the search away from a change that saves less than two minutes.
 * It is NOT part of the reported time: totals are riding + transfer-walk seconds only
 * (no initial wait, which the data cannot give: headways are not in the source).
 *
 * Fewest transfers: minimises (number of transfers, then riding + transfer seconds),
 * encoded as FEWEST_TRANSFERS_WEIGHT per transfer, a weight larger than any journey time.
 * It is returned only when its sequence of lines differs from the fastest journey's.
 *
 * Everything that does not depend on the query (graph, station maps, loop senses, work
 * arrays, fare tables) is built once in createPlanner. plan() never throws.
 */
import type { MetroNetwork } from "./network";
import type { GraphEdge, RoutingGraph } from "./graph";
import type { FareResult } from "./fare";
import type { Journey, StationRef } from "./journey";
import { buildGraph } from "./graph";
import { createFareCalculator } from "./fare";
import { buildJourney, loopSense, stationRef } from "./journey";
import { MinHeap } from "./heap";

export const TRANSFER_PENALTY_SECONDS = 120;
export const FEWEST_TRANSFERS_WEIGHT = 10_000_000;

export type PlanError =
  | { code: "unknown-station"; which: "from" | "to"; stationId: string; message: string }
  | { code: "no-route"; message: string };

export type PlanResult =
  | {
      ok: true;
      /** Fastest journey under the transfer penalty. */
      fastest: Journey;
      /** Fewest-transfers journey, or null when it rides the same lines as `fastest`. */
      fewestTransfers: Journey | null;
    }
  | { ok: false; error: PlanError };

export interface Planner {
  readonly graph: RoutingGraph;
  plan(fromStationId: string, toStationId: string): PlanResult;
  fare(fromStationId: string, toStationId: string): FareResult;
  station(id: string): StationRef | null;
}

type Mode = "fastest" | "fewest";

/**
 * Builds the planner once per network. Pass a network returned by parseMetroNetwork: an
 * unchecked network with a missing segment that cannot be estimated makes this throw.
 */
export function createPlanner(network: MetroNetwork): Planner {
  const graph = buildGraph(network);
  const fares = createFareCalculator(graph);
  const senses = new Map<string, 1 | -1>();
  for (const line of network.lines) if (line.loop) senses.set(line.id, loopSense(graph, line.id));

  const n = graph.nodeStation.length;
  const dist = new Float64Array(n);
  const prev = new Int32Array(n);
  const prevEdge: (GraphEdge | null)[] = new Array<GraphEdge | null>(n).fill(null);
  const heap = new MinHeap();

  const search = (from: string, to: string, mode: Mode): { path: number[]; via: (GraphEdge | null)[] } | null => {
    dist.fill(Infinity);
    prev.fill(-1);
    prevEdge.fill(null);
    heap.clear();
    for (const s of graph.nodesOfStation.get(from) ?? []) {
      dist[s] = 0;
      heap.push(0, s);
    }
    let target = -1;
    while (heap.size > 0) {
      const u = heap.pop();
      const du = heap.lastKey;
      if (du > (dist[u] ?? Infinity)) continue;
      if (graph.nodeStation[u] === to) {
        target = u;
        break;
      }
      for (const e of graph.edges[u] ?? []) {
        let w = e.seconds;
        if (e.kind === "transfer") w += mode === "fastest" ? TRANSFER_PENALTY_SECONDS : FEWEST_TRANSFERS_WEIGHT;
        const nd = du + w;
        if (nd < (dist[e.to] ?? Infinity)) {
          dist[e.to] = nd;
          prev[e.to] = u;
          prevEdge[e.to] = e;
          heap.push(nd, e.to);
        }
      }
    }
    if (target < 0) return null;
    const path: number[] = [];
    const via: (GraphEdge | null)[] = [];
    for (let v = target; v >= 0; v = prev[v] ?? -1) {
      path.push(v);
      via.push(prevEdge[v] ?? null);
    }
    path.reverse();
    via.reverse();
    // via[k] is the edge into path[k]; via[0] (the origin) is null.
    return { path, via };
  };

  const lineSequence = (j: Journey): string => j.legs.map((l) => l.lineId).join(">");

  const plan = (fromId: string, toId: string): PlanResult => {
    if (!graph.stationById.has(fromId))
      return { ok: false, error: { code: "unknown-station", which: "from", stationId: fromId, message: `unknown station '${fromId}'` } };
    if (!graph.stationById.has(toId))
      return { ok: false, error: { code: "unknown-station", which: "to", stationId: toId, message: `unknown station '${toId}'` } };
    if (fromId === toId) {
      const here = stationRef(graph, fromId);
      const empty: Journey = {
        from: here, to: here, legs: [], totalSeconds: 0, totalMinutes: 0,
        transfers: 0, transferStations: [], transferPoints: [], fare: null,
      };
      return { ok: true, fastest: empty, fewestTransfers: null };
    }
    const fast = search(fromId, toId, "fastest");
    if (!fast) return { ok: false, error: { code: "no-route", message: `no route from '${fromId}' to '${toId}'` } };
    const fare = fares.fare(fromId, toId);
    const fastest = buildJourney(graph, fast.path, fast.via, fare, senses);
    const few = search(fromId, toId, "fewest");
    const fewest = few ? buildJourney(graph, few.path, few.via, fare, senses) : null;
    // A journey with no train ride (only the out-of-station walk 园博园 <-> 园博中心) has no fare.
    if (fastest.legs.length === 0) fastest.fare = null;
    if (fewest && fewest.legs.length === 0) fewest.fare = null;
    const differs = fewest !== null && lineSequence(fewest) !== lineSequence(fastest);
    return { ok: true, fastest, fewestTransfers: differs ? fewest : null };
  };

  return {
    graph,
    plan,
    fare: (a, b) => fares.fare(a, b),
    station: (id) => (graph.stationById.has(id) ? stationRef(graph, id) : null),
  };
}
