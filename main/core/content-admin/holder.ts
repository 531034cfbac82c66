import type Database from "better-sqlite3";
import type { FactValue } from "../../content/rich-text";
import { openContentDb, readContentMeta, type ContentMeta } from "../../store/content-db";
import type { FactLookup } from "../inquiry";
import type { FactOverrides } from "./fact-overrides";

export type { FactLookup };

/** Builds a service from one content database; called again after every swap. */
export type ContentBuild<T> = (db: Database.Database, facts: FactLookup) => T;

/** A content database opened and with every service built, waiting to replace the running one. */
export interface PreparedContent {
  meta: ContentMeta;
  /** Makes the prepared content the running one and closes the old database. Never throws. */
  commit(): void;
  /** Drops the prepared content; the running one is untouched. */
  abort(): void;
}

/**
 * The running content database and everything built from it. Services never keep the database
 * themselves: they register a build with `derive` and ask the returned getter for the current
 * instance on each call, so that a pack import or rollback swaps all of them at once without a
 * restart. A swap first builds every service on the new database; if any build fails, the
 * running content stays as it was.
 */
export interface ContentHolder {
  db(): Database.Database;
  meta(): ContentMeta;
  /** Fact values as travellers see them: a staff correction first, then the pack's value. */
  facts: FactLookup;
  derive<T>(build: ContentBuild<T>): () => T;
  /**
   * Like `derive`, but returns an object of the service's own type whose every method call goes
   * to the instance built on the current database, so existing call sites need no change.
   */
  service<T extends object>(build: ContentBuild<T>): T;
  /** Opens `file` and builds every registered service on it, without swapping yet. */
  prepare(file: string): PreparedContent;
  close(): void;
}

/** The lookup of fact values in one content database, with staff corrections consulted first. */
export function factLookupOf(db: Database.Database, overrides?: FactOverrides): FactLookup {
  const select = db.prepare("SELECT value, as_of AS asOf FROM fact WHERE id = ?");
  return (id) => {
    const own = select.get(id) as FactValue | undefined;
    if (!own) return undefined;
    const corrected = overrides?.get(id);
    return corrected ? { value: corrected.value, asOf: corrected.asOf } : own;
  };
}

interface Slot {
  db: Database.Database;
  meta: ContentMeta;
  facts: FactLookup;
  built: Map<number, unknown>;
}

export function createContentHolder(file: string, overrides?: FactOverrides): ContentHolder {
  const builds: ContentBuild<unknown>[] = [];

  const openSlot = (path: string): Slot => {
    const db = openContentDb(path);
    try {
      return { db, meta: readContentMeta(db), facts: factLookupOf(db, overrides), built: new Map() };
    } catch (error) {
      db.close();
      throw error;
    }
  };

  let slot = openSlot(file);

  const build = (target: Slot, index: number): unknown => {
    if (!target.built.has(index)) target.built.set(index, builds[index]?.(target.db, target.facts));
    return target.built.get(index);
  };

  const derive = <T>(make: ContentBuild<T>): (() => T) => {
    const index = builds.push(make) - 1;
    return () => build(slot, index) as T;
  };

  return {
    db: () => slot.db,
    meta: () => slot.meta,
    facts: (id) => slot.facts(id),
    derive,
    service<T extends object>(make: ContentBuild<T>): T {
      const current = derive(make);
      return new Proxy({} as T, {
        get(_target, property) {
          const instance = current();
          const value: unknown = Reflect.get(instance, property);
          return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(instance) : value;
        },
      });
    },
    prepare(path) {
      const next = openSlot(path);
      try {
        builds.forEach((_make, index) => build(next, index));
      } catch (error) {
        next.db.close();
        throw error;
      }
      let settled = false;
      return {
        meta: next.meta,
        commit: () => {
          if (settled) return;
          settled = true;
          const old = slot;
          slot = next;
          old.db.close();
        },
        abort: () => {
          if (settled) return;
          settled = true;
          next.db.close();
        },
      };
    },
    close: () => slot.db.close(),
  };
}
