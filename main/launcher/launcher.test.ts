import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createMemoryLogger } from "../logging/logger";
import { chromiumArgs } from "./find-shell";
import { StatusFile, supervise, withoutFlag } from "./supervise";
import { durationFromEnv, isPageSilent } from "./watchdog";

describe("the Chromium kiosk flags", () => {
  const args = chromiumArgs("http://127.0.0.1:4780", "/tmp/profile");
  it("open the kiosk full screen as an app window, with no address bar to type into", () => {
    expect(args).toEqual(expect.arrayContaining(["--kiosk", "--app=http://127.0.0.1:4780", "--user-data-dir=/tmp/profile"]));
  });
  it("turn off pinch, swipe navigation, the translate bar, error dialogs and the first-run screens", () => {
    expect(args).toEqual(expect.arrayContaining(["--disable-pinch", "--overscroll-history-navigation=0", "--disable-translate", "--noerrdialogs", "--no-first-run", "--disable-session-crashed-bubble"]));
    expect(args.find((arg) => arg.startsWith("--disable-features="))).toMatch(/Translate.*OverscrollHistoryNavigation/);
  });
});

describe("the heartbeat rule", () => {
  const base = { browserStartedAt: 0, serverReadyAt: 0, hangMs: 60_000 };
  it("leaves a page alone while it keeps asking for health", () => {
    expect(isPageSilent({ ...base, lastHeartbeatAt: 100_000, now: 150_000 })).toBe(false);
  });
  it("calls a page silent after the hang timeout", () => {
    expect(isPageSilent({ ...base, lastHeartbeatAt: 100_000, now: 160_001 })).toBe(true);
  });
  it("gives a freshly started browser, or a restarted server, the whole timeout first", () => {
    expect(isPageSilent({ ...base, lastHeartbeatAt: null, browserStartedAt: 200_000, now: 250_000 })).toBe(false);
    expect(isPageSilent({ ...base, lastHeartbeatAt: 10_000, serverReadyAt: 200_000, now: 250_000 })).toBe(false);
    expect(isPageSilent({ ...base, lastHeartbeatAt: null, browserStartedAt: 200_000, now: 260_001 })).toBe(true);
  });
  it("reads shortened timeouts for tests and refuses nonsense", () => {
    expect(durationFromEnv(undefined, 60_000, 1000)).toBe(60_000);
    expect(durationFromEnv("3000", 60_000, 1000)).toBe(3000);
    expect(() => durationFromEnv("10", 60_000, 1000)).toThrow(/from 1000/);
    expect(() => durationFromEnv("soon", 60_000, 1000)).toThrow();
  });
});

describe("the supervisor", () => {
  it("drops both forms of a flag from the arguments it passes on", () => {
    expect(withoutFlag(["--port", "0", "--data-dir", "/d", "--port=5", "--shell=server"], "port")).toEqual(["--data-dir", "/d", "--shell=server"]);
  });

  it("restarts a child that dies, and records each pid in the status file", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-supervise-"));
    try {
      const status = new StatusFile(path.join(dir, "status.json"), "server");
      const { logger, lines } = createMemoryLogger();
      const pids: number[] = [];
      let stopping = false;
      supervise(
        {
          name: "short-lived",
          start: () => spawn(process.execPath, ["-e", "setTimeout(() => process.exit(3), 50)"], { stdio: "ignore" }),
          onStart: (child) => {
            pids.push(child.pid ?? -1);
            status.childStarted("short-lived", child.pid);
          },
        },
        logger,
        () => stopping,
      );
      await expect.poll(() => pids.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
      stopping = true;
      expect(new Set(pids).size).toBe(pids.length);
      const written = JSON.parse(fs.readFileSync(path.join(dir, "status.json"), "utf8")) as { children: Record<string, { pid: number; starts: number }> };
      expect(written.children["short-lived"]?.starts).toBeGreaterThanOrEqual(3);
      const restarts = lines().filter((line) => line.message === "child exited; restarting");
      expect(restarts[0]).toMatchObject({ child: "short-lived", code: 3, delayMs: 500 });
      expect(restarts[1]).toMatchObject({ delayMs: 1000 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
