import { randomUUID } from "node:crypto";
import type Database from "better-sqlite3";
import { isLang, type Lang } from "../api/contract";
import { ApiFailure, createDispatcher, type Dispatch, type Handlers } from "../api/dispatcher";
import type { Logger } from "../logging/logger";
import { installShippedContent, openContentDb, readContentMeta, type ContentMeta } from "../store/content-db";
import { openKioskDb, type OpenedKioskDb } from "../store/kiosk-db";
import { createInquiryService, type FactLookup } from "./inquiry";
import { createSettingsStore, type KioskSettings, type SettingsStore } from "./settings";

export interface CoreOptions {
  dataDir: string;
  /** The content database built from content/ by `npm run content`. */
  shippedContent: string;
  logger: Logger;
  /** Settings applied at start, before any traveller arrives (from flags or the environment). */
  initialSettings?: Partial<KioskSettings>;
}

export interface KioskCore {
  dispatch: Dispatch;
  settings: SettingsStore;
  content(): ContentMeta;
  recovered: OpenedKioskDb["recovered"];
  close(): void;
}

function factLookupOf(db: Database.Database): FactLookup {
  const select = db.prepare("SELECT value, as_of AS asOf FROM fact WHERE id = ?");
  return (id) => select.get(id) as { value: string; asOf: string } | undefined;
}

/** Opens the stores, wires the services and returns the dispatcher both shells call. */
export function startCore(options: CoreOptions): KioskCore {
  const log = options.logger.child("core");
  const kiosk = openKioskDb(options.dataDir, log);
  const settings = createSettingsStore(kiosk.db);
  if (options.initialSettings && Object.keys(options.initialSettings).length > 0) {
    settings.update(options.initialSettings);
  }

  const contentFile = installShippedContent(options.dataDir, options.shippedContent, log);
  const contentDb = openContentDb(contentFile);
  const meta = readContentMeta(contentDb);
  const inquiry = createInquiryService(contentDb, factLookupOf(contentDb));
  log.info("content loaded", { pack: meta.packId, version: meta.version });

  const bootId = randomUUID();
  const offered = (): Lang[] => {
    const packLanguages = new Set(meta.languages);
    return settings.get().languages.filter((lang) => isLang(lang) && packLanguages.has(lang));
  };

  const handlers: Handlers = {
    health: () => ({ status: "ok", bootId, packId: meta.packId, contentVersion: meta.version, languages: offered() }),
    getKioskConfig: () => {
      const current = settings.get();
      const languages = offered();
      return {
        kioskId: current.kioskId,
        terminal: current.terminal,
        languages,
        defaultLanguage: languages.includes(current.defaultLanguage) ? current.defaultLanguage : (languages[0] ?? "en"),
        idleTimeoutSeconds: current.idleTimeoutSeconds,
        idleWarningSeconds: Math.min(current.idleWarningSeconds, current.idleTimeoutSeconds - 5),
        contentVersion: meta.version,
      };
    },
    listCategories: () => inquiry.listCategories(),
    listEntries: ({ lang, category }) => inquiry.listEntries(lang, category),
    searchKnowledge: ({ lang, query, limit }) => inquiry.search(lang, query, limit ?? 20),
    getEntry: ({ lang, id }) => {
      const answer = inquiry.getEntry(lang, id);
      if (!answer) throw new ApiFailure("not_found", `no answer with id ${id}`);
      return answer;
    },
  };

  return {
    dispatch: createDispatcher(handlers, options.logger),
    settings,
    content: () => meta,
    recovered: kiosk.recovered,
    close: () => {
      contentDb.close();
      kiosk.db.close();
    },
  };
}
