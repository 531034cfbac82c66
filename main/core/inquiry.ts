import type Database from "better-sqlite3";
import {
  KB_CATEGORIES,
  type CategorySummary,
  type EntrySummary,
  type KbAnswer,
  type KbCategory,
  type Lang,
  type SearchHit,
  type SearchResults,
  type SourceRef,
} from "../api/contract";
import { parseBody, plainBody, type FactValue } from "../content/rich-text";
import { inLanguages, matchExpression, queryTerms } from "../content/search-text";
import { fallbackChain, pickLocalized } from "./localize";

export type FactLookup = (id: string) => FactValue | undefined;

interface TextRow {
  lang: string;
  title: string | null;
  body: string | null;
}

interface EntryRow {
  id: string;
  category: KbCategory;
  phones: string;
  sources: string;
  reviewed: string;
}

export interface InquiryService {
  listCategories(): CategorySummary[];
  listEntries(lang: Lang, category: KbCategory): EntrySummary[];
  search(lang: Lang, query: string, limit: number): SearchResults;
  getEntry(lang: Lang, id: string): KbAnswer | undefined;
}

/** How much a match in the traveller's own language outranks the same match in another. */
const OWN_LANGUAGE_BOOST = 1.6;
const SNIPPET_CHARS = 160;
/** How much of a body is read to make a snippet: several times the snippet, to skip list markers. */
const SNIPPET_SOURCE_CHARS = 800;

export function createInquiryService(db: Database.Database, facts: FactLookup): InquiryService {
  const entryById = db.prepare("SELECT id, category, phones, sources, reviewed FROM kb_entry WHERE id = ?");
  const textsOf = db.prepare("SELECT lang, title, body FROM kb_text WHERE entry_id = ?");
  const categoryCounts = db.prepare("SELECT category, count(*) AS n FROM kb_entry GROUP BY category");
  const entriesIn = db.prepare("SELECT id, category FROM kb_entry WHERE category = ? ORDER BY position");
  const sourceById = db.prepare("SELECT title, publisher, url, date, status FROM source WHERE id = ?");
  const matchRows = db.prepare(
    `SELECT ref, lang, bm25(search_index, 0, 0, 0, 8.0, 1.0, 5.0, 0) AS score
       FROM search_index WHERE search_index MATCH ? AND kind = 'kb' ORDER BY score LIMIT 400`,
  );

  const texts = (id: string): Map<string, TextRow> =>
    new Map((textsOf.all(id) as TextRow[]).map((row) => [row.lang, row]));

  const titleOf = (rows: Map<string, TextRow>, lang: Lang): { text: string; shownIn: Lang } => {
    const picked = pickLocalized(rows, lang, (row) => row.title !== null);
    return { text: picked?.row.title ?? "", shownIn: picked?.lang ?? "en" };
  };

  const summarize = (id: string, category: KbCategory, lang: Lang): EntrySummary => ({
    id,
    category,
    title: titleOf(texts(id), lang),
  });

  const listCategories = (): CategorySummary[] => {
    const counts = new Map(
      (categoryCounts.all() as { category: string; n: number }[]).map((row) => [row.category, row.n]),
    );
    return KB_CATEGORIES.filter((id) => (counts.get(id) ?? 0) > 0).map((id) => ({ id, entryCount: counts.get(id) ?? 0 }));
  };

  const listEntries = (lang: Lang, category: KbCategory): EntrySummary[] =>
    (entriesIn.all(category) as { id: string; category: KbCategory }[]).map((row) =>
      summarize(row.id, row.category, lang),
    );

  const rank = (expression: string, lang: Lang): string[] => {
    const best = new Map<string, number>();
    for (const row of matchRows.all(inLanguages(expression, fallbackChain(lang))) as { ref: string; lang: string; score: number }[]) {
      const score = row.lang === lang ? row.score * OWN_LANGUAGE_BOOST : row.score;
      const previous = best.get(row.ref);
      if (previous === undefined || score < previous) best.set(row.ref, score);
    }
    return [...best.entries()].sort((a, b) => a[1] - b[1]).map(([ref]) => ref);
  };

  /**
   * The texts a page of hits needs, in one statement: only the traveller's language and its
   * fallbacks, and only the start of each body (a snippet is short). Reading every language's
   * whole body hit by hit cost most of a search's time on a large pack.
   */
  const hitRows = db.prepare(
    `SELECT e.id, e.category, t.lang, t.title, substr(t.body, 1, ${SNIPPET_SOURCE_CHARS}) AS body
       FROM json_each(?) AS j JOIN kb_entry AS e ON e.id = j.value JOIN kb_text AS t ON t.entry_id = e.id
      WHERE t.lang IN (?, 'en', 'zh-Hans')`,
  );

  const search = (lang: Lang, query: string, limit: number): SearchResults => {
    const terms = queryTerms(query);
    if (terms.length === 0) return { query, hits: [] };
    let refs = rank(matchExpression(terms, "all"), lang);
    if (refs.length === 0 && terms.length > 1) refs = rank(matchExpression(terms, "any"), lang);
    const page = refs.slice(0, limit);
    const byId = new Map<string, { category: KbCategory; rows: Map<string, TextRow> }>();
    for (const row of hitRows.all(JSON.stringify(page), lang) as (TextRow & { id: string; category: KbCategory })[]) {
      const found = byId.get(row.id) ?? { category: row.category, rows: new Map<string, TextRow>() };
      found.rows.set(row.lang, { lang: row.lang, title: row.title, body: row.body });
      byId.set(row.id, found);
    }
    const hits: SearchHit[] = [];
    for (const id of page) {
      const found = byId.get(id);
      if (!found) continue;
      const body = pickLocalized(found.rows, lang, (row) => row.body !== null);
      // A body cut short may end inside a {{fact:…}} placeholder; drop the broken tail.
      const start = (body?.row.body ?? "").replace(/\{\{?[^}]*\}?$/, "");
      hits.push({
        kind: "kb",
        id,
        category: found.category,
        title: titleOf(found.rows, lang),
        snippet: { text: snippet(plainBody(start, facts)), shownIn: body?.lang ?? "en" },
      });
    }
    return { query, hits };
  };

  const getEntry = (lang: Lang, id: string): KbAnswer | undefined => {
    const entry = entryById.get(id) as EntryRow | undefined;
    if (!entry) return undefined;
    const rows = texts(id);
    const body = pickLocalized(rows, lang, (row) => row.body !== null);
    const sources = (JSON.parse(entry.sources) as string[])
      .map((sourceId) => sourceById.get(sourceId) as SourceRef | undefined)
      .filter((source): source is SourceRef => source !== undefined);
    return {
      id,
      category: entry.category,
      title: titleOf(rows, lang),
      body: parseBody(body?.row.body ?? "", facts),
      shownIn: body?.lang ?? fallbackChain(lang)[0] ?? "en",
      phones: JSON.parse(entry.phones) as string[],
      sources,
      reviewed: entry.reviewed,
    };
  };

  return { listCategories, listEntries, search, getEntry };
}

function snippet(text: string): string {
  const flat = text
    .split("\n")
    .map((line) => line.trim().replace(/^(?:- +|\d{1,2}[.)] +)/, ""))
    .filter((line) => line !== "")
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  if (flat.length <= SNIPPET_CHARS) return flat;
  return `${flat.slice(0, SNIPPET_CHARS - 1).trimEnd()}…`;
}
