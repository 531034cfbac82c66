/**
 * Cross-reference checks for a metro network whose JSON shape is already valid.
 * Each problem is reported with the JSON path of the offending value.
 */
import type { MetroNetwork, ParseError } from "./network";
import { coordsOf } from "./geo";

/** Key of an unordered station pair on one line. */
export function pairKey(line: string, a: string, b: string): string {
  return a < b ? `${line}|${a}|${b}` : `${line}|${b}|${a}`;
}

/** True when i and j are neighbours on a line of length n (the loop closure counts). */
function adjacentIndex(i: number, j: number, n: number, loop: boolean): boolean {
  if (Math.abs(i - j) === 1) return true;
  return loop && n > 2 && ((i === 0 && j === n - 1) || (j === 0 && i === n - 1));
}

function stationLabel(network: MetroNetwork, id: string): string {
  const s = network.stations.find((st) => st.id === id);
  return s ? `'${id}' (${s.name_zh})` : `'${id}'`;
}

export function checkNetwork(network: MetroNetwork): ParseError[] {
  const errors: ParseError[] = [];
  const err = (path: string, message: string): void => {
    errors.push({ path, message });
  };

  const stationIndex = new Map<string, number>();
  network.stations.forEach((s, i) => {
    const first = stationIndex.get(s.id);
    if (first !== undefined) err(`stations[${i}].id`, `duplicate station id '${s.id}' (first used at stations[${first}])`);
    else stationIndex.set(s.id, i);
  });

  const lineIndex = new Map<string, number>();
  network.lines.forEach((l, i) => {
    const first = lineIndex.get(l.id);
    if (first !== undefined) err(`lines[${i}].id`, `duplicate line id '${l.id}' (first used at lines[${first}])`);
    else lineIndex.set(l.id, i);
  });

  // Station positions per line, and which lines serve each station.
  const positions = new Map<string, Map<string, number>>();
  const linesAt = new Map<string, Set<string>>();
  let linesValid = true;
  network.lines.forEach((l, i) => {
    if (l.branch_of !== undefined && !lineIndex.has(l.branch_of))
      err(`lines[${i}].branch_of`, `line '${l.id}' is a branch of unknown line '${l.branch_of}'`);
    const min = l.loop ? 3 : 2;
    if (l.stations.length < min) {
      err(`lines[${i}].stations`, `line '${l.id}' has ${l.stations.length} station(s); at least ${min} are needed`);
      linesValid = false;
    }
    const pos = new Map<string, number>();
    l.stations.forEach((sid, j) => {
      if (!stationIndex.has(sid)) {
        err(`lines[${i}].stations[${j}]`, `line '${l.id}' uses unknown station id '${sid}'`);
        linesValid = false;
      } else if (pos.has(sid)) {
        err(`lines[${i}].stations[${j}]`, `line '${l.id}' lists station '${sid}' twice`);
        linesValid = false;
      } else {
        pos.set(sid, j);
        const set = linesAt.get(sid) ?? new Set<string>();
        set.add(l.id);
        linesAt.set(sid, set);
      }
    });
    if (!positions.has(l.id)) positions.set(l.id, pos);
  });

  // Segments: known line and stations, adjacent on that line, not repeated.
  const seen = new Map<string, number>();
  network.segments.forEach((seg, k) => {
    const li = lineIndex.get(seg.line);
    const pos = positions.get(seg.line);
    if (li === undefined || pos === undefined) {
      err(`segments[${k}].line`, `segment uses unknown line '${seg.line}'`);
      return;
    }
    const line = network.lines[li];
    const a = pos.get(seg.from);
    const b = pos.get(seg.to);
    if (a === undefined) err(`segments[${k}].from`, `station '${seg.from}' is not on line '${seg.line}'`);
    if (b === undefined) err(`segments[${k}].to`, `station '${seg.to}' is not on line '${seg.line}'`);
    if (a === undefined || b === undefined || line === undefined) return;
    if (!adjacentIndex(a, b, line.stations.length, line.loop)) {
      err(`segments[${k}]`, `stations '${seg.from}' and '${seg.to}' are not adjacent on line '${seg.line}'`);
      return;
    }
    const key = pairKey(seg.line, seg.from, seg.to);
    const first = seen.get(key);
    if (first !== undefined) err(`segments[${k}]`, `duplicate segment (same pair as segments[${first}])`);
    else seen.set(key, k);
  });

  // Every adjacent pair needs a segment. The only pair that may be missing is a loop
  // closure whose two stations both have coordinates: graph.ts estimates it from distance.
  if (linesValid) {
    network.lines.forEach((l, i) => {
      const n = l.stations.length;
      const last = l.loop ? n : n - 1;
      for (let j = 0; j < last; j++) {
        const a = l.stations[j];
        const b = l.stations[(j + 1) % n];
        if (a === undefined || b === undefined || seen.has(pairKey(l.id, a, b))) continue;
        const closure = l.loop && j === n - 1;
        const sa = network.stations[stationIndex.get(a) ?? -1];
        const sb = network.stations[stationIndex.get(b) ?? -1];
        if (closure && sa && sb && coordsOf(sa) && coordsOf(sb)) continue;
        err(
          `lines[${i}].stations[${j}]`,
          `no segment between ${stationLabel(network, a)} and ${stationLabel(network, b)} on line '${l.id}'` +
            (closure ? " (loop closure without coordinates to estimate it)" : ""),
        );
      }
    });
  }

  network.transfers.forEach((t, k) => {
    const served = linesAt.get(t.station);
    if (!served) {
      err(`transfers[${k}].station`, `unknown station id '${t.station}' (or not on any line)`);
      return;
    }
    if (!served.has(t.from_line)) err(`transfers[${k}].from_line`, `line '${t.from_line}' does not serve '${t.station}'`);
    const target = t.to_station ?? t.station;
    const servedTo = linesAt.get(target);
    if (!servedTo) err(`transfers[${k}].to_station`, `unknown station id '${target}'`);
    else if (!servedTo.has(t.to_line)) err(`transfers[${k}].to_line`, `line '${t.to_line}' does not serve '${target}'`);
  });

  for (const [terminal, fares] of Object.entries(network.airport_fares)) {
    if (!stationIndex.has(terminal)) err(`airport_fares.${terminal}`, `unknown station id '${terminal}'`);
    for (const dest of Object.keys(fares))
      if (!stationIndex.has(dest)) err(`airport_fares.${terminal}.${dest}`, `unknown station id '${dest}'`);
  }

  if (linesValid && errors.length === 0) {
    const unreachable = findUnreachable(network, positions);
    if (unreachable) errors.push(unreachable);
  }
  return errors;
}

/** Breadth-first search from the first station; names the first station it cannot reach. */
function findUnreachable(
  network: MetroNetwork,
  positions: Map<string, Map<string, number>>,
): ParseError | null {
  const start = network.stations[0];
  if (!start) return { path: "stations", message: "the network has no stations" };
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string): void => {
    const list = neighbours.get(a) ?? [];
    list.push(b);
    neighbours.set(a, list);
  };
  for (const l of network.lines) {
    const n = l.stations.length;
    for (let j = 0; j < n; j++) {
      const a = l.stations[j];
      const b = j + 1 < n ? l.stations[j + 1] : l.loop ? l.stations[0] : undefined;
      if (a !== undefined && b !== undefined && a !== b) {
        link(a, b);
        link(b, a);
      }
    }
  }
  for (const t of network.transfers) {
    if (t.to_station !== undefined && t.to_station !== t.station) {
      link(t.station, t.to_station);
      link(t.to_station, t.station);
    }
  }
  const reached = new Set<string>([start.id]);
  const queue = [start.id];
  for (let q = 0; q < queue.length; q++) {
    for (const next of neighbours.get(queue[q] ?? "") ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  const missing = network.stations.filter((s) => !reached.has(s.id));
  const firstIndex = network.stations.findIndex((s) => !reached.has(s.id));
  const first = network.stations[firstIndex];
  if (!first) return null;
  const onLines = [...positions].filter(([, pos]) => pos.has(first.id)).map(([id]) => id);
  return {
    path: `stations[${firstIndex}]`,
    message:
      `network is disconnected: station ${stationLabel(network, first.id)}` +
      (onLines.length > 0 ? ` on line(s) ${onLines.join(", ")}` : " (on no line)") +
      ` cannot be reached from ${stationLabel(network, start.id)}` +
      (missing.length > 1 ? ` (${missing.length} stations unreachable)` : ""),
  };
}
