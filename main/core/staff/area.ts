import path from "node:path";
import type Database from "better-sqlite3";
import type { Lang } from "../../api/contract";
import type { SESSION_METHODS } from "../../api/methods/session";
import type { SIM_METHODS } from "../../api/methods/sim";
import type { HandlerTable } from "../../api/dispatcher";
import type { Logger } from "../../logging/logger";
import type { SettingsStore } from "../settings";
import { createSimOrders } from "../sim/orders";
import { listSimPlans } from "../sim/plans";
import { createUsageStore } from "../usage/store";
import type { Clock, StaffAuth } from "./auth";
import { createStaffHandlers, type StaffOwnMethod } from "./handlers";

type AreaMethod = StaffOwnMethod | (typeof SIM_METHODS)[number] | (typeof SESSION_METHODS)[number];

export interface StaffAreaOptions {
  kioskDb: Database.Database;
  /** The running content database; a getter because a pack import may replace it. */
  contentDb: () => Database.Database;
  settings: SettingsStore;
  /** The core's one staff sign-in, shared with the content-pack methods. */
  auth: StaffAuth;
  logger: Logger;
  dataDir: string;
  clock?: Clock;
}

export interface StaffArea {
  auth: StaffAuth;
  handlers: HandlerTable<AreaMethod>;
  /** Called when a knowledge search found nothing, so staff see what the pack lacks. */
  searchMissed(lang: Lang, query: string): void;
  /** Deletes SIM orders, unanswered questions and old usage past their keeping time. */
  purge(): void;
  close(): void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** SIM pickup, anonymous usage and the staff console, sharing one sign-in and one audit log. */
export function createStaffArea(options: StaffAreaOptions): StaffArea {
  const log = options.logger.child("staff");
  const clock = options.clock ?? Date.now;
  const auth = options.auth;
  const orders = createSimOrders(options.kioskDb, options.settings, clock);
  const usage = createUsageStore(options.kioskDb, clock);

  const purge = (): void => {
    const removed = orders.purge();
    usage.purge();
    if (removed > 0) log.info("old SIM orders purged", { removed });
  };
  purge();
  const timer = setInterval(purge, DAY_MS);
  timer.unref();

  const handlers: HandlerTable<AreaMethod> = {
    ...createStaffHandlers({
      db: options.kioskDb,
      auth,
      settings: options.settings,
      orders,
      usage,
      logDir: path.join(options.dataDir, "logs"),
      clock,
    }),
    lookupSimOrder: ({ code, factor }) => orders.lookup(code, factor),
    listSimPlans: ({ lang }) => listSimPlans(options.contentDb(), lang),
    recordUsage: ({ session, event }) => {
      usage.record(session, event);
      return { recorded: true };
    },
    submitFeedback: ({ session, lang, score }) => {
      usage.feedback(session, lang, score);
      return { recorded: true };
    },
    callStaff: ({ session, lang }) => usage.callStaff(session, lang),
    getExchangeRates: () => {
      const current = options.settings.get();
      return { rates: current.exchangeRates, setAt: current.exchangeRatesSetAt };
    },
  };

  return {
    auth,
    handlers,
    searchMissed: (lang, query) => usage.recordUnanswered(lang, query),
    purge,
    close: () => clearInterval(timer),
  };
}
