import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_METHODS, type ApiMethod, type Result } from "./contract";
import { startHttpShell, type HttpShell } from "../http/server";
import { startTestCore, type TestCore } from "../testing/fixtures";

/** Bodies that no method accepts: wrong types, wrong shapes, unknown fields. */
const WRONG_SHAPES: unknown[] = [
  "visa",
  42,
  [],
  { lang: 42 },
  { lang: "xx", query: "visa", id: "visa", category: "nope" },
  { unexpected: true },
];

let test: TestCore;
let shell: HttpShell;

beforeAll(async () => {
  test = startTestCore();
  shell = await startHttpShell({
    dispatch: test.core.dispatch,
    rendererDir: path.join(test.dataDir, "no-renderer"),
    port: 0,
    logger: createQuietLogger(),
  });
});

afterAll(async () => {
  await shell.close();
  test.dispose();
});

function createQuietLogger() {
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
    child: () => createQuietLogger(),
  };
}

/** fetch() will not send a chosen Host header, so this uses node:http directly. */
function statusWithHost(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port: shell.port, path: "/api/health", headers: { Host: host } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
    request.end();
  });
}

async function callHttp(method: string, body: unknown): Promise<{ status: number; result: Result<unknown> }> {
  const response = await fetch(`${shell.origin}/api/${method}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, result: (await response.json()) as Result<unknown> };
}

describe("request validation, the same through both transports", () => {
  for (const method of API_METHODS) {
    it(`${method} refuses every wrong shape with bad_request over IPC dispatch and HTTP`, async () => {
      for (const body of WRONG_SHAPES) {
        const viaIpc = await test.core.dispatch(method, body, { transport: "ipc" });
        const viaHttp = await callHttp(method, body);
        expect(viaIpc.ok, `${method} accepted ${JSON.stringify(body)}`).toBe(false);
        if (viaIpc.ok || viaHttp.result.ok) throw new Error("expected errors");
        expect(viaIpc.error.code).toBe("bad_request");
        expect(viaHttp.result.error.code).toBe(viaIpc.error.code);
        expect(viaHttp.status).toBe(400);
      }
    });
  }

  it("names the field that is wrong", async () => {
    const result = await test.core.dispatch("searchKnowledge", { lang: "en", query: 7 }, { transport: "ipc" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues?.map((issue) => issue.path)).toContain("query");
  });

  it("answers an unknown method with unknown_method on both transports", async () => {
    const viaIpc = await test.core.dispatch("dropAllTables", {}, { transport: "ipc" });
    const viaHttp = await callHttp("dropAllTables", {});
    expect(viaIpc).toMatchObject({ ok: false, error: { code: "unknown_method" } });
    expect(viaHttp.result).toMatchObject({ ok: false, error: { code: "unknown_method" } });
    expect(viaHttp.status).toBe(404);
  });

  it("refuses a query longer than the limit and an over-large body", async () => {
    const long = await test.core.dispatch("searchKnowledge", { lang: "en", query: "a".repeat(5000) }, { transport: "ipc" });
    expect(long).toMatchObject({ ok: false, error: { code: "bad_request" } });
    const huge = await callHttp("searchKnowledge", { lang: "en", query: "x".repeat(200_000) });
    expect(huge.status).toBe(413);
    expect(huge.result).toMatchObject({ ok: false, error: { code: "too_large" } });
  });

  it("answers valid calls with a value", async () => {
    const methods: Partial<Record<ApiMethod, unknown>> = {
      health: {},
      getKioskConfig: {},
      listCategories: { lang: "en" },
      searchKnowledge: { lang: "en", query: "visa" },
    };
    for (const [method, body] of Object.entries(methods)) {
      const result = await callHttp(method, body);
      expect(result.status, method).toBe(200);
      expect(result.result.ok, method).toBe(true);
    }
  });
});

describe("the HTTP shell's own checks", () => {
  it("refuses a foreign Host (DNS rebinding) and a foreign Origin (cross-site request)", async () => {
    expect(await statusWithHost(`evil.example:${shell.port}`)).toBe(403);
    expect(await statusWithHost(`127.0.0.1:${shell.port}`)).toBe(200);
    const crossSite = await fetch(`${shell.origin}/api/searchKnowledge`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: "https://evil.example" },
      body: JSON.stringify({ lang: "en", query: "visa" }),
    });
    expect(crossSite.status).toBe(403);
  });

  it("refuses a form-encoded post and malformed JSON with typed errors", async () => {
    const form = await fetch(`${shell.origin}/api/health`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "a=1",
    });
    expect(form.status).toBe(400);
    const broken = await fetch(`${shell.origin}/api/health`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{not json",
    });
    expect(((await broken.json()) as Result<unknown>).ok).toBe(false);
  });

  it("sends security headers and no CORS headers", async () => {
    const response = await fetch(`${shell.origin}/api/health`);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers GET /api/health with the content version and languages", async () => {
    const response = await fetch(`${shell.origin}/api/health`);
    const body = (await response.json()) as Result<{ contentVersion: string; languages: string[] }>;
    expect(body.ok).toBe(true);
    if (!body.ok) return;
    expect(body.value.contentVersion).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(body.value.languages).toEqual(expect.arrayContaining(["en", "zh-Hans"]));
  });
});
