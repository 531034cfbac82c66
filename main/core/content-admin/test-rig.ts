/** A small core for the content-admin tests: real stores, real staff sign-in, real dispatcher. */
import fs from "node:fs";
import type Database from "better-sqlite3";
import type { SearchResults } from "../../api/contract";
import { ApiFailure, createDispatcher, type Dispatch } from "../../api/dispatcher";
import { createMemoryLogger } from "../../logging/logger";
import { installShippedContent } from "../../store/content-db";
import { openKioskDb } from "../../store/kiosk-db";
import { CONTENT_DIR, makeTempDir, shippedContentDb } from "../../testing/fixtures";
import { createInquiryService } from "../inquiry";
import { createSettingsStore } from "../settings";
import { createStaffAuth } from "../staff/auth";
import { createFactOverrides, type FactOverrides } from "./fact-overrides";
import { createContentAdminHandlers } from "./handlers";
import { createContentHolder, type ContentHolder } from "./holder";
import { packFolderFiles } from "./pack-archive";
import { createPackStore, type InstallStep, type PackStore } from "./pack-store";
import { writeZip, type ZipFile } from "./zip";

export interface Rig {
  dataDir: string;
  kioskDb: Database.Database;
  holder: ContentHolder;
  packs: PackStore;
  overrides: FactOverrides;
  dispatch: Dispatch;
  token: string;
  /** Calls a method and returns its value, throwing on an error envelope. */
  call<T>(method: string, body: Record<string, unknown>): Promise<T>;
  search(query: string, lang?: string): Promise<SearchResults>;
  close(): void;
}

export async function startRig(
  options: { dataDir?: string; shipped?: string; afterStep?: (step: InstallStep) => void } = {},
): Promise<Rig> {
  const dataDir = options.dataDir ?? makeTempDir("content-admin-");
  const { logger } = createMemoryLogger();
  const kiosk = openKioskDb(dataDir, logger);
  const settings = createSettingsStore(kiosk.db);
  const file = installShippedContent(dataDir, options.shipped ?? shippedContentDb(), logger);
  const overrides = createFactOverrides(kiosk.db);
  const holder = createContentHolder(file, overrides);
  const inquiry = holder.service((db, facts) => createInquiryService(db, facts));
  const auth = createStaffAuth(kiosk.db, settings, logger);
  const packs = createPackStore({
    dataDir,
    holder,
    logger,
    ...(options.afterStep ? { afterStep: options.afterStep } : {}),
  });
  const dispatch = createDispatcher(
    {
      ...createContentAdminHandlers({ auth, holder, packs, overrides, today: () => "2026-12-04" }),
      searchKnowledge: ({ lang, query, limit }) => inquiry.search(lang, query, limit ?? 20),
      getEntry: ({ lang, id }) => {
        const answer = inquiry.getEntry(lang, id);
        if (!answer) throw new ApiFailure("not_found", id);
        return answer;
      },
    },
    logger,
  );
  const status = auth.status();
  const token = status.pinSet ? (await auth.login("246810")).token : (await auth.setupPin("246810")).token;
  const call = async <T>(method: string, body: Record<string, unknown>): Promise<T> => {
    const result = await dispatch(method, body, { transport: "ipc" });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
  return {
    dataDir,
    kioskDb: kiosk.db,
    holder,
    packs,
    overrides,
    dispatch,
    token,
    call,
    search: (query, lang = "en") => call<SearchResults>("searchKnowledge", { lang, query }),
    close: () => {
      holder.close();
      kiosk.db.close();
    },
  };
}

/** The shipped pack's files, keyed by path, for a test to change before zipping. */
export type PackFiles = Map<string, Buffer>;

let shipped: ZipFile[] | undefined;

export function shippedPackFiles(): PackFiles {
  shipped ??= packFolderFiles(CONTENT_DIR);
  return new Map(shipped.map((file) => [file.name, Buffer.from(file.data)]));
}

export function editJson(files: PackFiles, name: string, edit: (data: Record<string, unknown>) => void): void {
  const raw = files.get(name);
  if (!raw) throw new Error(`the test pack has no ${name}`);
  const data = JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
  edit(data);
  files.set(name, Buffer.from(JSON.stringify(data, null, 2)));
}

/** The shipped pack with a newer version, after `edit`, as a zip. */
export function packZip(edit: (files: PackFiles) => void = () => undefined, version = "2026.12.2"): Buffer {
  const files = shippedPackFiles();
  editJson(files, "pack.json", (manifest) => {
    manifest.version = version;
  });
  edit(files);
  return writeZip([...files].map(([name, data]) => ({ name, data })));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
