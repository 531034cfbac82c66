import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { MIGRATIONS, runMigrations } from "./migrations";

describe("migration 3: staff, SIM orders, tickets, feedback, unanswered questions", () => {
  it("adds its tables to a database at schema 2 and keeps the rows already there", () => {
    const db = new Database(":memory:");
    runMigrations(db, MIGRATIONS.slice(0, 2));
    db.prepare("INSERT INTO usage_event (at, session, kind) VALUES ('2026-12-01T00:00:00Z', 's1', 'session-start')").run();

    expect(runMigrations(db, MIGRATIONS.slice(0, 3))).toEqual([3]);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name);
    expect(tables).toEqual(expect.arrayContaining(["staff_pin", "staff_lockout", "sim_order", "counter", "staff_ticket", "feedback", "unanswered"]));
    expect(db.prepare("SELECT count(*) AS n FROM usage_event").get()).toEqual({ n: 1 });
  });

  it("allows one PIN row only, known order statuses and scores from 1 to 5", () => {
    const db = new Database(":memory:");
    runMigrations(db, MIGRATIONS.slice(0, 3));
    expect(() => db.prepare("INSERT INTO staff_pin (id, hash, salt, params, set_at) VALUES (2, 'h', 's', '{}', 'now')").run()).toThrow();
    expect(() =>
      db
        .prepare(
          "INSERT INTO sim_order (code, carrier, plan, salt, surname_hash, passport_hash, arrival_date, status, imported_at, updated_at) VALUES ('A1', 'c', 'p', 's', 'h', 'h', '2026-12-01', 'lost', 'now', 'now')",
        )
        .run(),
    ).toThrow();
    expect(() => db.prepare("INSERT INTO feedback (at, session, lang, score) VALUES ('now', 's', 'en', 6)").run()).toThrow();
  });
});
