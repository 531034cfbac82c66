/**
 * Knowledge-base search: p95 of real queries in all ten languages, on the shipped content and on
 * a pack ten times its size, against a plain LIKE scan of the same texts in the same run.
 * Budget (design §8): under 5 ms p95 at 10x today's content.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Lang } from "../main/api/contract";
import { compileContentPack } from "../main/content/compile";
import { describePackErrors, loadContentPack, type ContentPack } from "../main/content/load-pack";
import type { KbEntry } from "../main/content/schema";
import { factLookupOf } from "../main/core/content-admin/holder";
import { createInquiryService } from "../main/core/inquiry";
import { openContentDb } from "../main/store/content-db";
import type { BenchRow } from "./types";

const BUDGET_MS = 5;
const SCALE = 10;
const ROUNDS = 15;

/** What travellers type, in every language, including half-typed words. */
const QUERIES: [Lang, string][] = [
  ["zh-Hans", "退税"],
  ["zh-Hans", "签证"],
  ["zh-Hans", "出租车"],
  ["zh-Hans", "税"],
  ["en", "visa-free"],
  ["en", "tax refund"],
  ["en", "ambul"],
  ["en", "alipay foreign card"],
  ["ja", "タクシー"],
  ["ja", "両替"],
  ["ko", "환전"],
  ["ko", "비자"],
  ["ru", "такси"],
  ["ru", "виза"],
  ["fr", "remboursement"],
  ["fr", "carte SIM"],
  ["de", "Taxi"],
  ["de", "Geldwech"],
  ["es", "tarjeta"],
  ["es", "policía"],
  ["ar", "ضريبة"],
  ["ar", "مستشفى"],
  ["th", "แท็กซี่"],
  ["th", "วีซ่า"],
];

function findContentDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i += 1) {
    const candidate = path.join(dir, "content");
    if (fs.existsSync(path.join(candidate, "pack.json"))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error("cannot find the content/ folder of the project");
}

/** A small deterministic generator, so every run measures the same synthetic pack. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * A copy of an entry with a new id and its real text rearranged: paragraphs reordered and a
 * paragraph of another entry appended, so the index holds ten times the real vocabulary in new
 * combinations rather than ten identical copies.
 */
function perturb(entry: KbEntry, copy: number, donor: KbEntry, next: () => number): KbEntry {
  const body: Record<string, string> = {};
  for (const [lang, text] of Object.entries(entry.body)) {
    if (typeof text !== "string") continue;
    const paragraphs = shuffled(text.split(/\n{2,}/), next);
    const extra = (donor.body as Record<string, string | undefined>)[lang]?.split(/\n{2,}/)[0];
    body[lang] = [...paragraphs, ...(extra ? [extra] : [])].join("\n\n");
  }
  const keywords: Record<string, string[]> = {};
  for (const [lang, words] of Object.entries(entry.keywords ?? {})) {
    if (words) keywords[lang] = shuffled(words, next).slice(0, Math.max(1, words.length - (copy % 3)));
  }
  return {
    ...entry,
    id: `${entry.id.slice(0, 58)}-x${copy}`,
    body: body as KbEntry["body"],
    keywords,
  };
}

function scaledPack(pack: ContentPack, scale: number): ContentPack {
  const next = random(20261204);
  const entries: KbEntry[] = [...pack.entries];
  for (let copy = 1; copy < scale; copy += 1) {
    pack.entries.forEach((entry, index) => {
      const donor = pack.entries[(index * 7 + copy) % pack.entries.length] ?? entry;
      entries.push(perturb(entry, copy, donor, next));
    });
  }
  // No root: the synthetic pack has no files of its own to carry for export.
  return { ...pack, root: undefined, entries };
}

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

interface Measured {
  fts: number;
  like: number;
  entries: number;
}

function measure(file: string): Measured {
  const db = openContentDb(file);
  try {
    const inquiry = createInquiryService(db, factLookupOf(db));
    const likeScan = db.prepare(
      "SELECT DISTINCT entry_id FROM kb_text WHERE title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\' LIMIT 20",
    );
    const entries = (db.prepare("SELECT count(*) AS n FROM kb_entry").get() as { n: number }).n;
    // Warm the page cache and the prepared statements before timing.
    for (const [lang, query] of QUERIES) inquiry.search(lang, query, 20);
    const fts: number[] = [];
    const like: number[] = [];
    for (let r = 0; r < ROUNDS; r += 1) {
      for (const [lang, query] of QUERIES) {
        let started = performance.now();
        inquiry.search(lang, query, 20);
        fts.push(performance.now() - started);
        const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        started = performance.now();
        likeScan.all(pattern, pattern);
        like.push(performance.now() - started);
      }
    }
    return { fts: p95(fts), like: p95(like), entries };
  } finally {
    db.close();
  }
}

export function benchSearch(): BenchRow[] {
  const loaded = loadContentPack(findContentDir());
  if (!loaded.ok) throw new Error(`the content pack is not valid:\n${describePackErrors(loaded.errors)}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-bench-search-"));
  try {
    const realFile = path.join(dir, "real.db");
    const scaledFile = path.join(dir, "scaled.db");
    compileContentPack({ ...loaded.pack, root: undefined }, realFile);
    compileContentPack(scaledPack(loaded.pack, SCALE), scaledFile);
    const real = measure(realFile);
    const scaled = measure(scaledFile);
    const queries = `${QUERIES.length} queries in 10 languages x ${ROUNDS} rounds`;
    return [
      {
        name: "knowledge-base search p95, real content",
        value: round(real.fts),
        unit: "ms",
        budget: BUDGET_MS,
        kind: "max",
        baseline: { name: "LIKE scan over kb_text, same queries", value: round(real.like) },
        note: `${real.entries} entries; ${queries}`,
      },
      {
        name: `knowledge-base search p95, ${SCALE}x synthetic pack`,
        value: round(scaled.fts),
        unit: "ms",
        budget: BUDGET_MS,
        kind: "max",
        baseline: { name: "LIKE scan over kb_text, same queries", value: round(scaled.like) },
        note: `${scaled.entries} entries (real entries cloned with new ids and rearranged text); ${queries}`,
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
