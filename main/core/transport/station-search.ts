/**
 * Station search by English name, Chinese name, or pinyin (with or without tone marks,
 * spaces, apostrophes or capitals), tolerant of one or two typos.
 *
 * Every station gets up to three keys, built once per network: the Chinese name, the
 * English name and the toneless pinyin of the Chinese name (pinyin-pro). Latin keys and
 * queries are folded to a–z/0–9 only ("Jiě Fàng-Bēi" -> "jiefangbei"; ü -> u).
 *
 * Ranking: exact > prefix > substring > fuzzy. A Latin query of several words whose
 * words all occur in a key ("chongqing north") also ranks as a substring match.
 * Fuzzy is the optimal-string-alignment distance (a swap of two neighbouring letters
 * counts as one edit) to the whole key, or to the key's beginning when the query is
 * shorter (a name being typed). Allowed edits:
 * none for queries under 4 characters, 1 for 4–5, 2 for longer; a Chinese query of 3 or
 * more characters may have one wrong character.
 */
import { pinyin } from "pinyin-pro";
import type { MetroNetwork } from "./network";

export type MatchRank = "exact" | "prefix" | "substring" | "fuzzy";

export interface StationLineRef {
  id: string;
  name_zh: string;
  name_en: string | null;
  color: string;
}

export interface StationMatch {
  id: string;
  name_zh: string;
  name_en: string | null;
  lines: StationLineRef[];
  rank: MatchRank;
  /** Edits needed for a fuzzy match, 0 otherwise. */
  distance: number;
  matchedOn: "zh" | "en" | "pinyin";
}

export interface StationSearch {
  search(query: string, limit?: number): StationMatch[];
}

interface Entry {
  id: string;
  name_zh: string;
  name_en: string | null;
  lines: StationLineRef[];
  keys: { key: string; on: StationMatch["matchedOn"] }[];
}

const CJK = /[\u3400-\u9fff]/;

/** Folds Latin text to lowercase a–z and digits: strips tone marks, spaces and punctuation. */
export function foldLatin(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Keeps CJK characters, letters and digits of a Chinese query. */
function foldChinese(text: string): string {
  return text.normalize("NFC").replace(/[\s\p{P}\p{S}]/gu, "").toLowerCase();
}

/** Optimal string alignment distance, giving up (returning max + 1) once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] ?? max + 1;
}

function allowedEdits(query: string, chinese: boolean): number {
  if (chinese) return query.length >= 3 ? 1 : 0;
  if (query.length < 4) return 0;
  return query.length <= 5 ? 1 : 2;
}

const RANK_ORDER: Record<MatchRank, number> = { exact: 0, prefix: 1, substring: 2, fuzzy: 3 };

export function createStationSearch(network: MetroNetwork): StationSearch {
  const linesAt = new Map<string, StationLineRef[]>();
  for (const line of network.lines) {
    for (const sid of line.stations) {
      const list = linesAt.get(sid) ?? [];
      list.push({ id: line.id, name_zh: line.name_zh, name_en: line.name_en, color: line.color });
      linesAt.set(sid, list);
    }
  }
  const entries: Entry[] = network.stations.map((s) => {
    const keys: Entry["keys"] = [{ key: foldChinese(s.name_zh), on: "zh" }];
    if (s.name_en) keys.push({ key: foldLatin(s.name_en), on: "en" });
    const py = foldLatin(pinyin(s.name_zh, { toneType: "none", type: "array", nonZh: "consecutive" }).join(""));
    if (py && !keys.some((k) => k.key === py)) keys.push({ key: py, on: "pinyin" });
    return { id: s.id, name_zh: s.name_zh, name_en: s.name_en, lines: linesAt.get(s.id) ?? [], keys };
  });

  const search = (query: string, limit = 10): StationMatch[] => {
    const chinese = CJK.test(query);
    const q = chinese ? foldChinese(query) : foldLatin(query);
    if (q === "") return [];
    const max = allowedEdits(q, chinese);
    const words = chinese ? [] : query.split(/\s+/).map(foldLatin).filter((w) => w !== "");
    const found: { match: StationMatch; lengthGap: number }[] = [];
    for (const e of entries) {
      let best: { rank: MatchRank; distance: number; on: StationMatch["matchedOn"]; gap: number } | null = null;
      for (const { key, on } of e.keys) {
        if (chinese !== (on === "zh")) continue;
        let rank: MatchRank | null = null;
        let distance = 0;
        if (key === q) rank = "exact";
        else if (key.startsWith(q)) rank = "prefix";
        else if (key.includes(q) || (words.length > 1 && words.every((w) => key.includes(w)))) rank = "substring";
        else if (max > 0) {
          distance = editDistance(q, key, max);
          if (q.length < key.length) distance = Math.min(distance, editDistance(q, key.slice(0, q.length), max));
          if (distance <= max) rank = "fuzzy";
        }
        if (rank === null) continue;
        const cand = { rank, distance, on, gap: Math.abs(key.length - q.length) };
        if (
          !best ||
          RANK_ORDER[cand.rank] < RANK_ORDER[best.rank] ||
          (cand.rank === best.rank && (cand.distance < best.distance || (cand.distance === best.distance && cand.gap < best.gap)))
        )
          best = cand;
      }
      if (best) {
        found.push({
          match: { id: e.id, name_zh: e.name_zh, name_en: e.name_en, lines: e.lines, rank: best.rank, distance: best.distance, matchedOn: best.on },
          lengthGap: best.gap,
        });
      }
    }
    found.sort(
      (a, b) =>
        RANK_ORDER[a.match.rank] - RANK_ORDER[b.match.rank] ||
        a.match.distance - b.match.distance ||
        a.lengthGap - b.lengthGap ||
        a.match.id.localeCompare(b.match.id),
    );
    return found.slice(0, Math.max(0, limit)).map((f) => f.match);
  };

  return { search };
}
