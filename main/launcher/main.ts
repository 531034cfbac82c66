import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { readConfig } from "../config";
import { createFileSink, createLogger, stderrSink, type Logger } from "../logging/logger";
import { chromiumArgs, electronRuns, findChromium, findElectronBinary, hasDisplay, type ShellChoice } from "./find-shell";

/** Restart delays for a child that keeps dying: quick at first, then no faster than every 30 s. */
const BACKOFF_MS = [500, 1000, 2000, 5000, 10_000, 30_000];

interface Supervised {
  name: string;
  start: () => ChildProcess;
  onReady?: (child: ChildProcess) => void;
}

/**
 * Keeps a child process alive: when it dies for any reason other than the launcher stopping,
 * it is started again after a short, growing delay.
 */
function supervise(item: Supervised, logger: Logger, stopping: () => boolean): void {
  let failures = 0;
  const run = (): void => {
    const started = Date.now();
    const child = item.start();
    item.onReady?.(child);
    child.on("exit", (code, signal) => {
      if (stopping()) return;
      if (Date.now() - started > 60_000) failures = 0;
      const delay = BACKOFF_MS[Math.min(failures, BACKOFF_MS.length - 1)] ?? 30_000;
      failures += 1;
      logger.warn(`${item.name} exited; restarting`, { code, signal, delayMs: delay });
      setTimeout(run, delay);
    });
  };
  run();
}

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

function main(): void {
  const distDir = path.resolve(__dirname, "..");
  const appRoot = path.resolve(distDir, "..");
  const argv = process.argv.slice(2);
  const config = readConfig(argv, process.env, distDir);
  const logger = createLogger({ level: config.logLevel, area: "launcher", sinks: [stderrSink, createFileSink(path.join(config.dataDir, "logs"))] });
  const shellFlag = argv.find((arg) => arg.startsWith("--shell="))?.slice(8) ?? process.env.KIOSK_SHELL;
  const choice = chooseShell(shellFlag, appRoot, logger);
  let stopping = false;
  const children = new Set<ChildProcess>();
  const track = (child: ChildProcess): ChildProcess => {
    children.add(child);
    child.on("exit", () => children.delete(child));
    return child;
  };

  if (choice.shell === "electron" && choice.electron) {
    const electronBinary = choice.electron;
    logger.info("shell: electron");
    supervise({ name: "electron", start: () => track(spawn(electronBinary, [path.join(distDir, "main", "electron.js"), ...argv], { stdio: "inherit" })) }, logger, () => stopping);
  } else {
    let browserStarted = false;
    supervise(
      {
        name: "http shell",
        start: () => track(spawn(process.execPath, [path.join(distDir, "main", "http.js"), ...argv], { stdio: ["ignore", "pipe", "inherit"] })),
        onReady: (child) => {
          child.stdout?.on("data", (chunk: Buffer) => {
            const text = chunk.toString();
            process.stdout.write(text);
            const ready = /Kiosk ready at (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
            if (!ready?.[1] || browserStarted || choice.shell === "server") return;
            browserStarted = true;
            startBrowser(ready[1], config.dataDir, logger, track, () => stopping);
          });
        },
      },
      logger,
      () => stopping,
    );
  }

  const stop = (): void => {
    stopping = true;
    for (const child of children) child.kill("SIGTERM");
    setTimeout(() => process.exit(0), 500).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

function startBrowser(url: string, dataDir: string, logger: Logger, track: (child: ChildProcess) => ChildProcess, stopping: () => boolean): void {
  const browser = findChromium();
  if (!hasDisplay() || !browser) {
    logger.info(`shell: http only (${browser ? "no display" : "no Chromium found"}); open ${url} in a browser`);
    return;
  }
  logger.info("shell: chromium kiosk window", { browser });
  supervise(
    {
      name: "chromium",
      start: () => {
        const profile = path.join(dataDir, "browser-profile");
        fs.rmSync(profile, { recursive: true, force: true });
        return track(spawn(browser, chromiumArgs(url, profile), { stdio: "ignore" }));
      },
    },
    logger,
    stopping,
  );
}

try {
  main();
} catch (error) {
  process.stderr.write(`The kiosk could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
