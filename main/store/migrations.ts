import type Database from "better-sqlite3";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The schema of kiosk.db, one numbered step at a time. A step is never edited once shipped:
 * a change is a new step, so every kiosk in the field reaches the same schema.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "settings and audit log",
    sql: `
      CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 2,
    name: "anonymous usage events",
    sql: `
      CREATE TABLE usage_event (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, session TEXT NOT NULL, kind TEXT NOT NULL,
        lang TEXT, detail TEXT
      ) STRICT;
      CREATE INDEX usage_event_at ON usage_event (at);
    `,
  },
];

export class MigrationError extends Error {}

/** Brings the database up to the newest step; each step and its version bump are one transaction. */
export function runMigrations(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new MigrationError(`migration ${migration.name} is numbered ${migration.version}, expected ${index + 1}`);
    }
  });
  const current = db.pragma("user_version", { simple: true }) as number;
  const newest = migrations.length;
  if (current > newest) {
    throw new MigrationError(`kiosk.db is at schema ${current}, newer than this build (${newest}); refusing to downgrade`);
  }
  const applied: number[] = [];
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}
