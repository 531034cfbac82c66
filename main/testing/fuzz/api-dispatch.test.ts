/**
 * Every API method, through the dispatcher both shells call, with FUZZ_RUNS generated hostile
 * requests each: every answer is a proper envelope (a value or a typed error, never "internal"),
 * and afterwards kiosk.db and content.db pass SQLite's integrity check.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { API_METHODS, type ApiMethod } from "../../api/contract";
import { startTestCore, type TestCore } from "../fixtures";
import { AUTH_METHODS, dataDirIntegrity, staffToken } from "./checks";
import { describeBody, envelopeProblem, FUZZ_RUNS, hostileRequest, withToken } from "./hostile";

const shared: { core?: TestCore; token?: string } = {};
/** How each method answered, by outcome: printed with KIOSK_FUZZ_REPORT=1 to see what was reached. */
const outcomes = new Map<string, number>();

function sharedCore(): { core: TestCore; token: () => Promise<string> } {
  if (!shared.core) shared.core = startTestCore();
  const core = shared.core;
  return {
    core,
    token: async () => {
      // A fuzzed call may have ended the session (e.g. a patch that shortens nothing but expires
      // it); sign in again whenever the kept token stops working.
      if (shared.token) {
        const check = await core.core.dispatch("staffGetSettings", { token: shared.token }, { transport: "ipc" });
        if (check.ok) return shared.token;
      }
      shared.token = await staffToken(core.core.dispatch);
      return shared.token;
    },
  };
}

async function fuzzMethod(method: ApiMethod, core: TestCore, token: () => Promise<string>): Promise<number> {
  let calls = 0;
  const realToken = await token();
  await fc.assert(
    fc.asyncProperty(hostileRequest(method), async (body) => {
      calls += 1;
      const result = await core.core.dispatch(method, withToken(body, realToken), { transport: "ipc" });
      const problem = envelopeProblem(result);
      const outcome = result.ok ? "ok" : result.error.code;
      outcomes.set(`${method} ${outcome}`, (outcomes.get(`${method} ${outcome}`) ?? 0) + 1);
      if (problem) throw new Error(`${method}: ${problem} for ${describeBody(body)}`);
    }),
    { numRuns: FUZZ_RUNS, endOnFailure: true },
  );
  return calls;
}

describe("fuzzing every API method through the dispatcher", () => {
  afterAll(() => {
    if (process.env.KIOSK_FUZZ_REPORT) {
      process.stderr.write(`${[...outcomes.entries()].map(([key, count]) => `${key}: ${count}`).join("\n")}\n`);
    }
    if (!shared.core) return;
    const integrity = dataDirIntegrity(shared.core.dataDir);
    shared.core.dispose();
    expect(integrity).toEqual({ kiosk: "ok", content: "ok" });
  });

  it.each(API_METHODS.filter((method) => !AUTH_METHODS.has(method)))("%s", async (method) => {
    const { core, token } = sharedCore();
    const calls = await fuzzMethod(method, core, token);
    expect(calls).toBeGreaterThanOrEqual(FUZZ_RUNS);
    const health = await core.core.dispatch("health", {}, { transport: "ipc" });
    expect(health.ok, "the core still answers").toBe(true);
  });

  it.each([...AUTH_METHODS] as ApiMethod[])("%s (on a core of its own)", async (method) => {
    const own = startTestCore();
    try {
      let token = "";
      const calls = await fuzzMethod(method, own, async () => (token ||= await staffToken(own.core.dispatch)));
      expect(calls).toBeGreaterThanOrEqual(FUZZ_RUNS);
      expect((await own.core.dispatch("health", {}, { transport: "ipc" })).ok).toBe(true);
      expect(dataDirIntegrity(own.dataDir)).toEqual({ kiosk: "ok", content: "ok" });
    } finally {
      own.dispose();
    }
  });
});
