import type Database from "better-sqlite3";
import type { FactValue } from "../../content/rich-text";

export interface FactOverride extends FactValue {
  setAt: string;
}

/**
 * Staff corrections of time-sensitive facts (a fee, a limit, a date), kept in kiosk.db so that
 * they survive a restart and a pack update. A correction applies for as long as the running pack
 * still has a fact of that id; a pack without it simply leaves the correction unused.
 */
export interface FactOverrides {
  get(id: string): FactOverride | undefined;
  all(): Map<string, FactOverride>;
  set(id: string, value: string, asOf: string, now?: Date): FactOverride;
  /** Removes a correction; true when there was one. */
  remove(id: string): boolean;
}

export function createFactOverrides(db: Database.Database): FactOverrides {
  const selectOne = db.prepare("SELECT value, as_of AS asOf, set_at AS setAt FROM fact_override WHERE id = ?");
  const selectAll = db.prepare("SELECT id, value, as_of AS asOf, set_at AS setAt FROM fact_override ORDER BY id");
  const upsert = db.prepare(
    "INSERT INTO fact_override (id, value, as_of, set_at) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET value = excluded.value, as_of = excluded.as_of, set_at = excluded.set_at",
  );
  const remove = db.prepare("DELETE FROM fact_override WHERE id = ?");
  return {
    get: (id) => selectOne.get(id) as FactOverride | undefined,
    all: () =>
      new Map(
        (selectAll.all() as (FactOverride & { id: string })[]).map(({ id, ...rest }) => [id, rest] as const),
      ),
    set: (id, value, asOf, now = new Date()) => {
      const setAt = now.toISOString();
      upsert.run(id, value, asOf, setAt);
      return { value, asOf, setAt };
    },
    remove: (id) => remove.run(id).changes > 0,
  };
}
