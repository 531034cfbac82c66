import type Database from "better-sqlite3";
import type { AuditEntry, CsvTable, StaffSettings } from "../../api/contract";
import type { STAFF_CONTENT_METHODS, STAFF_METHODS } from "../../api/methods/staff";
import { ApiFailure, type HandlerTable } from "../../api/dispatcher";
import type { SettingsStore } from "../settings";
import type { SimOrders } from "../sim/orders";
import { toCsv, type CsvCell } from "../usage/csv-write";
import type { UsageStore } from "../usage/store";
import type { StaffAuth } from "./auth";
import { readLogTail } from "./logs";

export type StaffOwnMethod = Exclude<(typeof STAFF_METHODS)[number], (typeof STAFF_CONTENT_METHODS)[number]>;

export interface StaffDeps {
  db: Database.Database;
  auth: StaffAuth;
  settings: SettingsStore;
  orders: SimOrders;
  usage: UsageStore;
  logDir: string;
  clock?: () => number;
}

function settingsView(settings: SettingsStore): StaffSettings {
  const current = settings.get();
  return { ...current, languages: [...current.languages], exchangeRates: [...current.exchangeRates] };
}

/** Names what changed for the audit log without copying values such as the Wi-Fi password. */
function describePatch(patch: Partial<StaffSettings>): string {
  return Object.keys(patch)
    .map((key) => (key === "wifi" ? "wifi (password not logged)" : key))
    .join(", ");
}

function csvOf(deps: StaffDeps, table: CsvTable): { header: string[]; rows: CsvCell[][] } {
  switch (table) {
    case "sim-orders":
      return {
        header: ["order_code", "carrier", "plan", "status", "ticket", "arrived_at", "handed_over_at"],
        rows: deps.orders
          .exportRows()
          .map((order) => [order.code, order.carrier, order.plan, order.status, order.ticket, order.arrivedAt, order.handedOverAt]),
      };
    case "audit":
      return {
        header: ["at", "actor", "action", "detail"],
        rows: deps.db.prepare("SELECT at, actor, action, detail FROM audit_log ORDER BY id").raw().all() as string[][],
      };
    case "usage":
    case "feedback":
    case "unanswered":
    case "tickets":
      return deps.usage.table(table);
  }
}

/**
 * The staff console's methods. Each one past sign-in checks the token first and writes what it
 * did to the audit log; the content-pack methods come from content-admin.
 */
export function createStaffHandlers(deps: StaffDeps): HandlerTable<StaffOwnMethod> {
  const { auth, settings, orders, usage } = deps;
  const clock = deps.clock ?? Date.now;
  const selectAudit = deps.db.prepare("SELECT at, action, detail FROM audit_log ORDER BY id DESC LIMIT ?");

  return {
    staffStatus: () => auth.status(),
    staffSetupPin: ({ pin }) => auth.setupPin(pin),
    staffLogin: ({ pin }) => auth.login(pin),
    staffLogout: ({ token }) => {
      auth.logout(token);
      return { loggedOut: true };
    },
    staffChangePin: async ({ token, currentPin, newPin }) => {
      await auth.changePin(token, currentPin, newPin);
      return { changed: true };
    },

    staffGetSettings: ({ token }) => {
      auth.requireStaff(token);
      return settingsView(settings);
    },
    staffUpdateSettings: ({ token, patch }) => {
      auth.requireStaff(token);
      const next: Partial<StaffSettings> = { ...patch };
      if (patch.exchangeRates) next.exchangeRatesSetAt = new Date(clock()).toISOString();
      const result = settings.update(next);
      auth.audit("settings.update", describePatch(patch));
      return { ...result };
    },

    staffImportSimOrders: ({ token, fileName, dataBase64 }) => {
      auth.requireStaff(token);
      const bytes = Buffer.from(dataBase64, "base64");
      if (bytes.length > 3 * 1024 * 1024) throw new ApiFailure("too_large", "the file is larger than 3 MB");
      const report = orders.importCsv(bytes);
      const name = fileName.replace(/[^\w.\- ]/g, "_").slice(0, 80);
      auth.audit(
        "sim.import",
        report.errors.length > 0
          ? `${name}: refused, ${report.errors.length} problems`
          : `${name}: ${report.imported} new, ${report.updated} updated, ${report.unchanged} unchanged`,
      );
      return report;
    },
    staffListSimOrders: ({ token, status }) => {
      auth.requireStaff(token);
      return orders.list(status);
    },
    staffHandOverSim: ({ token, code }) => {
      auth.requireStaff(token);
      const order = orders.handOver(code);
      auth.audit("sim.hand-over", `order ${order.code} handed over (ticket ${order.ticket ?? "none"})`);
      return order;
    },

    staffListTickets: ({ token }) => {
      auth.requireStaff(token);
      return usage.listTickets();
    },
    staffCloseTicket: ({ token, ticket }) => {
      auth.requireStaff(token);
      const closed = usage.closeTicket(ticket);
      auth.audit("ticket.close", `ticket ${ticket} closed`);
      return closed;
    },

    staffUsage: ({ token, days }) => {
      auth.requireStaff(token);
      return usage.figures(days);
    },
    staffUnanswered: ({ token }) => {
      auth.requireStaff(token);
      return usage.unanswered();
    },
    staffAuditLog: ({ token, limit }) => {
      auth.requireStaff(token);
      return selectAudit.all(limit ?? 200) as AuditEntry[];
    },

    staffExportCsv: ({ token, table }) => {
      auth.requireStaff(token);
      const { header, rows } = csvOf(deps, table);
      auth.audit("export.csv", `${table}: ${rows.length} rows`);
      const day = new Date(clock()).toISOString().slice(0, 10);
      return { fileName: `${settings.get().kioskId}-${table}-${day}.csv`, csv: toCsv(header, rows) };
    },
    staffExportLogs: ({ token }) => {
      auth.requireStaff(token);
      auth.audit("export.logs", "log files exported");
      const day = new Date(clock()).toISOString().slice(0, 10);
      return { fileName: `${settings.get().kioskId}-logs-${day}.txt`, text: readLogTail(deps.logDir) };
    },
  };
}
