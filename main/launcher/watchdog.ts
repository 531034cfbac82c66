import type { ChildProcess } from "node:child_process";
import type { Logger } from "../logging/logger";
import { killGroup } from "./supervise";

/** The header that carries the launcher's secret to the server's internal heartbeat route. */
export const SUPERVISOR_HEADER = "x-kiosk-supervisor";
/** The environment variable that hands the secret to the server child. */
export const SUPERVISOR_TOKEN_ENV = "KIOSK_SUPERVISOR_TOKEN";
export const HEARTBEAT_PATH = "/internal/heartbeat";

export const DEFAULT_HANG_MS = 60_000;
export const DEFAULT_CHECK_MS = 10_000;

/**
 * The kiosk page asks the core for its health every few seconds (use-service-watch.ts); the
 * server notes when it last did. A page that has been silent for `hangMs` (counted from the last
 * call, or from the moment the browser or the server started, whichever is latest) is hung.
 */
export function isPageSilent(input: { lastHeartbeatAt: number | null; browserStartedAt: number; serverReadyAt: number; now: number; hangMs: number }): boolean {
  const since = Math.max(input.lastHeartbeatAt ?? 0, input.browserStartedAt, input.serverReadyAt);
  return input.now - since > input.hangMs;
}

/** Reads a duration in milliseconds from the environment, for the tests that shorten it. */
export function durationFromEnv(value: string | undefined, fallback: number, min: number): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > 3_600_000) throw new Error(`a watchdog duration must be a whole number of milliseconds from ${min}, got "${value}"`);
  return parsed;
}

export interface WatchdogOptions {
  /** The server's origin once it has said it is ready. */
  serverUrl: () => string | null;
  serverReadyAt: () => number;
  token: string;
  browser: () => { child: ChildProcess; startedAt: number } | undefined;
  hangMs: number;
  checkMs: number;
  logger: Logger;
}

async function readHeartbeat(url: string, token: string): Promise<number | null | undefined> {
  try {
    const response = await fetch(`${url}${HEARTBEAT_PATH}`, { headers: { [SUPERVISOR_HEADER]: token }, signal: AbortSignal.timeout(2000) });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { lastHeartbeatAt?: unknown };
    return typeof body.lastHeartbeatAt === "number" ? body.lastHeartbeatAt : null;
  } catch {
    return undefined;
  }
}

/**
 * Restarts a browser whose page has stopped talking to the core: a hang that does not crash the
 * process would otherwise leave a frozen screen in the hall. Killing it hands the restart to the
 * browser's supervisor, and the fresh page opens on the attract screen. When the server does not
 * answer (it is itself restarting) nothing is decided.
 */
export function startHeartbeatWatchdog(options: WatchdogOptions): () => void {
  let checking = false;
  const timer = setInterval(() => {
    const url = options.serverUrl();
    const browser = options.browser();
    if (!url || !browser || checking) return;
    checking = true;
    void readHeartbeat(url, options.token)
      .then((lastHeartbeatAt) => {
        if (lastHeartbeatAt === undefined || options.browser()?.child !== browser.child) return;
        const silent = isPageSilent({ lastHeartbeatAt, browserStartedAt: browser.startedAt, serverReadyAt: options.serverReadyAt(), now: Date.now(), hangMs: options.hangMs });
        if (!silent) return;
        options.logger.error("kiosk page silent; restarting the browser", { pid: browser.child.pid ?? null, hangMs: options.hangMs });
        killGroup(browser.child.pid, "SIGKILL");
      })
      .finally(() => {
        checking = false;
      });
  }, options.checkMs);
  timer.unref();
  return () => clearInterval(timer);
}
