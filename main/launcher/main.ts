import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { readConfig } from "../config";
import { createFileSink, createLogger, stderrSink, type Logger } from "../logging/logger";
import { chromiumArgs, electronRuns, findChromium, findElectronBinary, hasDisplay, type ShellChoice } from "./find-shell";
import { killGroup, STATUS_FILE_NAME, StatusFile, supervise, withoutFlag } from "./supervise";
import { DEFAULT_CHECK_MS, DEFAULT_HANG_MS, durationFromEnv, startHeartbeatWatchdog, SUPERVISOR_TOKEN_ENV } from "./watchdog";

const READY_LINE = /Kiosk ready at (http:\/\/127\.0\.0\.1:(\d+))/;

function chooseShell(requested: string | undefined, appRoot: string, logger: Logger): { shell: ShellChoice; electron?: string } {
  if (requested && !["auto", "electron", "chromium", "server"].includes(requested)) {
    throw new Error(`KIOSK_SHELL must be auto, electron, chromium or server, got "${requested}"`);
  }
  if (requested === "server" || requested === "chromium") return { shell: requested };
  const electron = findElectronBinary(appRoot);
  if (electron && electronRuns(electron)) return { shell: "electron", electron };
  const reason = electron ? "the Electron binary is installed but does not run" : "the Electron binary is not installed";
  if (requested === "electron") throw new Error(`${reason}; see README, "Electron"`);
  logger.info(`${reason}; using the HTTP shell with a Chromium kiosk window`);
  return { shell: "chromium" };
}

interface Runtime {
  distDir: string;
  dataDir: string;
  logger: Logger;
  status: StatusFile;
  /** Keeps a child to be stopped with the launcher; `group` when it leads its own process group. */
  track: (child: ChildProcess, group?: boolean) => ChildProcess;
  stopping: () => boolean;
}

function runElectron(binary: string, argv: string[], runtime: Runtime): void {
  runtime.logger.info("shell: electron");
  supervise(
    {
      name: "electron",
      start: () => runtime.track(spawn(binary, [path.join(runtime.distDir, "main", "electron.js"), ...argv], { stdio: "inherit" })),
      onStart: (child) => {
        runtime.status.childStarted("electron", child.pid);
        child.on("exit", () => runtime.status.childExited("electron"));
      },
    },
    runtime.logger,
    runtime.stopping,
  );
}

/**
 * The HTTP shell, and (in the Chromium shell) a kiosk window on it. When the configured port is 0
 * the port the server first picked is kept for every restart: the open page must find its server
 * again at the same origin.
 */
function runHttpShell(shell: ShellChoice, argv: string[], configuredPort: number, runtime: Runtime): void {
  if (shell === "server") runtime.logger.info("shell: http only (KIOSK_SHELL=server); open the ready address in a browser");
  const token = randomBytes(24).toString("hex");
  const baseArgs = withoutFlag(withoutFlag(argv, "port"), "shell");
  let port = configuredPort;
  let url: string | null = null;
  let serverReadyAt = 0;
  let browserStarted = false;

  supervise(
    {
      name: "http shell",
      start: () =>
        runtime.track(
          spawn(process.execPath, [path.join(runtime.distDir, "main", "http.js"), ...baseArgs, "--port", String(port)], {
            stdio: ["ignore", "pipe", "inherit"],
            env: { ...process.env, [SUPERVISOR_TOKEN_ENV]: token },
          }),
        ),
      onStart: (child) => {
        runtime.status.childStarted("http shell", child.pid);
        child.on("exit", () => runtime.status.childExited("http shell"));
        let pending = "";
        child.stdout?.on("data", (chunk: Buffer) => {
          const text = chunk.toString();
          process.stdout.write(text);
          pending = (pending + text).slice(-400);
          const ready = READY_LINE.exec(pending);
          if (ready) pending = "";
          if (!ready?.[1] || !ready[2]) return;
          url = ready[1];
          port = Number(ready[2]);
          serverReadyAt = Date.now();
          runtime.status.setUrl(url);
          if (browserStarted || shell === "server") return;
          browserStarted = true;
          runBrowser(ready[1], runtime, { token, serverUrl: () => url, serverReadyAt: () => serverReadyAt });
        });
      },
    },
    runtime.logger,
    runtime.stopping,
  );
}

function runBrowser(url: string, runtime: Runtime, server: { token: string; serverUrl: () => string | null; serverReadyAt: () => number }): void {
  const browser = findChromium();
  if (!hasDisplay() || !browser) {
    runtime.logger.info(`shell: http only (${browser ? "no display" : "no Chromium found"}); open ${url} in a browser`);
    return;
  }
  runtime.logger.info("shell: chromium kiosk window", { browser });
  let startedAt = 0;
  const handle = supervise(
    {
      name: "chromium",
      start: () => {
        const profile = path.join(runtime.dataDir, "browser-profile");
        fs.rmSync(profile, { recursive: true, force: true });
        startedAt = Date.now();
        // Its own process group, so that a restart leaves no orphaned renderer behind.
        const ownGroup = process.platform !== "win32";
        return runtime.track(spawn(browser, chromiumArgs(url, profile), { stdio: "ignore", detached: ownGroup }), ownGroup);
      },
      onStart: (child) => {
        runtime.status.childStarted("chromium", child.pid);
        child.on("exit", () => {
          runtime.status.childExited("chromium");
          killGroup(child.pid, "SIGKILL");
        });
      },
    },
    runtime.logger,
    runtime.stopping,
  );
  startHeartbeatWatchdog({
    serverUrl: server.serverUrl,
    serverReadyAt: server.serverReadyAt,
    token: server.token,
    browser: () => {
      const child = handle.current();
      return child ? { child, startedAt } : undefined;
    },
    hangMs: durationFromEnv(process.env.KIOSK_HANG_TIMEOUT_MS, DEFAULT_HANG_MS, 1000),
    checkMs: durationFromEnv(process.env.KIOSK_WATCHDOG_INTERVAL_MS, DEFAULT_CHECK_MS, 100),
    logger: runtime.logger,
  });
}

function main(): void {
  const distDir = path.resolve(__dirname, "..");
  const appRoot = path.resolve(distDir, "..");
  const argv = process.argv.slice(2);
  const config = readConfig(argv, process.env, distDir);
  const logger = createLogger({ level: config.logLevel, area: "launcher", sinks: [stderrSink, createFileSink(path.join(config.dataDir, "logs"), undefined, undefined, "launcher.log")] });
  const shellFlag = argv.find((arg) => arg.startsWith("--shell="))?.slice(8) ?? process.env.KIOSK_SHELL;
  const choice = chooseShell(shellFlag, appRoot, logger);

  let stopping = false;
  const children = new Set<ChildProcess>();
  const groups = new WeakSet<ChildProcess>();
  const runtime: Runtime = {
    distDir,
    dataDir: config.dataDir,
    logger,
    status: new StatusFile(path.join(config.dataDir, STATUS_FILE_NAME), choice.shell),
    track: (child, group = false) => {
      children.add(child);
      if (group) groups.add(child);
      child.on("exit", () => children.delete(child));
      return child;
    },
    stopping: () => stopping,
  };

  if (choice.shell === "electron" && choice.electron) runElectron(choice.electron, withoutFlag(argv, "shell"), runtime);
  else runHttpShell(choice.shell, argv, config.port, runtime);

  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    const signalAll = (signal: NodeJS.Signals): void => {
      for (const child of children) {
        if (groups.has(child)) killGroup(child.pid, signal);
        else child.kill(signal);
      }
    };
    signalAll("SIGTERM");
    const deadline = setTimeout(() => {
      signalAll("SIGKILL");
      process.exit(0);
    }, 3000);
    deadline.unref();
    const waitForChildren = setInterval(() => {
      if (children.size > 0) return;
      clearInterval(waitForChildren);
      process.exit(0);
    }, 50);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

try {
  main();
} catch (error) {
  process.stderr.write(`The kiosk could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
