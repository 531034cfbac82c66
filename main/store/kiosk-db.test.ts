import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createMemoryLogger } from "../logging/logger";
import { makeTempDir, shippedContentDb, startTestCore } from "../testing/fixtures";
import { installShippedContent, isContentDbWhole } from "./content-db";
import { openKioskDb } from "./kiosk-db";
import { MIGRATIONS, MigrationError, runMigrations } from "./migrations";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = makeTempDir();
  dirs.push(dir);
  return dir;
}

describe("kiosk.db", () => {
  it("is created in WAL mode at the newest schema", () => {
    const dir = tempDir();
    const { logger } = createMemoryLogger();
    const { db, recovered } = openKioskDb(dir, logger);
    expect(recovered).toBeUndefined();
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it("moves a corrupted file aside, logs why, and starts clean", () => {
    const dir = tempDir();
    const file = path.join(dir, "kiosk.db");
    fs.writeFileSync(file, Buffer.concat([Buffer.from("SQLite format 3\0"), Buffer.alloc(4096, 0x5a)]));
    const { logger, lines } = createMemoryLogger();

    const { db, recovered } = openKioskDb(dir, logger);

    expect(recovered?.movedTo).toMatch(/kiosk\.db\.damaged-/);
    expect(fs.existsSync(recovered?.movedTo ?? "")).toBe(true);
    expect(fs.readFileSync(recovered?.movedTo ?? "").subarray(0, 15).toString()).toBe("SQLite format 3");
    const logged = lines().find((line) => line.level === "error");
    expect(logged?.message).toContain("integrity check");
    expect(logged?.reason).toBeTruthy();
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it("moves aside a database whose pages are damaged and keeps the settings of a healthy one", () => {
    const dir = tempDir();
    const first = startTestCore(undefined, dir);
    first.core.settings.update({ idleTimeoutSeconds: 45 });
    first.core.close();

    const reopened = startTestCore(undefined, dir);
    expect(reopened.core.settings.get().idleTimeoutSeconds).toBe(45);
    expect(reopened.core.recovered).toBeUndefined();
    reopened.core.close();

    const file = path.join(dir, "kiosk.db");
    const bytes = fs.readFileSync(file);
    bytes.fill(0xff, 4096, Math.min(bytes.length, 4096 * 3));
    fs.writeFileSync(file, bytes);
    const damaged = startTestCore(undefined, dir);
    expect(damaged.core.recovered?.reason).toBeTruthy();
    expect(damaged.core.settings.get().idleTimeoutSeconds).toBe(90);
    damaged.dispose();
  });
});

describe("migrations", () => {
  it("each step runs once, in order, and a second run changes nothing", () => {
    const db = new Database(":memory:");
    expect(runMigrations(db)).toEqual(MIGRATIONS.map((migration) => migration.version));
    expect(runMigrations(db)).toEqual([]);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    expect(tables.map((row) => (row as { name: string }).name)).toEqual(
      expect.arrayContaining(["setting", "audit_log", "usage_event"]),
    );
  });

  it("a failing step leaves the database at the previous version", () => {
    const db = new Database(":memory:");
    const broken = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: "broken", sql: "CREATE TABLE x (a); SELECT nope FROM nowhere;" }];
    expect(() => runMigrations(db, broken)).toThrow();
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'x'").get()).toEqual({ n: 0 });
  });

  it("refuses to run on a database from a newer build", () => {
    const db = new Database(":memory:");
    db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    expect(() => runMigrations(db)).toThrow(MigrationError);
  });

  it("refuses misnumbered steps", () => {
    const db = new Database(":memory:");
    expect(() => runMigrations(db, [{ version: 2, name: "skips one", sql: "" }])).toThrow(/expected 1/);
  });
});

describe("the installed content database", () => {
  it("is checked at start: damaged pages are moved aside and the shipped pack answers again", () => {
    const dir = tempDir();
    const first = startTestCore(undefined, dir);
    first.core.close();
    const file = path.join(dir, "content", "current.db");
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 8192);
    fs.writeFileSync(file, bytes);

    const { logger, lines } = createMemoryLogger();
    expect(isContentDbWhole(file)).toBe(false);
    installShippedContent(dir, shippedContentDb(), logger);
    expect(isContentDbWhole(file)).toBe(true);
    expect(lines().some((line) => String(line.message).includes("integrity check"))).toBe(true);
    expect(fs.readdirSync(path.join(dir, "content")).some((name) => name.startsWith("current.db.damaged-"))).toBe(true);

    const again = startTestCore(undefined, dir);
    return again.core.dispatch("searchKnowledge", { lang: "en", query: "visa" }, { transport: "ipc" }).then((result) => {
      expect(result.ok).toBe(true);
      again.dispose();
    });
  });
});
