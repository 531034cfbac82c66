import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type ShellChoice = "electron" | "chromium" | "server";

/**
 * Finds the Electron binary without asking the electron package for it: requiring the package
 * starts a download when the binary is missing, and this machine may have no network.
 */
export function findElectronBinary(appRoot: string): string | undefined {
  const packageDir = path.join(appRoot, "node_modules", "electron");
  const pathFile = path.join(packageDir, "path.txt");
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!fs.existsSync(pathFile) && !override) return undefined;
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, "utf8").trim() : "electron";
  const binary = override ? path.join(override, relative) : path.join(packageDir, "dist", relative);
  return fs.existsSync(binary) ? binary : undefined;
}

/** True when the binary starts and prints its version: a present but broken install fails here. */
export function electronRuns(binary: string): boolean {
  const result = spawnSync(binary, ["--version"], { timeout: 15_000, encoding: "utf8", env: { ...process.env, ELECTRON_RUN_AS_NODE: "1" } });
  return result.status === 0 && /^v\d+/.test(result.stdout.trim());
}

const BROWSER_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium"];

export function findChromium(): string | undefined {
  const configured = process.env.KIOSK_BROWSER;
  if (configured) return fs.existsSync(configured) ? configured : undefined;
  return BROWSER_CANDIDATES.find((candidate) => fs.existsSync(candidate));
}

export function hasDisplay(): boolean {
  if (process.platform === "win32" || process.platform === "darwin") return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Kiosk flags for the Chromium fallback: full screen, no way out, nothing phoning home. */
export function chromiumArgs(url: string, profileDir: string): string[] {
  return [
    "--kiosk",
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-translate",
    "--disable-features=Translate,TranslateUI,OverscrollHistoryNavigation,MediaRouter,DialMediaRouteProvider",
    "--overscroll-history-navigation=0",
    "--disable-pinch",
    "--disable-session-crashed-bubble",
    "--disable-infobars",
    "--noerrdialogs",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--disable-dev-tools",
    "--deny-permission-prompts",
    "--disable-extensions",
    "--password-store=basic",
    "--autoplay-policy=no-user-gesture-required",
    "--check-for-update-interval=31536000",
  ];
}
