import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { expect, saveScreen, test } from "./fixtures";
import { KioskPage } from "./kiosk-page";
import { freePort, isAlive, startLauncher, writeScript, type RunningLauncher } from "./shell-launcher";

/**
 * Recovery in the HTTP shell, tested by killing processes the way a crash would: the launcher
 * must bring each one back, and the kiosk must come back on the attract screen.
 */

const ATTRACT = "Touch the screen to start";
const BROWSER = process.env.KIOSK_TEST_BROWSER ?? "/usr/bin/chromium";

// Each test waits on restarts with real back-off delays, on a machine that may be busy.
test.describe.configure({ timeout: 120_000 });

let launcher: RunningLauncher | undefined;
const scratch: string[] = [];
test.afterEach(async () => {
  await launcher?.stop();
  launcher = undefined;
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-browser-"));
  scratch.push(dir);
  return dir;
}

/** Walks into a session: a language chosen, the inquiry desk open, a search typed. */
async function walkIntoSession(page: Page, origin: string): Promise<void> {
  const kioskPage = new KioskPage(page, origin);
  await kioskPage.start();
  await kioskPage.chooseLanguage("English");
  await expect(page.getByRole("heading", { name: "How can we help?" })).toBeVisible();
  await kioskPage.openTile("Ask a question");
  await kioskPage.search("visa");
  await expect(kioskPage.results().first()).toContainText(/visa/i);
}

interface BrowserStart {
  pid: number;
  args: string[];
}

function browserStarts(dir: string): BrowserStart[] {
  const file = path.join(dir, "starts.log");
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as BrowserStart);
}

/**
 * A stand-in for Chromium: it notes each start (pid and arguments) and then behaves like a live
 * kiosk page, asking the server for health every second, until a file `hang-<pid>` tells it to
 * stop talking (a hung renderer).
 */
function fakeBrowser(dir: string): string {
  return writeScript(
    dir,
    "fake-browser",
    `#!${process.execPath}
const fs = require("node:fs");
const path = require("node:path");
const dir = ${JSON.stringify(dir)};
const app = (process.argv.find((arg) => arg.startsWith("--app=")) || "").slice(6);
fs.appendFileSync(path.join(dir, "starts.log"), JSON.stringify({ pid: process.pid, args: process.argv.slice(2) }) + "\\n");
setInterval(() => {
  if (fs.existsSync(path.join(dir, "hang-" + process.pid))) return;
  fetch(new URL("/api/health", app)).catch(() => undefined);
}, 1000);
`,
  );
}

test.describe("recovery in the HTTP shell", () => {
  test("a killed server is restarted and the page returns to the attract screen", async ({ page }) => {
    launcher = await startLauncher(["--shell=server"]);
    const running = launcher;
    const kioskPage = new KioskPage(page, running.origin);
    await kioskPage.open();
    await walkIntoSession(page, running.origin);
    await saveScreen(page, "recovery-before-server-kill");

    const before = running.childPid("http shell");
    expect(before, "the launcher names the server's pid in launcher-status.json").not.toBeNull();
    process.kill(before!, "SIGKILL");

    await expect.poll(() => running.childPid("http shell"), { message: "the launcher starts a new server", timeout: 10_000 }).not.toBe(before);
    await expect.poll(() => running.childPid("http shell"), { timeout: 10_000 }).not.toBeNull();
    expect(running.status().url, "the restarted server keeps the page's origin").toBe(running.origin);
    await expect(page.getByRole("button", { name: ATTRACT }), "the bootId watch ends the session").toBeVisible({ timeout: 15_000 });
    await saveScreen(page, "recovery-after-server-kill");
    expect(running.log()).toMatch(/"message":"child exited; restarting","child":"http shell".*"signal":"SIGKILL"/);
  });

  test("a killed browser is restarted with the kiosk flags and a fresh profile", async () => {
    const dir = tempDir();
    launcher = await startLauncher(["--shell=chromium"], { KIOSK_BROWSER: fakeBrowser(dir), DISPLAY: ":97" });
    const running = launcher;
    await expect.poll(() => browserStarts(dir).length, { message: "the launcher starts the browser" }).toBe(1);
    const first = browserStarts(dir)[0]!;
    expect(first.args).toEqual(expect.arrayContaining(["--kiosk", `--app=${running.origin}`, "--no-first-run", "--disable-pinch", "--noerrdialogs"]));
    expect(running.childPid("chromium")).toBe(first.pid);

    process.kill(first.pid, "SIGKILL");
    await expect.poll(() => browserStarts(dir).length, { message: "the launcher restarts the browser", timeout: 10_000 }).toBe(2);
    const second = browserStarts(dir)[1]!;
    expect(second.pid).not.toBe(first.pid);
    expect(second.args).toContain(`--app=${running.origin}`);
    expect(running.log()).toMatch(/"child exited; restarting","child":"chromium"/);
  });

  test("a browser whose page stops talking (a hang) is restarted by the heartbeat watchdog", async () => {
    const dir = tempDir();
    launcher = await startLauncher(["--shell=chromium"], {
      KIOSK_BROWSER: fakeBrowser(dir),
      DISPLAY: ":97",
      KIOSK_HANG_TIMEOUT_MS: "3000",
      KIOSK_WATCHDOG_INTERVAL_MS: "250",
    });
    const running = launcher;
    await expect.poll(() => browserStarts(dir).length).toBe(1);
    // A page that keeps asking for health is left alone, well past the hang timeout.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    expect(browserStarts(dir), "a live page is not restarted").toHaveLength(1);

    const first = browserStarts(dir)[0]!;
    fs.writeFileSync(path.join(dir, `hang-${first.pid}`), "");
    await expect.poll(() => browserStarts(dir).length, { message: "the silent browser is restarted", timeout: 15_000 }).toBe(2);
    expect(isAlive(first.pid)).toBe(false);
    expect(running.log()).toContain("kiosk page silent; restarting the browser");
  });
});

/**
 * The same with the real Chromium: the launcher starts it with the kiosk flags (headless here,
 * because the test machine has no display) and the test watches the kiosk window through the
 * DevTools port. Killing the browser, or hanging its page, brings back the attract screen.
 */
test.describe("recovery of the real Chromium kiosk window", () => {
  test.skip(!fs.existsSync(BROWSER), `Chromium not installed at ${BROWSER}`);

  async function startRealBrowserShell(env: NodeJS.ProcessEnv = {}): Promise<{ running: RunningLauncher; connect: () => Promise<{ browser: Browser; page: Page }> }> {
    const dir = tempDir();
    const port = await freePort();
    const wrapper = writeScript(
      dir,
      "kiosk-chromium",
      `#!/bin/sh
# The launcher's kiosk flags, plus headless mode and a DevTools port for the test.
url=""
for arg in "$@"; do case "$arg" in --app=*) url="\${arg#--app=}";; esac; done
exec ${JSON.stringify(BROWSER)} --headless=new --no-sandbox --disable-gpu --window-size=1080,1920 --remote-debugging-port=${port} "$@" "$url"
`,
    );
    const running = await startLauncher(["--shell=chromium"], { KIOSK_BROWSER: wrapper, DISPLAY: ":97", ...env });
    launcher = running;
    const connect = async (): Promise<{ browser: Browser; page: Page }> => {
      let browser: Browser | undefined;
      await expect
        .poll(
          async () => {
            browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`, { timeout: 5000 }).catch(() => undefined);
            return browser !== undefined;
          },
          { message: "the kiosk browser's DevTools port answers", timeout: 20_000 },
        )
        .toBe(true);
      const context = browser!.contexts()[0]!;
      await expect.poll(() => context.pages().some((candidate) => candidate.url().startsWith(running.origin)), { timeout: 15_000 }).toBe(true);
      const page = context.pages().find((candidate) => candidate.url().startsWith(running.origin))!;
      return { browser: browser!, page };
    };
    return { running, connect };
  }

  test("killing Chromium brings the kiosk back on the attract screen", async () => {
    const { running, connect } = await startRealBrowserShell();
    const first = await connect();
    await expect(first.page.getByRole("button", { name: ATTRACT })).toBeVisible();
    await walkIntoSession(first.page, running.origin);

    const pid = running.childPid("chromium");
    expect(pid).not.toBeNull();
    process.kill(pid!, "SIGKILL");
    await expect.poll(() => running.childPid("chromium"), { timeout: 10_000 }).not.toBe(pid);
    await first.browser.close().catch(() => undefined);

    const second = await connect();
    await expect(second.page.getByRole("button", { name: ATTRACT })).toBeVisible({ timeout: 15_000 });
    await saveScreen(second.page, "recovery-after-browser-kill");
    await second.browser.close();
  });

  test("a hung kiosk page is detected by its silence and the browser restarted", async () => {
    const { running, connect } = await startRealBrowserShell({ KIOSK_HANG_TIMEOUT_MS: "12000", KIOSK_WATCHDOG_INTERVAL_MS: "500" });
    const first = await connect();
    await walkIntoSession(first.page, running.origin);
    const pid = running.childPid("chromium");

    // An endless loop in the page: the renderer is alive but answers nothing.
    void first.page.evaluate(() => {
      for (;;) {
        // spin
      }
    }).catch(() => undefined);
    await expect.poll(() => running.childPid("chromium"), { message: "the watchdog restarts the browser", timeout: 40_000 }).not.toBe(pid);
    await first.browser.close().catch(() => undefined);

    const second = await connect();
    await expect(second.page.getByRole("button", { name: ATTRACT })).toBeVisible({ timeout: 15_000 });
    expect(running.log()).toContain("kiosk page silent; restarting the browser");
    await second.browser.close();
  });
});
