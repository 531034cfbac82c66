import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Logger } from "../logging/logger";

export interface ContentMeta {
  /** The table layout the database was compiled with (CONTENT_SCHEMA_VERSION). */
  schema: number;
  packId: string;
  version: string;
  title: string;
  published: string;
  languages: string[];
}

export function readContentMeta(db: Database.Database): ContentMeta {
  const rows = db.prepare("SELECT key, value FROM meta").all() as { key: string; value: string }[];
  const meta = new Map(rows.map((row) => [row.key, row.value]));
  return {
    schema: Number(meta.get("schema") ?? "0"),
    packId: meta.get("pack_id") ?? "",
    version: meta.get("version") ?? "",
    title: meta.get("title") ?? "",
    published: meta.get("published") ?? "",
    languages: JSON.parse(meta.get("languages") ?? "[]") as string[],
  };
}

export function openContentDb(file: string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma("query_only = ON");
  return db;
}

/** Compares pack versions of the form 2026.12.1 part by part. */
export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export function contentPaths(dataDir: string): { dir: string; current: string; previous: string } {
  const dir = path.join(dataDir, "content");
  return { dir, current: path.join(dir, "current.db"), previous: path.join(dir, "previous.db") };
}

/**
 * Whether a content database is whole: SQLite's quick check plus the FTS index's own check. A
 * file with an intact header but damaged pages opens fine and only fails later, query by query.
 */
export function isContentDbWhole(file: string): boolean {
  try {
    // Read-write only because FTS5 takes its integrity check as an INSERT; nothing is written.
    const db = new Database(file, { fileMustExist: true });
    try {
      const rows = db.pragma("quick_check") as { quick_check: string }[];
      if (rows.some((row) => row.quick_check !== "ok")) return false;
      db.prepare("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 0)").run();
      return true;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** The pack metadata of a content database file, or undefined when it is missing or unreadable. */
export function readMetaOf(file: string): ContentMeta | undefined {
  try {
    const db = openContentDb(file);
    try {
      return readContentMeta(db);
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

/**
 * Makes sure the data folder holds a content database: the one shipped with this build when
 * there is none yet, when the installed one is unreadable, or when the shipped pack of the same
 * id is newer. A pack that staff imported with a newer version is left in place.
 */
export function installShippedContent(dataDir: string, shipped: string, logger: Logger): string {
  const paths = contentPaths(dataDir);
  fs.mkdirSync(paths.dir, { recursive: true });
  const shippedMeta = readMetaOf(shipped);
  if (!shippedMeta) throw new Error(`the shipped content database ${shipped} cannot be read; run npm run content`);

  if (fs.existsSync(paths.current) && !isContentDbWhole(paths.current)) {
    const movedTo = `${paths.current}.damaged-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    fs.renameSync(paths.current, movedTo);
    logger.error("installed content database failed its integrity check; moved aside", { movedTo });
    if (fs.existsSync(paths.previous) && isContentDbWhole(paths.previous)) {
      fs.copyFileSync(paths.previous, paths.current);
      logger.warn("running the previous content pack instead");
      return paths.current;
    }
  }

  const installed = fs.existsSync(paths.current) ? readMetaOf(paths.current) : undefined;
  if (installed && fs.existsSync(paths.current)) {
    const newer = installed.packId === shippedMeta.packId && compareVersions(shippedMeta.version, installed.version) > 0;
    // previous.db at the shipped version or later means staff rolled back from it on purpose.
    const previous = fs.existsSync(paths.previous) ? readMetaOf(paths.previous) : undefined;
    const rolledBack =
      previous?.packId === shippedMeta.packId && compareVersions(previous.version, shippedMeta.version) >= 0;
    // A database compiled by another build's table layout cannot be queried by this one.
    const sameLayout = installed.schema === shippedMeta.schema;
    if (sameLayout && (!newer || rolledBack)) return paths.current;
    if (!sameLayout) {
      logger.warn("installed content was compiled with another table layout; installing the shipped pack", {
        from: installed.schema,
        to: shippedMeta.schema,
      });
    } else {
      logger.info("installing the newer shipped content pack", { from: installed.version, to: shippedMeta.version });
    }
  } else if (fs.existsSync(paths.current)) {
    logger.error("installed content database is unreadable; reinstalling the shipped pack");
  }

  const temp = `${paths.current}.installing`;
  fs.copyFileSync(shipped, temp);
  if (installed) fs.copyFileSync(paths.current, paths.previous);
  fs.renameSync(temp, paths.current);
  return paths.current;
}
