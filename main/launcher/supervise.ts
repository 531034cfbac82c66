import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Logger } from "../logging/logger";

/** Restart delays for a child that keeps dying: quick at first, then no faster than every 30 s. */
export const BACKOFF_MS = [500, 1000, 2000, 5000, 10_000, 30_000];

/** A child that has run this long counts as healthy again, and its next restart is quick. */
const HEALTHY_AFTER_MS = 60_000;

export interface Supervised {
  name: string;
  start: () => ChildProcess;
  onStart?: (child: ChildProcess) => void;
}

export interface SupervisorHandle {
  /** The running child, if any (none while waiting to restart). */
  current: () => ChildProcess | undefined;
}

/**
 * Keeps a child process alive: when it dies for any reason other than the launcher stopping,
 * it is started again after a short, growing delay.
 */
export function supervise(item: Supervised, logger: Logger, stopping: () => boolean): SupervisorHandle {
  let failures = 0;
  let running: ChildProcess | undefined;
  const run = (): void => {
    if (stopping()) return;
    const started = Date.now();
    const child = item.start();
    running = child;
    logger.info("child started", { child: item.name, pid: child.pid ?? null });
    item.onStart?.(child);
    child.on("error", (error) => logger.error("child could not start", { child: item.name, error: error.message }));
    child.on("exit", (code, signal) => {
      if (running === child) running = undefined;
      if (stopping()) return;
      if (Date.now() - started > HEALTHY_AFTER_MS) failures = 0;
      const delay = BACKOFF_MS[Math.min(failures, BACKOFF_MS.length - 1)] ?? 30_000;
      failures += 1;
      logger.warn("child exited; restarting", { child: item.name, pid: child.pid ?? null, code, signal, delayMs: delay });
      setTimeout(run, delay);
    });
  };
  run();
  return { current: () => running };
}

export interface ChildStatus {
  pid: number | null;
  startedAt: string;
  starts: number;
}

export interface LauncherStatus {
  launcherPid: number;
  shell: string;
  url: string | null;
  children: Record<string, ChildStatus>;
}

/**
 * `<data-dir>/launcher-status.json`: which children run under which pid, for staff diagnosis and
 * for the recovery tests. Written whole to a temporary file and renamed, so a reader never sees
 * half a file.
 */
export class StatusFile {
  private readonly status: LauncherStatus;

  constructor(
    private readonly file: string,
    shell: string,
  ) {
    this.status = { launcherPid: process.pid, shell, url: null, children: {} };
    this.write();
  }

  setUrl(url: string): void {
    this.status.url = url;
    this.write();
  }

  childStarted(name: string, pid: number | undefined): void {
    const previous = this.status.children[name];
    this.status.children[name] = { pid: pid ?? null, startedAt: new Date().toISOString(), starts: (previous?.starts ?? 0) + 1 };
    this.write();
  }

  childExited(name: string): void {
    const entry = this.status.children[name];
    if (!entry) return;
    entry.pid = null;
    this.write();
  }

  private write(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, `${JSON.stringify(this.status, null, 2)}\n`);
    fs.renameSync(temporary, this.file);
  }
}

export const STATUS_FILE_NAME = "launcher-status.json";

/**
 * Ends a child and everything it started. A browser is started in its own process group (see
 * main.ts) so that its renderer and helper processes, which may be spinning in a hung page, go
 * with it; elsewhere only the child itself is signalled.
 */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    if (process.platform === "win32") process.kill(pid, signal);
    else process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Drops every form of one flag (`--name value` and `--name=value`) from an argument list. */
export function withoutFlag(argv: readonly string[], name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    if (arg === `--${name}`) {
      i += 1;
      continue;
    }
    if (arg.startsWith(`--${name}=`)) continue;
    out.push(arg);
  }
  return out;
}
