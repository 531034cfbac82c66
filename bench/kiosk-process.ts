/**
 * The built HTTP shell as a child process, for the benchmarks, the soak and the fault tests:
 * started on a free loopback port with its own data folder, measured through /proc.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = findRoot(__dirname);

/** The project folder: the first parent holding package.json (source tree or dist/bench). */
function findRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export interface KioskProcess {
  origin: string;
  dataDir: string;
  child: ChildProcess;
  pid: number;
  /** performance.now() of this process when the child was spawned. */
  spawnedAt: number;
  /** Standard error so far (the structured log). */
  log(): string;
  /** SIGTERM and wait; the data folder stays for the caller. */
  stop(): Promise<void>;
  /** SIGKILL and wait: a crash, as far as the kiosk can tell. */
  kill9(): Promise<void>;
}

export function freshDataDir(prefix = "kiosk-bench-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

function waitForExit(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

/** Starts dist/main/http.js on 127.0.0.1 with port 0 and resolves on its "Kiosk ready" line. */
export function startKioskProcess(dataDir: string, extraArgs: string[] = [], timeoutMs = 20_000): Promise<KioskProcess> {
  const server = path.join(ROOT, "dist/main/http.js");
  if (!fs.existsSync(server)) throw new Error(`${server} is missing: run \`node scripts/build.mjs\` first`);
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [server, "--port", "0", "--data-dir", dataDir, "--log-level", "warn", ...extraArgs], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-200_000);
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the kiosk did not start within ${timeoutMs} ms:\n${errors}`));
    }, timeoutMs);
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /Kiosk ready at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (!ready?.[1]) return;
      clearTimeout(timer);
      resolve({
        origin: ready[1],
        dataDir,
        child,
        pid: child.pid ?? -1,
        spawnedAt,
        log: () => errors,
        stop: () => waitForExit(child, "SIGTERM"),
        kill9: () => waitForExit(child, "SIGKILL"),
      });
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the kiosk exited (${code ?? signal}) before it was ready:\n${errors}`));
    });
  });
}

/** Resident set size of a process in kilobytes, from /proc/<pid>/status (Linux only). */
export function residentKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match?.[1]) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]);
}

/** Calls an API method of a running shell over HTTP, as the page would. */
export async function callApi(origin: string, method: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${origin}/api/${method}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: origin },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as unknown };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
