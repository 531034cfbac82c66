import fs from "node:fs";
import type { z } from "zod";
import { parseMetroNetwork, type MetroNetwork } from "../core/transport/network";
import {
  listPackImages,
  listPackJson,
  readPackJson,
  validateFile,
  type PackError,
} from "./pack-files";
import {
  factsFileSchema,
  kbFileSchema,
  packManifestSchema,
  sourcesFileSchema,
  type Fact,
  type KbEntry,
  type Source,
} from "./schema";
import { findFactPlaceholders } from "./rich-text";
import { readTourism, type TourismContent } from "./tourism-schema";
import { readTransport, type TransportContent } from "./transport-schema";
import { readSim, type SimContent } from "./sim-schema";

export interface ContentPack {
  manifest: z.infer<typeof packManifestSchema>;
  entries: KbEntry[];
  sources: Source[];
  facts: Fact[];
  metro: MetroNetwork;
  transport: TransportContent;
  sim: SimContent;
  tourism: TourismContent;
  images: Map<string, string>;
  /** The folder the pack was read from; the compiler stores its files for export. */
  root?: string;
}

export type PackResult = { ok: true; pack: ContentPack } | { ok: false; errors: PackError[] };

const ALLOWED_ROOT = new Set(["pack.json", "kb", "sources", "facts", "metro", "tourism", "transport", "sim", "images", "README.md"]);

export const METRO_FILE = "metro/chongqing-metro.json";

interface Located<T> {
  item: T;
  file: string;
  index: number;
}

/** Reads and validates a whole content pack folder. Every problem is reported, not just the first. */
export function loadContentPack(root: string): PackResult {
  const errors: PackError[] = [];
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    return { ok: false, errors: [{ file: ".", path: "", message: "the pack folder does not exist" }] };
  }
  checkRootNames(root, errors);

  const manifest = validateFile(packManifestSchema, readPackJson(root, "pack.json", errors), "pack.json", errors);
  const entries = readList(root, "kb", kbFileSchema, (data) => data.entries, "entries", errors);
  const sources = readList(root, "sources", sourcesFileSchema, (data) => data.sources, "sources", errors);
  const facts = readList(root, "facts", factsFileSchema, (data) => data.facts, "facts", errors);
  const metro = readMetro(root, errors);
  const images = listPackImages(root, errors);
  const transport = readTransport(
    root,
    {
      metro,
      sourceIds: new Set(sources.map((located) => located.item.id)),
      entryIds: new Set(entries.map((located) => located.item.id)),
    },
    errors,
  );
  const sim = readSim(root, new Set(sources.map((located) => located.item.id)), errors);
  const tourism = readTourism(root, { metro, imageNames: new Set(images.keys()) }, errors);

  checkUnique(entries, "entries", errors);
  checkUnique(sources, "sources", errors);
  checkUnique(facts, "facts", errors);
  checkReferences(entries, sources, facts, errors);

  if (errors.length > 0 || !manifest || !metro) return { ok: false, errors };
  return {
    ok: true,
    pack: {
      manifest,
      entries: entries.map((located) => located.item),
      sources: sources.map((located) => located.item),
      facts: facts.map((located) => located.item),
      metro,
      transport,
      sim,
      tourism,
      images,
      root,
    },
  };
}

function checkRootNames(root: string, errors: PackError[]): void {
  for (const name of fs.readdirSync(root)) {
    if (!ALLOWED_ROOT.has(name)) {
      errors.push({ file: name, path: "", message: "not part of the pack format (see content/README.md)" });
    }
  }
}

function readList<F, T>(
  root: string,
  folder: string,
  schema: z.ZodType<F>,
  pick: (data: F) => T[],
  key: string,
  errors: PackError[],
): Located<T>[] {
  const out: Located<T>[] = [];
  for (const file of listPackJson(root, folder, errors)) {
    const data = validateFile(schema, readPackJson(root, file, errors), file, errors);
    if (!data) continue;
    pick(data).forEach((item, index) => out.push({ item, file, index }));
  }
  if (out.length === 0 && key === "entries") {
    errors.push({ file: `${folder}/`, path: "", message: "the pack has no knowledge-base entries" });
  }
  return out;
}

function readMetro(root: string, errors: PackError[]): MetroNetwork | undefined {
  const raw = readPackJson(root, METRO_FILE, errors);
  if (raw === undefined) return undefined;
  const parsed = parseMetroNetwork(raw);
  if (parsed.ok) return parsed.network;
  for (const issue of parsed.errors) errors.push({ file: METRO_FILE, path: issue.path, message: issue.message });
  return undefined;
}

function checkUnique<T extends { id: string }>(list: Located<T>[], key: string, errors: PackError[]): void {
  const seen = new Map<string, Located<T>>();
  for (const located of list) {
    const first = seen.get(located.item.id);
    if (first) {
      errors.push({
        file: located.file,
        path: `${key}[${located.index}].id`,
        message: `duplicate id "${located.item.id}" (first in ${first.file})`,
      });
      continue;
    }
    seen.set(located.item.id, located);
  }
}

function checkReferences(
  entries: Located<KbEntry>[],
  sources: Located<Source>[],
  facts: Located<Fact>[],
  errors: PackError[],
): void {
  const sourceIds = new Set(sources.map((located) => located.item.id));
  const factIds = new Set(facts.map((located) => located.item.id));

  for (const { item, file, index } of entries) {
    item.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) errors.push({ file, path: `entries[${index}].sources[${i}]`, message: `unknown source "${id}"` });
    });
    for (const [lang, body] of Object.entries(item.body)) {
      if (typeof body !== "string") continue;
      const found = findFactPlaceholders(body);
      for (const bad of found.malformed) {
        errors.push({ file, path: `entries[${index}].body.${lang}`, message: `malformed placeholder "${bad}"` });
      }
      for (const id of found.ids) {
        if (!factIds.has(id)) errors.push({ file, path: `entries[${index}].body.${lang}`, message: `unknown fact "${id}"` });
      }
    }
  }
  for (const { item, file, index } of facts) {
    item.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) errors.push({ file, path: `facts[${index}].sources[${i}]`, message: `unknown source "${id}"` });
    });
  }
}

export function describePackErrors(errors: PackError[]): string {
  return errors.map((error) => `${error.file}${error.path ? ` ${error.path}` : ""}: ${error.message}`).join("\n");
}

