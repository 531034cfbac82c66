import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { ApiFailure } from "../../api/dispatcher";
import { createMemoryLogger } from "../../logging/logger";
import { runMigrations } from "../../store/migrations";
import { createSettingsStore } from "../settings";
import { createStaffAuth, FAILURES_BEFORE_LOCK, SESSION_IDLE_MS } from "./auth";

function setup(db = new Database(":memory:")) {
  runMigrations(db);
  let now = Date.parse("2026-12-04T08:00:00Z");
  const clock = { now: () => now, advance: (ms: number) => (now += ms) };
  const { logger } = createMemoryLogger();
  const auth = createStaffAuth(db, createSettingsStore(db), logger, clock.now);
  return { db, auth, clock };
}

async function failureCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "none";
  } catch (error) {
    return error instanceof ApiFailure ? error.code : "thrown";
  }
}

describe("staff sign-in", () => {
  it("stores the PIN only as a salted scrypt hash and sets it up once", async () => {
    const { db, auth } = setup();
    expect(auth.status()).toEqual({ pinSet: false, lockedUntil: null });
    const session = await auth.setupPin("246810");
    expect(session.token.length).toBeGreaterThan(30);

    const row = db.prepare("SELECT hash, salt, params FROM staff_pin").get() as { hash: string; salt: string; params: string };
    expect(row.hash).not.toContain("246810");
    expect(JSON.parse(row.params)).toMatchObject({ N: 2 ** 15, r: 8 });
    expect(Buffer.from(row.salt, "base64")).toHaveLength(16);
    expect(await failureCode(auth.setupPin("135790"))).toBe("forbidden");
    expect(auth.status().pinSet).toBe(true);
  });

  it("refuses PINs that are not 6 to 12 digits", async () => {
    const { auth } = setup();
    expect(await failureCode(auth.setupPin("12345"))).toBe("bad_request");
    expect(await failureCode(auth.setupPin("1234567890123"))).toBe("bad_request");
    expect(await failureCode(auth.setupPin("12345a"))).toBe("bad_request");
  });

  it("logs in with the right PIN and never writes the PIN to the audit log", async () => {
    const { db, auth } = setup();
    await auth.setupPin("246810");
    expect(await failureCode(auth.login("111111"))).toBe("unauthorized");
    const session = await auth.login("246810");
    expect(() => auth.requireStaff(session.token)).not.toThrow();
    const audit = db.prepare("SELECT action, detail FROM audit_log").all() as { action: string; detail: string }[];
    expect(audit.map((row) => row.action)).toEqual(["staff.pin-setup", "staff.pin-wrong", "staff.login"]);
    expect(JSON.stringify(audit)).not.toMatch(/246810|111111/);
  });

  it("locks after five wrong PINs, keeps the lock across a restart and doubles it next time", async () => {
    const { db, auth, clock } = setup();
    await auth.setupPin("246810");
    const codes: string[] = [];
    for (let i = 0; i < FAILURES_BEFORE_LOCK; i += 1) codes.push(await failureCode(auth.login("000000")));
    expect(codes.slice(0, 4)).toEqual(["unauthorized", "unauthorized", "unauthorized", "unauthorized"]);
    expect(codes[4]).toBe("rate_limited");

    const { logger } = createMemoryLogger();
    const restarted = createStaffAuth(db, createSettingsStore(db), logger, clock.now);
    expect(restarted.status().lockedUntil).not.toBeNull();
    expect(await failureCode(restarted.login("246810"))).toBe("rate_limited");

    clock.advance(61_000);
    for (let i = 0; i < FAILURES_BEFORE_LOCK; i += 1) await failureCode(restarted.login("000000"));
    clock.advance(61_000);
    expect(await failureCode(restarted.login("246810"))).toBe("rate_limited");
    clock.advance(60_000);
    await expect(restarted.login("246810")).resolves.toHaveProperty("token");
  });

  it("ends a session after 15 idle minutes, and each call renews it", async () => {
    const { auth, clock } = setup();
    const { token } = await auth.setupPin("246810");
    clock.advance(SESSION_IDLE_MS - 1000);
    auth.requireStaff(token);
    clock.advance(SESSION_IDLE_MS - 1000);
    auth.requireStaff(token);
    clock.advance(SESSION_IDLE_MS + 1);
    expect(() => auth.requireStaff(token)).toThrow(ApiFailure);
    expect(() => auth.requireStaff("made-up")).toThrow(/sign-in needed/);
  });

  it("changes the PIN only with the current one and signs out on logout", async () => {
    const { auth } = setup();
    const { token } = await auth.setupPin("246810");
    expect(await failureCode(auth.changePin(token, "999999", "13579135"))).toBe("unauthorized");
    await auth.changePin(token, "246810", "13579135");
    expect(await failureCode(auth.login("246810"))).toBe("unauthorized");
    const second = await auth.login("13579135");
    auth.logout(second.token);
    expect(() => auth.requireStaff(second.token)).toThrow(ApiFailure);
  });
});
