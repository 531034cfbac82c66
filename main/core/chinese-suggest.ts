import type Database from "better-sqlite3";
import { pinyin } from "pinyin-pro";

/**
 * Pinyin input for the on-screen keyboard. A general Chinese input method needs a large
 * dictionary; the kiosk only ever searches its own content, so the candidates are the Chinese
 * words that content uses: answer keywords and title phrases, and station names.
 */
export interface ChineseSuggester {
  suggest(letters: string, limit?: number): string[];
}

const HAN_RUN = /\p{Script=Han}{1,8}/gu;

function keyOf(word: string): string {
  return pinyin(word, { toneType: "none", type: "array", nonZh: "removed" }).join("").toLowerCase();
}

export function createChineseSuggester(db: Database.Database): ChineseSuggester {
  const weights = new Map<string, number>();
  const add = (word: string, weight: number): void => {
    weights.set(word, (weights.get(word) ?? 0) + weight);
  };

  const texts = db.prepare("SELECT title, keywords FROM kb_text WHERE lang = 'zh-Hans'").all() as { title: string | null; keywords: string }[];
  for (const row of texts) {
    for (const match of (row.title ?? "").matchAll(HAN_RUN)) add(match[0], 1);
    for (const keyword of JSON.parse(row.keywords) as string[]) {
      for (const match of keyword.matchAll(HAN_RUN)) add(match[0], 2);
    }
  }
  const metro = db.prepare("SELECT json FROM document WHERE name = 'metro'").get() as { json: string } | undefined;
  if (metro) {
    const stations = (JSON.parse(metro.json) as { stations?: { name_zh?: string }[] }).stations ?? [];
    for (const station of stations) if (station.name_zh) add(station.name_zh, 3);
  }

  // Pinyin for every word is worked out on the first suggestion, not at start-up: most
  // travellers never type pinyin, and the kiosk should reach its attract screen first.
  let entries: { word: string; weight: number; key: string }[] | undefined;
  const keyed = (): { word: string; weight: number; key: string }[] => {
    entries ??= [...weights.entries()].map(([word, weight]) => ({ word, weight, key: keyOf(word) })).filter((entry) => entry.key !== "");
    return entries;
  };

  return {
    suggest: (letters, limit = 12) => {
      const wanted = letters.toLowerCase().replace(/[^a-z]/g, "");
      if (wanted === "") return [];
      return keyed()
        .filter((entry) => entry.key.startsWith(wanted))
        .sort((a, b) => a.key.length - b.key.length || b.weight - a.weight)
        .slice(0, limit)
        .map((entry) => entry.word);
    },
  };
}
