import path from "node:path";
import Database from "better-sqlite3";
import { contentPaths } from "../../store/content-db";
import type { Dispatch } from "../../api/dispatcher";

/** PRAGMA integrity_check of one database file, opened read-only beside the running core. */
export function integrityOf(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check).join("; ");
  } finally {
    db.close();
  }
}

/** kiosk.db and the installed content.db of a data folder, each "ok" when sound. */
export function dataDirIntegrity(dataDir: string): { kiosk: string; content: string } {
  return {
    kiosk: integrityOf(path.join(dataDir, "kiosk.db")),
    content: integrityOf(contentPaths(dataDir).current),
  };
}

export const STAFF_PIN = "40718293";

/** Sets the staff PIN on a fresh core (or signs in when it is set) and returns a session token. */
export async function staffToken(dispatch: Dispatch, pin = STAFF_PIN): Promise<string> {
  const setup = await dispatch("staffSetupPin", { pin }, { transport: "ipc" });
  if (setup.ok) return (setup.value as { token: string }).token;
  const login = await dispatch("staffLogin", { pin }, { transport: "ipc" });
  if (!login.ok) throw new Error(`staff sign-in failed: ${login.error.code} ${login.error.message}`);
  return (login.value as { token: string }).token;
}

/** Methods that change the PIN, the sign-in or the lock: fuzzed on a core of their own each. */
export const AUTH_METHODS: ReadonlySet<string> = new Set(["staffSetupPin", "staffLogin", "staffChangePin", "staffLogout"]);
