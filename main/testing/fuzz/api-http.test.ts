/**
 * Every API method over HTTP, as the Chromium kiosk window calls it: the HTTP shell on port 0 in
 * front of a test core, FUZZ_RUNS hostile requests per method (bodies from the same generators,
 * plus broken JSON, wrong content types, wrong verbs and bodies over the size cap), sent eight at a
 * a time. Every answer
 * is a JSON envelope with the matching status; the server keeps answering; the databases stay sound.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_METHODS, LIMITS, UPLOAD_METHODS, type ApiMethod } from "../../api/contract";
import { startHttpShell, type HttpShell } from "../../http/server";
import { createMemoryLogger } from "../../logging/logger";
import { makeTempDir, startTestCore, type TestCore } from "../fixtures";
import { dataDirIntegrity, staffToken } from "./checks";
import { describeBody, envelopeProblem, FUZZ_RUNS, hostileRequest, hostileString, withToken } from "./hostile";

interface Sent {
  verb: "POST" | "GET" | "PUT";
  contentType: string;
  body: string | undefined;
  label: string;
}

/** JSON text of a body; nesting too deep for JSON.stringify is written out by hand, as deep. */
function toJson(body: unknown): string {
  try {
    return JSON.stringify(body) ?? "";
  } catch {
    return `${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}`;
  }
}

/** How a generated body is put on the wire: mostly proper JSON, sometimes broken on purpose. */
function wire(method: ApiMethod): fc.Arbitrary<Sent> {
  const json = hostileRequest(method).map((body): Sent => ({
    verb: "POST",
    contentType: "application/json",
    body: toJson(body),
    label: describeBody(body),
  }));
  const broken = fc
    .oneof(
      hostileString,
      fc.constantFrom("{", "[1,2", '{"lang":"en",}', "\u0000", "null", "true", "1e99999", '{"__proto__":{"polluted":1}}', "\ufeff{}"),
    )
    .map((text): Sent => ({ verb: "POST", contentType: "application/json", body: text, label: `raw ${describeBody(text)}` }));
  const wrongType = fc
    .tuple(fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""), fc.string({ maxLength: 40 }))
    .map(([contentType, body]): Sent => ({ verb: "POST", contentType, body, label: `as ${contentType || "no type"}` }));
  const wrongVerb = fc.constantFrom<Sent>(
    { verb: "GET", contentType: "application/json", body: undefined, label: "GET" },
    { verb: "PUT", contentType: "application/json", body: "{}", label: "PUT" },
  );
  const cap = (UPLOAD_METHODS as readonly string[]).includes(method) ? LIMITS.uploadBodyBytes : LIMITS.requestBodyBytes;
  const tooLarge = fc.constant<Sent>({
    verb: "POST",
    contentType: "application/json",
    body: JSON.stringify({ filler: "x".repeat(Math.min(cap, 2 * 1024 * 1024) + 16) }),
    label: "over the size cap",
  });
  return fc.oneof(
    { weight: 14, arbitrary: json },
    { weight: 2, arbitrary: broken },
    { weight: 1, arbitrary: wrongType },
    { weight: 1, arbitrary: wrongVerb },
    // The upload cap is 48 MB; only the ordinary cap is tried per run, the upload one once below.
    { weight: cap === LIMITS.requestBodyBytes ? 1 : 0, arbitrary: tooLarge },
  );
}

describe("fuzzing every API method over HTTP", () => {
  let test: TestCore;
  let shell: HttpShell;
  let rendererDir: string;
  let token = "";

  beforeAll(async () => {
    test = startTestCore();
    rendererDir = makeTempDir("kiosk-fuzz-renderer-");
    fs.writeFileSync(path.join(rendererDir, "index.html"), "<!doctype html><title>fuzz</title>");
    shell = await startHttpShell({ dispatch: test.core.dispatch, rendererDir, port: 0, logger: createMemoryLogger().logger });
    token = await staffToken(test.core.dispatch);
  });

  afterAll(async () => {
    agent.destroy();
    await shell.close();
    const integrity = dataDirIntegrity(test.dataDir);
    test.dispose();
    fs.rmSync(rendererDir, { recursive: true, force: true });
    expect(integrity).toEqual({ kiosk: "ok", content: "ok" });
  });

  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

  /** One request with node:http (lighter than fetch, so that thousands stay quick). */
  const send = (method: string, sent: Sent): Promise<{ status: number; json: unknown }> =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string> = { Origin: shell.origin };
      if (sent.contentType) headers["Content-Type"] = sent.contentType;
      const request = http.request(`${shell.origin}/api/${method}`, { method: sent.verb, headers, agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          try {
            resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) as unknown });
          } catch {
            reject(new Error(`${method}: HTTP ${response.statusCode} answered with something that is not JSON (${sent.label})`));
          }
        });
        response.on("error", reject);
      });
      // The server may answer "too large" and close before the whole body is written.
      request.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "EPIPE" || error.code === "ECONNRESET") resolve({ status: 413, json: { ok: false, error: { code: "too_large", message: "closed while sending" } } });
        else reject(error);
      });
      request.end(sent.body);
    });

  // The sign-in methods would lock the shared PIN or end the shared session; their own dispatcher
  // fuzz covers them, so here they get the same runs with the token left as generated.
  it.each(API_METHODS)("%s", async (method) => {
    const realToken = ["staffLogout", "staffChangePin"].includes(method) ? "not-the-token" : token;
    // Generated up front with a seed (printed on failure) and sent eight at a time.
    const seed = Date.now() ^ (Math.random() * 0x7fffffff);
    const samples = fc.sample(wire(method), { numRuns: FUZZ_RUNS, seed });
    let calls = 0;
    const check = async (sent: Sent): Promise<void> => {
      calls += 1;
      const withReal = sent.body?.includes("real-staff-token")
        ? { ...sent, body: JSON.stringify(withToken(JSON.parse(sent.body) as unknown, realToken)) }
        : sent;
      const { status, json } = await send(method, withReal);
      const problem = envelopeProblem(json);
      if (problem) throw new Error(`${method} (seed ${seed}): ${problem} (${sent.label})`);
      const ok = (json as { ok: boolean }).ok;
      if (ok !== (status === 200)) throw new Error(`${method} (seed ${seed}): status ${status} does not match the envelope (${sent.label})`);
    };
    for (let start = 0; start < samples.length; start += 8) await Promise.all(samples.slice(start, start + 8).map(check));
    expect(calls).toBeGreaterThanOrEqual(FUZZ_RUNS);
    const health = await send("health", { verb: "POST", contentType: "application/json", body: "{}", label: "health" });
    expect((health.json as { ok: boolean }).ok, "the server still answers").toBe(true);
  });

  it("refuses an upload over its 48 MB cap with too_large", async () => {
    const { status, json } = await send("staffImportPack", {
      verb: "POST",
      contentType: "application/json",
      body: JSON.stringify({ token, fileName: "big.zip", dataBase64: "A".repeat(LIMITS.uploadBodyBytes + 8) }),
      label: "49 MB",
    });
    expect(status).toBe(413);
    expect(envelopeProblem(json)).toBeUndefined();
  });
});
