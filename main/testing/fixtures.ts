import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ApiMethod, ApiRequest, ApiResponse } from "../api/contract";
import { startCore, type KioskCore } from "../core/kiosk-core";
import type { KioskSettings } from "../core/settings";
import { createMemoryLogger } from "../logging/logger";

export const CONTENT_DIR = path.resolve(__dirname, "../../content");

export function shippedContentDb(): string {
  const file = process.env.KIOSK_TEST_CONTENT_DB;
  if (!file) throw new Error("the unit-test global setup did not build content.db");
  return file;
}

export function makeTempDir(prefix = "kiosk-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestCore {
  core: KioskCore;
  dataDir: string;
  logLines: () => Record<string, unknown>[];
  dispose: () => void;
}

/** A core on a fresh data folder with the shipped content, as each shell would start it. */
export function startTestCore(initialSettings?: Partial<KioskSettings>, dataDir = makeTempDir()): TestCore {
  const { logger, lines } = createMemoryLogger();
  const core = startCore({
    dataDir,
    shippedContent: shippedContentDb(),
    logger,
    ...(initialSettings ? { initialSettings } : {}),
  });
  return {
    core,
    dataDir,
    logLines: lines,
    dispose: () => {
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Calls a method as the IPC bridge would and returns its value; a typed error fails the test. */
export async function callOk<M extends ApiMethod>(core: KioskCore, method: M, request: ApiRequest<M>): Promise<ApiResponse<M>> {
  const result = await core.dispatch(method, request, { transport: "ipc" });
  if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
  return result.value as ApiResponse<M>;
}
