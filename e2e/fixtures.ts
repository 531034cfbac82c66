import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";

const ROOT = path.resolve(__dirname, "..");

export interface KioskServer {
  origin: string;
  dataDir: string;
  process: ChildProcess;
  /** Lines the server wrote to standard error (structured log). */
  log: () => string;
  stop: () => Promise<void>;
}

/** Starts the built HTTP shell on a free port with its own data folder and waits for the ready line. */
export async function startKioskServer(args: string[] = [], dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-e2e-"))): Promise<KioskServer> {
  const child = spawn(process.execPath, [path.join(ROOT, "dist/main/http.js"), "--port", "0", "--data-dir", dataDir, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the kiosk did not start:\n${errors}`)), 20_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      const ready = /Kiosk ready at (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString());
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    });
    child.on("exit", (code) => reject(new Error(`the kiosk exited with ${code}:\n${errors}`)));
  });
  return {
    origin,
    dataDir,
    process: child,
    log: () => errors,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export const test = base.extend<{ kiosk: KioskServer; kioskArgs: string[] }>({
  kioskArgs: [[], { option: true }],
  kiosk: async ({ kioskArgs }, use) => {
    const server = await startKioskServer(kioskArgs);
    await use(server);
    await server.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** Saves a screenshot for review by eye under screenshots/ (kept across test runs). */
export async function saveScreen(page: Page, name: string): Promise<void> {
  const dir = path.join(ROOT, "screenshots");
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}
