import { randomBytes, timingSafeEqual } from "node:crypto";
import type Database from "better-sqlite3";
import type { ImportReport, SimOrderView, SimPickup } from "../../api/contract";
import { ApiFailure } from "../../api/dispatcher";
import type { SettingsStore } from "../settings";
import type { Clock } from "../staff/auth";
import { decodeCsvBytes, parseCsv } from "./csv-read";
import { hashFactor, normaliseCode, normaliseLast4, normaliseSurname, readOrderRows, type OrderRow } from "./order-rows";

/** Guessing guard: this many lookups that find nothing within the window lock lookups. */
export const LOOKUP_FAILURES_ALLOWED = 5;
export const LOOKUP_WINDOW_MS = 10 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

interface StoredOrder {
  code: string;
  carrier: string;
  plan: string;
  salt: string;
  surnameHash: string;
  passportHash: string;
  arrivalDate: string;
  status: SimOrderView["status"];
  ticket: string | null;
  arrivedAt: string | null;
  handedOverAt: string | null;
}

export interface SimOrders {
  importCsv(bytes: Uint8Array): ImportReport;
  lookup(code: string, factor: string): SimPickup;
  list(status?: SimOrderView["status"]): SimOrderView[];
  handOver(code: string): SimOrderView;
  /** Deletes orders simPurgeDays after hand-over, or after the arrival date when never collected. */
  purge(): number;
  /** Every order for the CSV export: no hashes, no personal data. */
  exportRows(): SimOrderView[];
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

function view(order: StoredOrder): SimOrderView {
  return {
    code: order.code,
    carrier: order.carrier,
    plan: order.plan,
    status: order.status,
    ticket: order.ticket,
    arrivedAt: order.arrivedAt,
    handedOverAt: order.handedOverAt,
  };
}

const COLUMNS = `code, carrier, plan, salt, surname_hash AS surnameHash, passport_hash AS passportHash,
  arrival_date AS arrivalDate, status, ticket, arrived_at AS arrivedAt, handed_over_at AS handedOverAt`;

export function createSimOrders(db: Database.Database, settings: SettingsStore, clock: Clock = Date.now): SimOrders {
  const selectOne = db.prepare(`SELECT ${COLUMNS} FROM sim_order WHERE code = ?`);
  const selectAll = db.prepare(`SELECT ${COLUMNS} FROM sim_order ORDER BY arrival_date, code`);
  const selectByStatus = db.prepare(`SELECT ${COLUMNS} FROM sim_order WHERE status = ? ORDER BY arrived_at, arrival_date, code`);
  const insert = db.prepare(
    `INSERT INTO sim_order (code, carrier, plan, salt, surname_hash, passport_hash, arrival_date, status, imported_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'pre-ordered', ?, ?)`,
  );
  const update = db.prepare(
    "UPDATE sim_order SET carrier = ?, plan = ?, salt = ?, surname_hash = ?, passport_hash = ?, arrival_date = ?, updated_at = ? WHERE code = ?",
  );
  const markArrived = db.prepare("UPDATE sim_order SET status = 'arrived', ticket = ?, arrived_at = ?, updated_at = ? WHERE code = ?");
  const markHanded = db.prepare(
    "UPDATE sim_order SET status = 'handed-over', handed_over_at = ?, updated_at = ? WHERE code = ?",
  );
  const nextCounter = db.prepare(
    "INSERT INTO counter (name, value) VALUES ('sim-ticket', 1) ON CONFLICT(name) DO UPDATE SET value = value % 9999 + 1 RETURNING value",
  );
  const purgeHanded = db.prepare("DELETE FROM sim_order WHERE status = 'handed-over' AND handed_over_at < ?");
  const purgeStale = db.prepare("DELETE FROM sim_order WHERE status <> 'handed-over' AND arrival_date < ?");
  const failures: number[] = [];

  const nowIso = (): string => new Date(clock()).toISOString();

  const isUnchanged = (stored: StoredOrder, order: OrderRow): boolean =>
    stored.carrier === order.carrier &&
    stored.plan === order.plan &&
    stored.arrivalDate === order.arrivalDate &&
    sameHash(stored.surnameHash, hashFactor(stored.salt, order.surname)) &&
    sameHash(stored.passportHash, hashFactor(stored.salt, order.passportLast4));

  const write = db.transaction((orders: OrderRow[]): ImportReport => {
    const report: ImportReport = { imported: 0, updated: 0, unchanged: 0, errors: [] };
    const now = nowIso();
    for (const order of orders) {
      const stored = selectOne.get(order.code) as StoredOrder | undefined;
      if (stored && isUnchanged(stored, order)) {
        report.unchanged += 1;
        continue;
      }
      const salt = randomBytes(16).toString("hex");
      const hashes = [hashFactor(salt, order.surname), hashFactor(salt, order.passportLast4)] as const;
      if (stored) {
        update.run(order.carrier, order.plan, salt, ...hashes, order.arrivalDate, now, order.code);
        report.updated += 1;
      } else {
        insert.run(order.code, order.carrier, order.plan, salt, ...hashes, order.arrivalDate, now, now);
        report.imported += 1;
      }
    }
    return report;
  });

  const recentFailures = (): number => {
    const since = clock() - LOOKUP_WINDOW_MS;
    while (failures.length > 0 && (failures[0] ?? 0) < since) failures.shift();
    return failures.length;
  };

  const arrive = db.transaction((code: string): void => {
    const row = nextCounter.get() as { value: number };
    const now = nowIso();
    markArrived.run(`S-${String(row.value).padStart(4, "0")}`, now, now, code);
  });

  const pickup = (order: StoredOrder): SimPickup => {
    if (order.status === "pre-ordered") arrive(order.code);
    const current = selectOne.get(order.code) as StoredOrder;
    return {
      ticket: current.ticket ?? "",
      carrier: current.carrier,
      plan: current.plan,
      counter: settings.get().simCounter,
      status: current.status === "handed-over" ? "handed-over" : "arrived",
    };
  };

  return {
    importCsv: (bytes) => {
      const decoded = decodeCsvBytes(bytes);
      if (!decoded.ok) return { imported: 0, updated: 0, unchanged: 0, errors: decoded.errors };
      const parsed = parseCsv(decoded.text);
      const { orders, errors } = readOrderRows(parsed.rows);
      const all = [...parsed.errors, ...errors].sort((a, b) => a.row - b.row).slice(0, 500);
      // Nothing is half-imported: one bad row and the whole file waits for a corrected export.
      if (all.length > 0) return { imported: 0, updated: 0, unchanged: 0, errors: all };
      return write(orders);
    },

    lookup: (code, factor) => {
      if (recentFailures() >= LOOKUP_FAILURES_ALLOWED) {
        throw new ApiFailure("rate_limited", "too many order look-ups did not match; try again in 10 minutes or ask at the counter");
      }
      const stored = selectOne.get(normaliseCode(code)) as StoredOrder | undefined;
      const salt = stored?.salt ?? "no-such-order";
      const surname = hashFactor(salt, normaliseSurname(factor));
      const last4 = hashFactor(salt, normaliseLast4(factor));
      const matches =
        stored !== undefined &&
        ((normaliseSurname(factor) !== "" && sameHash(stored.surnameHash, surname)) || sameHash(stored.passportHash, last4));
      if (!stored || !matches) {
        failures.push(clock());
        // The same answer for an unknown code and a wrong second factor: no hint which was wrong.
        throw new ApiFailure("not_found", "no order matches this code and second factor");
      }
      return pickup(stored);
    },

    list: (status) => {
      const rows = (status ? selectByStatus.all(status) : selectAll.all()) as StoredOrder[];
      return rows.map(view);
    },

    handOver: (code) => {
      const stored = selectOne.get(normaliseCode(code)) as StoredOrder | undefined;
      if (!stored) throw new ApiFailure("not_found", `there is no order ${code}`);
      if (stored.status !== "handed-over") markHanded.run(nowIso(), nowIso(), stored.code);
      return view(selectOne.get(stored.code) as StoredOrder);
    },

    purge: () => {
      const days = settings.get().simPurgeDays;
      const cutoff = new Date(clock() - days * DAY_MS);
      return db.transaction(() => {
        const handed = purgeHanded.run(cutoff.toISOString()).changes;
        const stale = purgeStale.run(cutoff.toISOString().slice(0, 10)).changes;
        return handed + stale;
      })();
    },

    exportRows: () => (selectAll.all() as StoredOrder[]).map(view),
  };
}
