import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createMemoryLogger } from "../logging/logger";
import { startHttpShell, type HttpShell } from "./server";

const TOKEN = "a".repeat(48);
let shell: HttpShell | undefined;
const dirs: string[] = [];

afterEach(async () => {
  await shell?.close();
  shell = undefined;
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function start(supervisorToken?: string): Promise<HttpShell> {
  const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-heartbeat-"));
  dirs.push(rendererDir);
  fs.writeFileSync(path.join(rendererDir, "index.html"), "<!doctype html><title>kiosk</title>");
  shell = await startHttpShell({
    dispatch: (method) => Promise.resolve(method === "health" ? { ok: true, value: { status: "ok" } } : { ok: false, error: { code: "unknown_method", message: "no" } }),
    rendererDir,
    port: 0,
    logger: createMemoryLogger().logger,
    supervisorToken,
  });
  return shell;
}

const heartbeat = (origin: string, token?: string): Promise<Response> => fetch(`${origin}/internal/heartbeat`, { headers: token ? { "x-kiosk-supervisor": token } : {} });

describe("the launcher's heartbeat route", () => {
  it("answers the launcher with when the page last asked for health", async () => {
    const { origin } = await start(TOKEN);
    expect(await (await heartbeat(origin, TOKEN)).json()).toEqual({ lastHeartbeatAt: null });
    const before = Date.now();
    await fetch(`${origin}/api/health`);
    const body = (await (await heartbeat(origin, TOKEN)).json()) as { lastHeartbeatAt: number };
    expect(body.lastHeartbeatAt).toBeGreaterThanOrEqual(before);
  });

  it("does not exist for anyone without the token, or when no token was given", async () => {
    const { origin } = await start(TOKEN);
    expect((await heartbeat(origin)).status).toBe(404);
    expect((await heartbeat(origin, "b".repeat(48))).status).toBe(404);
    expect((await heartbeat(origin, "short")).status).toBe(404);
    await shell?.close();
    shell = undefined;
    const bare = await start(undefined);
    expect((await heartbeat(bare.origin, TOKEN)).status).toBe(404);
  });
});
