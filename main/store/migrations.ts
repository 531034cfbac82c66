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
  {
    version: 3,
    name: "staff PIN and lockout, SIM orders, call-staff tickets, feedback, unanswered questions",
    sql: `
      CREATE TABLE staff_pin (
        id INTEGER PRIMARY KEY CHECK (id = 1), hash TEXT NOT NULL, salt TEXT NOT NULL, params TEXT NOT NULL,
        set_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE staff_lockout (
        id INTEGER PRIMARY KEY CHECK (id = 1), failures INTEGER NOT NULL, locks INTEGER NOT NULL,
        locked_until TEXT
      ) STRICT;
      CREATE TABLE sim_order (
        code TEXT PRIMARY KEY, carrier TEXT NOT NULL, plan TEXT NOT NULL, salt TEXT NOT NULL,
        surname_hash TEXT NOT NULL, passport_hash TEXT NOT NULL, arrival_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pre-ordered', 'arrived', 'handed-over')),
        ticket TEXT, imported_at TEXT NOT NULL, updated_at TEXT NOT NULL, arrived_at TEXT, handed_over_at TEXT
      ) STRICT;
      CREATE INDEX sim_order_status ON sim_order (status);
      CREATE TABLE counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT;
      CREATE TABLE staff_ticket (
        id INTEGER PRIMARY KEY, ticket INTEGER NOT NULL, session TEXT NOT NULL, lang TEXT NOT NULL,
        issued_at TEXT NOT NULL, closed_at TEXT
      ) STRICT;
      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, session TEXT NOT NULL, lang TEXT NOT NULL,
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5)
      ) STRICT;
      CREATE INDEX feedback_at ON feedback (at);
      CREATE TABLE unanswered (id INTEGER PRIMARY KEY, at TEXT NOT NULL, lang TEXT NOT NULL, text TEXT NOT NULL) STRICT;
      CREATE INDEX unanswered_at ON unanswered (at);
    `,
  },
  {
    version: 4,
    name: "staff corrections of time-sensitive content facts",
    sql: `
      CREATE TABLE fact_override (
        id TEXT PRIMARY KEY, value TEXT NOT NULL, as_of TEXT NOT NULL, set_at TEXT NOT NULL
      ) STRICT;
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
