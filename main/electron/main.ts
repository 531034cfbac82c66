import path from "node:path";
import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker } from "electron";
import { IPC_CHANNEL } from "../api/contract";
import { readConfig } from "../config";
import { startCore, type KioskCore } from "../core/kiosk-core";
import { createFileSink, createLogger, stderrSink, type Logger } from "../logging/logger";
import { blockDownloads, denyAllPermissions, hardenContents, isKioskUrl, KIOSK_ORIGIN, recoverFromCrashes } from "./hardening";
import { registerKioskScheme, serveRenderer } from "./protocol";

const START_URL = `${KIOSK_ORIGIN}/index.html`;

/** Blocks a second copy of the kiosk, which would fight the first for the screen and the database. */
if (!app.requestSingleInstanceLock()) app.exit(0);

/** Blocks swipe-to-go-back and pinch zoom before any window exists. */
app.commandLine.appendSwitch("overscroll-history-navigation", "0");
app.commandLine.appendSwitch("disable-pinch");
registerKioskScheme();

function answerIpc(core: KioskCore, logger: Logger): void {
  ipcMain.handle(IPC_CHANNEL, async (event, method: unknown, request: unknown) => {
    const frameUrl = event.senderFrame?.url ?? "";
    if (!isKioskUrl(frameUrl)) {
      logger.warn("IPC call from a foreign frame refused");
      return { ok: false, error: { code: "forbidden", message: "not from the kiosk page" } };
    }
    return core.dispatch(typeof method === "string" ? method : "", request, { transport: "ipc" });
  });
}

function createKioskWindow(logger: Logger): BrowserWindow {
  const window = new BrowserWindow({
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    backgroundColor: "#0b2239",
    show: false,
    webPreferences: {
      preload: path.join(__dirname, "preload.js"),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !app.isPackaged,
      safeDialogs: true,
      // Blocks middle-click (auxclick) on links, another way a page could ask for a new window.
      disableBlinkFeatures: "Auxclick",
    },
  });
  recoverFromCrashes(window, START_URL, logger);
  window.once("ready-to-show", () => window.show());
  void window.loadURL(START_URL);
  return window;
}

/** Starts the kiosk at login on Windows; on Linux the installer's autostart entry does it. */
function enableAutoStart(): void {
  if (app.isPackaged && process.platform === "win32") app.setLoginItemSettings({ openAtLogin: true });
}

async function main(): Promise<void> {
  const distDir = path.resolve(__dirname, "..");
  const config = readConfig(process.argv.slice(1), process.env, distDir);
  const dataDir = process.env.KIOSK_DATA_DIR ? config.dataDir : app.getPath("userData");
  const logger = createLogger({ level: config.logLevel, sinks: [stderrSink, createFileSink(path.join(dataDir, "logs"))] });
  await app.whenReady();

  const core = startCore({
    dataDir,
    shippedContent: path.join(distDir, "content.db"),
    logger,
    initialSettings: config.initialSettings,
  });
  Menu.setApplicationMenu(null);
  denyAllPermissions();
  blockDownloads(logger, process.env.KIOSK_EXPORT_DIR ?? path.join(dataDir, "exports"));
  serveRenderer(path.join(distDir, "renderer"), (name) => core.contentImage(name));
  app.on("web-contents-created", (_event, contents) => hardenContents(contents, logger));
  answerIpc(core, logger);
  powerSaveBlocker.start("prevent-display-sleep");
  enableAutoStart();

  let window = createKioskWindow(logger);
  app.on("second-instance", () => window.focus());
  app.on("window-all-closed", () => {
    window = createKioskWindow(logger);
  });
  app.on("before-quit", () => core.close());
  logger.info("electron shell ready", { shell: "electron" });
  process.stdout.write(`Kiosk ready in the Electron shell (${START_URL})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`The kiosk could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  app.exit(1);
});
