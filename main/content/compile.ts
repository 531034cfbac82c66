import fs from "node:fs";
import Database from "better-sqlite3";
import { LANGUAGES, type Lang } from "../api/contract";
import type { ContentPack } from "./load-pack";
import { writePackArchive } from "../core/content-admin/pack-archive";
import { plainBody } from "./rich-text";
import { indexTokens, languageTag } from "./search-text";
import { SIM_DOCUMENT } from "./sim-schema";
import { TRANSPORT_DOCUMENT } from "./transport-schema";
import { writeTourism } from "./tourism-schema";

/** Bumped whenever the tables change; an installed database of another schema is rebuilt. */
export const CONTENT_SCHEMA_VERSION = 2;

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE kb_entry (
  id TEXT PRIMARY KEY, category TEXT NOT NULL, position INTEGER NOT NULL,
  phones TEXT NOT NULL, sources TEXT NOT NULL, reviewed TEXT NOT NULL
) STRICT;
CREATE TABLE kb_text (
  entry_id TEXT NOT NULL REFERENCES kb_entry(id), lang TEXT NOT NULL,
  title TEXT, body TEXT, keywords TEXT NOT NULL DEFAULT '[]', PRIMARY KEY (entry_id, lang)
) STRICT;
CREATE TABLE source (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, publisher TEXT NOT NULL, url TEXT NOT NULL,
  date TEXT, status TEXT NOT NULL
) STRICT;
CREATE TABLE fact (id TEXT PRIMARY KEY, value TEXT NOT NULL, as_of TEXT NOT NULL, note TEXT) STRICT;
CREATE TABLE document (name TEXT PRIMARY KEY, json TEXT NOT NULL) STRICT;
CREATE TABLE image (name TEXT PRIMARY KEY, data BLOB NOT NULL) STRICT;
CREATE VIRTUAL TABLE search_index USING fts5(
  kind UNINDEXED, ref UNINDEXED, lang UNINDEXED, title, body, keywords, langtag,
  tokenize = 'unicode61 remove_diacritics 2'
);
`;

/**
 * Compiles a validated pack into a new content database at `target`. The file is written beside
 * the target and renamed into place only when complete and synced, so a crash never leaves a
 * half-built database where the kiosk would open it.
 */
export function compileContentPack(pack: ContentPack, target: string): void {
  const temp = `${target}.building-${process.pid}`;
  fs.rmSync(temp, { force: true });
  const db = new Database(temp);
  try {
    db.pragma("journal_mode = DELETE");
    db.exec(SCHEMA);
    db.transaction(() => writePack(db, pack))();
    db.exec("INSERT INTO search_index(search_index) VALUES ('optimize')");
  } finally {
    db.close();
  }
  const handle = fs.openSync(temp, "r");
  fs.fsyncSync(handle);
  fs.closeSync(handle);
  fs.renameSync(temp, target);
}

function writePack(db: Database.Database, pack: ContentPack): void {
  const meta = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
  meta.run("schema", String(CONTENT_SCHEMA_VERSION));
  meta.run("pack_id", pack.manifest.id);
  meta.run("version", pack.manifest.version);
  meta.run("title", pack.manifest.title);
  meta.run("published", pack.manifest.published);
  meta.run("languages", JSON.stringify(packLanguages(pack)));

  const facts = new Map(pack.facts.map((fact) => [fact.id, fact]));
  const insertFact = db.prepare("INSERT INTO fact (id, value, as_of, note) VALUES (?, ?, ?, ?)");
  for (const fact of pack.facts) insertFact.run(fact.id, fact.value, fact.asOf, fact.note ?? null);

  const insertSource = db.prepare(
    "INSERT INTO source (id, title, publisher, url, date, status) VALUES (?, ?, ?, ?, ?, ?)",
  );
  for (const source of pack.sources) {
    insertSource.run(source.id, source.title, source.publisher, source.url, source.date, source.status);
  }

  const insertEntry = db.prepare(
    "INSERT INTO kb_entry (id, category, position, phones, sources, reviewed) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const insertText = db.prepare("INSERT INTO kb_text (entry_id, lang, title, body, keywords) VALUES (?, ?, ?, ?, ?)");
  const insertIndex = db.prepare(
    "INSERT INTO search_index (kind, ref, lang, title, body, keywords, langtag) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const lookup = (id: string): { value: string; asOf: string } | undefined => {
    const fact = facts.get(id);
    return fact ? { value: fact.value, asOf: fact.asOf } : undefined;
  };

  pack.entries.forEach((entry, position) => {
    insertEntry.run(
      entry.id,
      entry.category,
      position,
      JSON.stringify(entry.phones ?? []),
      JSON.stringify(entry.sources),
      entry.reviewed,
    );
    for (const lang of LANGUAGES) {
      const title = entry.title[lang];
      const body = entry.body[lang];
      const keywords = entry.keywords?.[lang] ?? [];
      if (title || body) insertText.run(entry.id, lang, title ?? null, body ?? null, JSON.stringify(keywords));
      if (!title && !body && keywords.length === 0) continue;
      insertIndex.run(
        "kb",
        entry.id,
        lang,
        indexTokens(title ?? ""),
        indexTokens(body ? plainBody(body, lookup) : ""),
        indexTokens(keywords.join(" ")),
        languageTag(lang),
      );
    }
  });

  db.prepare("INSERT INTO document (name, json) VALUES (?, ?)").run("metro", JSON.stringify(pack.metro));
  db.prepare("INSERT INTO document (name, json) VALUES (?, ?)").run(TRANSPORT_DOCUMENT, JSON.stringify(pack.transport));
  db.prepare("INSERT INTO document (name, json) VALUES (?, ?)").run(SIM_DOCUMENT, JSON.stringify(pack.sim));
  writeTourism(db, pack.tourism);
  const insertImage = db.prepare("INSERT INTO image (name, data) VALUES (?, ?)");
  for (const [name, file] of pack.images) insertImage.run(name, fs.readFileSync(file));
  if (pack.root) writePackArchive(db, pack.root);
}

/** Languages in which the pack has every entry's title. */
function packLanguages(pack: ContentPack): Lang[] {
  return LANGUAGES.filter((lang) => pack.entries.every((entry) => entry.title[lang] !== undefined));
}
