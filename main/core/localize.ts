import type { Lang } from "../api/contract";

/** The traveller's language first, then English, then Chinese (design §2). */
export function fallbackChain(lang: Lang): Lang[] {
  const chain: Lang[] = [lang, "en", "zh-Hans"];
  return chain.filter((item, index) => chain.indexOf(item) === index);
}

/** Picks the best available text for a language from rows keyed by language. */
export function pickLocalized<T>(rows: Map<string, T>, lang: Lang, has: (row: T) => boolean): { row: T; lang: Lang } | undefined {
  for (const candidate of fallbackChain(lang)) {
    const row = rows.get(candidate);
    if (row !== undefined && has(row)) return { row, lang: candidate };
  }
  return undefined;
}
