import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Logger } from "../logging/logger";
import { runMigrations } from "./migrations";

export interface OpenedKioskDb {
  db: Database.Database;
  /** Set when the file on disk was damaged and moved aside at start-up. */
  recovered?: { movedTo: string; reason: string };
}

function checkIntegrity(file: string): string | undefined {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    const problems = rows.map((row) => row.integrity_check).filter((line) => line !== "ok");
    return problems.length > 0 ? problems.slice(0, 3).join("; ") : undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

function moveAside(file: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const target = `${file}.damaged-${stamp}`;
  fs.renameSync(file, target);
  for (const suffix of ["-wal", "-shm"]) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}

/**
 * Opens kiosk.db in the data folder. A file that fails SQLite's integrity check is moved aside
 * (kept, never deleted, so staff can send it for recovery) and a new one is started; the reason
 * is logged and returned so that the staff console can show it.
 */
export function openKioskDb(dataDir: string, logger: Logger): OpenedKioskDb {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "kiosk.db");
  let recovered: OpenedKioskDb["recovered"];

  if (fs.existsSync(file)) {
    const reason = checkIntegrity(file);
    if (reason) {
      const movedTo = moveAside(file);
      recovered = { movedTo, reason };
      logger.error("kiosk.db failed its integrity check; moved aside and starting a new one", {
        reason,
        movedTo,
      });
    }
  }

  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 2000");
  const applied = runMigrations(db);
  if (applied.length > 0) logger.info("kiosk.db migrated", { to: applied[applied.length - 1] });
  return recovered ? { db, recovered } : { db };
}
