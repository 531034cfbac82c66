import { randomUUID } from "node:crypto";
import { isLang, type Lang } from "../api/contract";
import { ApiFailure, createDispatcher, type Dispatch, type Handlers } from "../api/dispatcher";
import type { Logger } from "../logging/logger";
import { installShippedContent, type ContentMeta } from "../store/content-db";
import { openKioskDb, type OpenedKioskDb } from "../store/kiosk-db";
import { createChineseSuggester } from "./chinese-suggest";
import { createFactOverrides } from "./content-admin/fact-overrides";
import { createContentAdminHandlers } from "./content-admin/handlers";
import { createContentHolder, type ContentHolder } from "./content-admin/holder";
import { createPackStore } from "./content-admin/pack-store";
import { createHandoffArea, type HandoffArea } from "./handoff/area";
import { createInquiryService } from "./inquiry";
import { createSettingsStore, type KioskSettings, type SettingsStore } from "./settings";
import { createStaffArea } from "./staff/area";
import { createStaffAuth } from "./staff/auth";
import { createTourismHandlers } from "./tourism/handlers";
import { createTourismService, type ContentImage } from "./tourism/service";
import { createTransportHandlers } from "./transport/handlers";
import { createTransportService } from "./transport/service";

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
  handoff: Pick<HandoffArea, "setShellOrigin" | "phoneContentJson">;
  /** A picture of the running content pack, for GET /content-images/<name>; undefined if unknown. */
  contentImage(name: string): ContentImage | undefined;
  close(): void;
}

export type { ContentHolder };

/** How many attractions a knowledge search shows before the answers. */
const ATTRACTION_SEARCH_HITS = 3;

/** Opens the stores, wires the services and returns the dispatcher both shells call. */
export function startCore(options: CoreOptions): KioskCore {
  const log = options.logger.child("core");
  const kiosk = openKioskDb(options.dataDir, log);
  const settings = createSettingsStore(kiosk.db);
  if (options.initialSettings && Object.keys(options.initialSettings).length > 0) {
    settings.update(options.initialSettings);
  }

  const contentFile = installShippedContent(options.dataDir, options.shippedContent, log);
  // Staff can replace the content database while the kiosk runs (pack import, rollback): every
  // service built from it is registered with the holder, which rebuilds them all on a swap.
  // Ask `content.meta()` / `content.db()` on each call; never keep them in a variable.
  const factOverrides = createFactOverrides(kiosk.db);
  const content = createContentHolder(contentFile, factOverrides);
  const inquiry = content.service((db, facts) => createInquiryService(db, facts));
  const chinese = content.service((db) => createChineseSuggester(db));
  const transport = content.service((db) => createTransportService({ contentDb: db, terminal: () => settings.get().terminal }));
  const tourism = content.service((db) => createTourismService(db));
  log.info("content loaded", { pack: content.meta().packId, version: content.meta().version });
  // The one staff sign-in of this core; every staff area checks tokens against it.
  const staffAuth = createStaffAuth(kiosk.db, settings, options.logger);
  const packs = createPackStore({ dataDir: options.dataDir, holder: content, logger: options.logger });

  const bootId = randomUUID();
  const offered = (): Lang[] => {
    const packLanguages = new Set(content.meta().languages);
    return settings.get().languages.filter((lang) => isLang(lang) && packLanguages.has(lang));
  };

  const handoff = createHandoffArea({
    settings,
    contentDb: () => content.db(),
    facts: content.facts,
    contentVersion: () => content.meta().version,
    dispatch: (method, body, context) => dispatch(method, body, context),
  });

  const staff = createStaffArea({
    kioskDb: kiosk.db,
    contentDb: () => content.db(),
    settings,
    auth: staffAuth,
    logger: options.logger,
    dataDir: options.dataDir,
  });

  const handlers: Handlers = {
    ...handoff.handlers,
    ...staff.handlers,
    health: () => ({
      status: "ok",
      bootId,
      packId: content.meta().packId,
      contentVersion: content.meta().version,
      languages: offered(),
    }),
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
        contentVersion: content.meta().version,
      };
    },
    listCategories: () => inquiry.listCategories(),
    listEntries: ({ lang, category }) => inquiry.listEntries(lang, category),
    searchKnowledge: ({ lang, query, limit }) => {
      const answers = inquiry.search(lang, query, limit ?? 20);
      // Places whose name matches come first (a few at most), then the answers.
      const places = tourism.search(lang, query, ATTRACTION_SEARCH_HITS);
      const found = { ...answers, hits: [...places, ...answers.hits].slice(0, limit ?? 20) };
      if (found.hits.length === 0 && query.trim() !== "") staff.searchMissed(lang, query);
      return found;
    },
    getEntry: ({ lang, id }) => {
      const answer = inquiry.getEntry(lang, id);
      if (!answer) throw new ApiFailure("not_found", `no answer with id ${id}`);
      return answer;
    },
    suggestChinese: ({ pinyin }) => chinese.suggest(pinyin),
    ...createTransportHandlers(transport),
    ...createTourismHandlers(tourism),
    ...createContentAdminHandlers({ auth: staffAuth, holder: content, packs, overrides: factOverrides }),
  };

  const dispatch = createDispatcher(handlers, options.logger);
  return {
    dispatch,
    handoff,
    settings,
    content: () => content.meta(),
    contentImage: (name) => tourism.image(name),
    recovered: kiosk.recovered,
    close: () => {
      staff.close();
      content.close();
      kiosk.db.close();
    },
  };
}
