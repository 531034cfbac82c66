import fs from "node:fs";
import path from "node:path";
import { app, session, type BrowserWindow, type Input, type WebContents } from "electron";
import type { Logger } from "../logging/logger";

/** The origin the kiosk pages are served from inside Electron (see protocol.ts). */
export const KIOSK_ORIGIN = "app://kiosk";

export function isKioskUrl(url: string): boolean {
  try {
    return new URL(url).origin === KIOSK_ORIGIN || url.startsWith(`${KIOSK_ORIGIN}/`);
  } catch {
    return false;
  }
}

function protocolOf(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return "invalid";
  }
}

/** Blocks camera, microphone, location, notifications and every other permission prompt. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setDevicePermissionHandler(() => false);
}

/** Blocks leaving the kiosk: links, typed URLs, redirects and dropped files all stay put. */
export function lockNavigation(contents: WebContents, logger: Logger): void {
  contents.on("will-navigate", (event, url) => {
    if (isKioskUrl(url)) return;
    event.preventDefault();
    logger.warn("navigation blocked", { target: protocolOf(url) });
  });
  contents.on("will-redirect", (event, url) => {
    if (!isKioskUrl(url)) event.preventDefault();
  });
  contents.on("will-frame-navigate", (event) => {
    if (!isKioskUrl(event.url)) event.preventDefault();
  });
}

/** Blocks new windows and popups: window.open and target=_blank open nothing. */
export function blockNewWindows(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: "deny" }));
}

/**
 * Blocks downloads, except the staff console's own exports (a Blob made by the kiosk page):
 * those are saved without a dialog into `exportDir`, under a cleaned file name. Nothing a page
 * links to elsewhere is ever written to the kiosk's disk.
 */
export function blockDownloads(logger: Logger, exportDir: string): void {
  session.defaultSession.on("will-download", (event, item) => {
    if (!item.getURL().startsWith(`blob:${KIOSK_ORIGIN}/`)) {
      event.preventDefault();
      logger.warn("download blocked");
      return;
    }
    const name = item.getFilename().replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "") || "export";
    fs.mkdirSync(exportDir, { recursive: true });
    item.setSavePath(path.join(exportDir, name));
    logger.info("staff export saved", { file: name });
  });
}

/**
 * Blocks a page from holding itself open with a beforeunload prompt: the recovery reload to the
 * attract screen always goes through, and no "Leave site?" dialog ever shows.
 */
export function ignoreUnloadPrompts(contents: WebContents): void {
  contents.on("will-prevent-unload", (event) => event.preventDefault());
}

/** Blocks embedding other content through <webview>. */
export function blockWebviews(contents: WebContents): void {
  contents.on("will-attach-webview", (event) => event.preventDefault());
}

const BLOCKED_KEYS = new Set(["F1", "F3", "F5", "F6", "F7", "F10", "F11", "F12", "BrowserBack", "BrowserForward"]);

function isEscapeShortcut(input: Input): boolean {
  if (BLOCKED_KEYS.has(input.key)) return true;
  if (input.alt && ["F4", "ArrowLeft", "ArrowRight", "Home", "Tab"].includes(input.key)) return true;
  if ((input.control || input.meta) && input.key.length === 1) {
    return !["a", "c", "v", "x", "z", "y"].includes(input.key.toLowerCase()) || input.shift;
  }
  return input.meta;
}

/** Blocks keyboard ways out: reload, close, devtools, print, zoom, history and task switching keys. */
export function blockEscapeShortcuts(contents: WebContents): void {
  contents.on("before-input-event", (event, input) => {
    if (isEscapeShortcut(input)) event.preventDefault();
  });
}

/** Blocks pinch and keyboard zoom, which would push the layout off the screen. */
export function lockZoom(contents: WebContents): void {
  contents.on("did-finish-load", () => {
    contents.setZoomFactor(1);
    void contents.setVisualZoomLevelLimits(1, 1);
  });
}

/** Blocks devtools in a packaged build, even if something manages to ask for them. */
export function closeDevtoolsWhenPackaged(contents: WebContents): void {
  if (!app.isPackaged) return;
  contents.on("devtools-opened", () => contents.closeDevTools());
}

/** Brings a crashed or hung page back to the attract screen instead of leaving a blank window. */
export function recoverFromCrashes(window: BrowserWindow, startUrl: string, logger: Logger): void {
  let hangTimer: NodeJS.Timeout | undefined;
  window.webContents.on("render-process-gone", (_event, details) => {
    if (hangTimer) clearTimeout(hangTimer);
    logger.error("renderer gone; reloading the attract screen", { reason: details.reason });
    void window.loadURL(startUrl);
  });
  window.on("unresponsive", () => {
    logger.warn("renderer unresponsive");
    if (hangTimer) clearTimeout(hangTimer);
    hangTimer = setTimeout(() => {
      logger.error("renderer hung for 10 s; reloading the attract screen");
      window.webContents.forcefullyCrashRenderer();
      void window.loadURL(startUrl);
    }, 10_000);
  });
  window.on("responsive", () => {
    if (hangTimer) clearTimeout(hangTimer);
  });
}

/** Applies every rule above to one page. */
export function hardenContents(contents: WebContents, logger: Logger): void {
  lockNavigation(contents, logger);
  blockNewWindows(contents);
  blockWebviews(contents);
  ignoreUnloadPrompts(contents);
  blockEscapeShortcuts(contents);
  lockZoom(contents);
  closeDevtoolsWhenPackaged(contents);
}
