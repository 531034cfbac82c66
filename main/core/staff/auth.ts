import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import type Database from "better-sqlite3";
import type { StaffSession, StaffStatus } from "../../api/contract";
import { ApiFailure } from "../../api/dispatcher";
import type { Logger } from "../../logging/logger";
import type { SettingsStore } from "../settings";

/** Milliseconds since the epoch; tests pass their own to move time forward. */
export type Clock = () => number;

export const PIN_PATTERN = /^[0-9]{6,12}$/;
export const SESSION_IDLE_MS = 15 * 60 * 1000;
export const FAILURES_BEFORE_LOCK = 5;
/** The first lock lasts a minute; each further lock doubles it, up to an hour. */
const FIRST_LOCK_MS = 60 * 1000;
const LONGEST_LOCK_MS = 60 * 60 * 1000;

interface ScryptParams {
  N: number;
  r: number;
  p: number;
  keylen: number;
}

/** About 32 MiB and a few tens of milliseconds per try: slow for a guesser, quick for staff. */
const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1, keylen: 32 };

export interface StaffAuth {
  status(): StaffStatus;
  setupPin(pin: string): Promise<StaffSession>;
  login(pin: string): Promise<StaffSession>;
  logout(token: string): void;
  changePin(token: string, currentPin: string, newPin: string): Promise<void>;
  /** Throws ApiFailure("unauthorized") unless the token is a live session; each call renews it. */
  requireStaff(token: string): void;
  /** Appends one line to the audit log. Callers pass what was done, never a PIN or a token. */
  audit(action: string, detail: string): void;
}

function deriveKey(pin: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize("NFKC"), salt, params.keylen, options, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

function tokenKey(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function checkPinShape(pin: string): void {
  if (!PIN_PATTERN.test(pin)) throw new ApiFailure("bad_request", "the PIN must be 6 to 12 digits");
}

/**
 * Staff sign-in for the console. The PIN is kept only as a salted scrypt hash; sessions live in
 * memory (a restart signs everyone out) and end after 15 idle minutes; the count of wrong PINs
 * and any lock are kept in kiosk.db so that restarting the kiosk does not clear them.
 */
export function createStaffAuth(
  db: Database.Database,
  settings: SettingsStore,
  logger: Logger,
  clock: Clock = Date.now,
): StaffAuth {
  const log = logger.child("staff");
  const sessions = new Map<string, number>();
  const selectPin = db.prepare("SELECT hash, salt, params FROM staff_pin WHERE id = 1");
  const upsertPin = db.prepare(
    "INSERT INTO staff_pin (id, hash, salt, params, set_at) VALUES (1, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET hash = excluded.hash, salt = excluded.salt, params = excluded.params, set_at = excluded.set_at",
  );
  const selectLock = db.prepare("SELECT failures, locks, locked_until AS lockedUntil FROM staff_lockout WHERE id = 1");
  const upsertLock = db.prepare(
    "INSERT INTO staff_lockout (id, failures, locks, locked_until) VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET failures = excluded.failures, locks = excluded.locks, locked_until = excluded.locked_until",
  );
  const insertAudit = db.prepare("INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)");
  // Attempts run one at a time so that parallel guesses cannot slip past the failure count.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const nowIso = (): string => new Date(clock()).toISOString();

  const audit = (action: string, detail: string): void => {
    insertAudit.run(nowIso(), `staff@${settings.get().kioskId}`, action.slice(0, 60), detail.slice(0, 500));
  };

  const lockState = (): { failures: number; locks: number; lockedUntil: string | null } =>
    (selectLock.get() as { failures: number; locks: number; lockedUntil: string | null } | undefined) ?? {
      failures: 0,
      locks: 0,
      lockedUntil: null,
    };

  const activeLock = (): string | null => {
    const { lockedUntil } = lockState();
    return lockedUntil && Date.parse(lockedUntil) > clock() ? lockedUntil : null;
  };

  const refuseWhileLocked = (): void => {
    const until = activeLock();
    if (until) throw new ApiFailure("rate_limited", `too many wrong PINs; staff sign-in is locked until ${until}`);
  };

  const recordFailure = (): void => {
    const state = lockState();
    const failures = state.failures + 1;
    if (failures < FAILURES_BEFORE_LOCK) {
      upsertLock.run(failures, state.locks, state.lockedUntil);
      audit("staff.pin-wrong", `wrong PIN (${failures} of ${FAILURES_BEFORE_LOCK})`);
      return;
    }
    const locks = state.locks + 1;
    const ms = Math.min(FIRST_LOCK_MS * 2 ** (locks - 1), LONGEST_LOCK_MS);
    const until = new Date(clock() + ms).toISOString();
    upsertLock.run(0, locks, until);
    audit("staff.locked", `sign-in locked for ${Math.round(ms / 60000)} min after ${FAILURES_BEFORE_LOCK} wrong PINs`);
    log.warn("staff sign-in locked", { minutes: Math.round(ms / 60000) });
  };

  const clearFailures = (): void => {
    upsertLock.run(0, 0, null);
  };

  const pinMatches = async (pin: string): Promise<boolean> => {
    const row = selectPin.get() as { hash: string; salt: string; params: string } | undefined;
    if (!row) return false;
    const params = JSON.parse(row.params) as ScryptParams;
    const expected = Buffer.from(row.hash, "base64");
    const actual = await deriveKey(pin, Buffer.from(row.salt, "base64"), params);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  };

  const storePin = async (pin: string): Promise<void> => {
    const salt = randomBytes(16);
    const key = await deriveKey(pin, salt, SCRYPT_PARAMS);
    upsertPin.run(key.toString("base64"), salt.toString("base64"), JSON.stringify(SCRYPT_PARAMS), nowIso());
  };

  const openSession = (): StaffSession => {
    const token = randomBytes(32).toString("base64url");
    sessions.set(tokenKey(token), clock());
    return { token, expiresAt: new Date(clock() + SESSION_IDLE_MS).toISOString() };
  };

  const requireStaff = (token: string): void => {
    const key = tokenKey(token);
    const lastSeen = sessions.get(key);
    if (lastSeen === undefined || clock() - lastSeen > SESSION_IDLE_MS) {
      sessions.delete(key);
      throw new ApiFailure("unauthorized", "staff sign-in needed (the session is missing or has expired)");
    }
    sessions.set(key, clock());
  };

  return {
    status: () => ({ pinSet: selectPin.get() !== undefined, lockedUntil: activeLock() }),

    setupPin: (pin) =>
      serial(async () => {
        checkPinShape(pin);
        if (selectPin.get()) throw new ApiFailure("forbidden", "a staff PIN is already set; sign in to change it");
        await storePin(pin);
        clearFailures();
        audit("staff.pin-setup", "first staff PIN set");
        return openSession();
      }),

    login: (pin) =>
      serial(async () => {
        refuseWhileLocked();
        if (!selectPin.get()) throw new ApiFailure("forbidden", "no staff PIN is set yet");
        if (!PIN_PATTERN.test(pin) || !(await pinMatches(pin))) {
          recordFailure();
          refuseWhileLocked();
          throw new ApiFailure("unauthorized", "wrong PIN");
        }
        clearFailures();
        audit("staff.login", "signed in");
        return openSession();
      }),

    logout: (token) => {
      requireStaff(token);
      sessions.delete(tokenKey(token));
      audit("staff.logout", "signed out");
    },

    changePin: (token, currentPin, newPin) =>
      serial(async () => {
        requireStaff(token);
        refuseWhileLocked();
        checkPinShape(newPin);
        if (!(await pinMatches(currentPin))) {
          recordFailure();
          refuseWhileLocked();
          throw new ApiFailure("unauthorized", "the current PIN is wrong");
        }
        clearFailures();
        await storePin(newPin);
        const keep = tokenKey(token);
        for (const key of [...sessions.keys()]) if (key !== keep) sessions.delete(key);
        audit("staff.pin-change", "staff PIN changed; other sessions signed out");
      }),

    requireStaff,
    audit,
  };
}
