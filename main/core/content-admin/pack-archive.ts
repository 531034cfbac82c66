/**
 * Every content database carries the exact files of the pack it was compiled from, as one ZIP
 * archive, so that staff can export the running pack (or the previous one after a rollback)
 * byte for byte, whichever way it was installed.
 */
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { writeZip, type ZipFile } from "./zip";

export const PACK_ARCHIVE_NAME = "pack.zip";

/** The regular files of a pack folder in a stable order; links and special files are skipped. */
export function packFolderFiles(root: string): ZipFile[] {
  const files: ZipFile[] = [];
  const walk = (relative: string, depth: number): void => {
    if (depth > 6) return;
    const entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const name = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(name, depth + 1);
      else if (entry.isFile()) files.push({ name, data: fs.readFileSync(path.join(root, name)) });
    }
  };
  walk("", 0);
  return files;
}

/** Stores the pack folder as one archive inside a content database being built. */
export function writePackArchive(db: Database.Database, root: string): void {
  db.exec("CREATE TABLE IF NOT EXISTS pack_archive (name TEXT PRIMARY KEY, data BLOB NOT NULL) STRICT");
  db.prepare("INSERT OR REPLACE INTO pack_archive (name, data) VALUES (?, ?)").run(
    PACK_ARCHIVE_NAME,
    writeZip(packFolderFiles(root)),
  );
}

/** The archive a content database was compiled from, or undefined for a database built without it. */
export function readPackArchive(db: Database.Database): Buffer | undefined {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'pack_archive'").get();
  if (!table) return undefined;
  const row = db.prepare("SELECT data FROM pack_archive WHERE name = ?").get(PACK_ARCHIVE_NAME) as
    | { data: Buffer }
    | undefined;
  return row?.data;
}
