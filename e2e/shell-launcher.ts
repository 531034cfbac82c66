import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");

export interface LauncherStatus {
  launcherPid: number;
  shell: string;
  url: string | null;
  children: Record<string, { pid: number | null; startedAt: string; starts: number } | undefined>;
}

export interface RunningLauncher {
  origin: string;
  dataDir: string;
  process: ChildProcess;
  /** The launcher's structured log so far (standard error, its own lines and its children's). */
  log: () => string;
  status: () => LauncherStatus;
  /** The pid of a running child, or null while it is being restarted. */
  childPid: (name: string) => number | null;
  stop: () => Promise<void>;
}

/** Starts `node dist/main/launcher.js` as a kiosk PC would, on a free port and a fresh data folder. */
export async function startLauncher(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunningLauncher> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-shell-"));
  const child = spawn(process.execPath, [path.join(ROOT, "dist/main/launcher.js"), ...args, "--port", "0", "--data-dir", dataDir], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the launcher did not report ready:\n${errors}`)), 20_000);
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /Kiosk ready at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    });
    child.on("exit", (code) => reject(new Error(`the launcher exited with ${code}:\n${errors}`)));
  });
  const status = (): LauncherStatus => JSON.parse(fs.readFileSync(path.join(dataDir, "launcher-status.json"), "utf8")) as LauncherStatus;
  return {
    origin,
    dataDir,
    process: child,
    log: () => errors,
    status,
    childPid: (name) => status().children[name]?.pid ?? null,
    stop: async () => {
      const pids = Object.values(status().children).map((entry) => entry?.pid ?? null);
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((resolve) => {
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        });
      }
      // Belt and braces: nothing started by a test outlives it.
      for (const pid of pids) if (pid !== null && isAlive(pid)) process.kill(pid, "SIGKILL");
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Writes an executable script and returns its path. */
export function writeScript(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text, { mode: 0o755 });
  return file;
}
