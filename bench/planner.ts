/**
 * Journey-planner benchmark (design §8: a metro journey query over the whole network, under
 * 2 ms p95). Plans every ordered pair of stations of the shipped network with the real planner
 * (fastest + fewest-transfers searches and the fare), and in the same run a plain baseline: a
 * breadth-first search over the station graph that ignores times, lines and fares.
 *
 * The network comes from the content pack bundled into the benchmark (content/metro), never
 * from ../shared.
 */
import metroJson from "../content/metro/chongqing-metro.json";
import { createPlanner, parseMetroNetwork, type MetroNetwork } from "../main/core/transport";
import type { BenchRow } from "./types";

const PLANNER_BUDGET_MS = 2;
const WARM_UP_PAIRS = 2000;

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** The baseline: fewest stops by breadth-first search over station adjacency, nothing else. */
function createBaseline(network: MetroNetwork): (from: string, to: string) => number {
  const index = new Map(network.stations.map((station, i) => [station.id, i] as const));
  const adjacency: number[][] = network.stations.map(() => []);
  const link = (a: string | undefined, b: string | undefined): void => {
    const i = a === undefined ? undefined : index.get(a);
    const j = b === undefined ? undefined : index.get(b);
    if (i === undefined || j === undefined) return;
    adjacency[i]?.push(j);
    adjacency[j]?.push(i);
  };
  for (const line of network.lines) {
    for (let k = 1; k < line.stations.length; k++) link(line.stations[k - 1], line.stations[k]);
    if (line.loop) link(line.stations[line.stations.length - 1], line.stations[0]);
  }
  for (const transfer of network.transfers) if (transfer.to_station) link(transfer.station, transfer.to_station);
  const depth = new Int32Array(network.stations.length);
  const queue = new Int32Array(network.stations.length);
  return (from, to) => {
    const s = index.get(from);
    const t = index.get(to);
    if (s === undefined || t === undefined) return -1;
    depth.fill(-1);
    depth[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const u = queue[head++] ?? 0;
      if (u === t) return depth[u] ?? -1;
      for (const v of adjacency[u] ?? []) {
        if (depth[v] !== -1) continue;
        depth[v] = (depth[u] ?? 0) + 1;
        queue[tail++] = v;
      }
    }
    return -1;
  };
}

function measure(pairs: [string, string][], run: (from: string, to: string) => unknown): Float64Array {
  const times = new Float64Array(pairs.length);
  pairs.forEach(([from, to], i) => {
    const started = performance.now();
    run(from, to);
    times[i] = performance.now() - started;
  });
  return times.sort();
}

export function benchPlanner(): BenchRow[] {
  const parsed = parseMetroNetwork(metroJson);
  if (!parsed.ok) throw new Error(`the shipped metro network is not valid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  const network = parsed.network;
  const buildStarted = performance.now();
  const planner = createPlanner(network);
  const buildMs = performance.now() - buildStarted;
  const baseline = createBaseline(network);

  const ids = network.stations.map((station) => station.id);
  const pairs: [string, string][] = [];
  for (const from of ids) for (const to of ids) if (from !== to) pairs.push([from, to]);

  let failures = 0;
  const plan = (from: string, to: string): void => {
    if (!planner.plan(from, to).ok) failures++;
  };
  for (let i = 0; i < Math.min(WARM_UP_PAIRS, pairs.length); i++) {
    const pair = pairs[(i * 7919) % pairs.length];
    if (pair) {
      planner.plan(pair[0], pair[1]);
      baseline(pair[0], pair[1]);
    }
  }
  const planned = measure(pairs, plan);
  const searched = measure(pairs, baseline);
  const plannerP95 = percentile(planned, 95);
  const baselineP95 = percentile(searched, 95);
  const note = `${pairs.length} ordered station pairs, ${ids.length} stations`;

  return [
    {
      name: "planner: journey query p95 (all station pairs)",
      value: round(plannerP95),
      unit: "ms",
      budget: PLANNER_BUDGET_MS,
      kind: "max",
      baseline: { name: "breadth-first search, no times (p95)", value: round(baselineP95) },
      note: failures > 0 ? `${note}; ${failures} pairs without a route` : note,
    },
    {
      name: "planner: journey query p50",
      value: round(percentile(planned, 50)),
      unit: "ms",
      budget: null,
      kind: "info",
      baseline: { name: "breadth-first search, no times (p50)", value: round(percentile(searched, 50)) },
    },
    {
      name: "planner: journey query p99",
      value: round(percentile(planned, 99)),
      unit: "ms",
      budget: null,
      kind: "info",
      baseline: { name: "breadth-first search, no times (p99)", value: round(percentile(searched, 99)) },
    },
    {
      name: "planner: built once at start",
      value: round(buildMs),
      unit: "ms",
      budget: null,
      kind: "info",
      note: "graph, loop senses, fare tables",
    },
  ];
}
