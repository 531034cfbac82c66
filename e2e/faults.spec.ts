/**
 * Fault tests: the HTTP shell runs as a child process and is killed with SIGKILL in the middle of
 * a long operation, then started again on the same data folder. Nothing that was acknowledged is
 * lost, and nothing half-written is visible: each database passes its integrity check, content.db
 * is the old pack or the new one whole, and no temporary file of the interrupted write remains.
 *
 * No browser is needed: the staff API is called over HTTP on 127.0.0.1, as the console does.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { callApi, freshDataDir, startKioskProcess, type KioskProcess } from "../bench/kiosk-process";
import { readZip, writeZip } from "../main/core/content-admin/zip";
import { expect, test } from "./fixtures";

const PIN = "40718293";

type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

async function api<T>(kiosk: KioskProcess, method: string, body: unknown): Promise<T> {
  const { json } = await callApi(kiosk.origin, method, body);
  const envelope = json as Envelope<T>;
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value;
}

async function signIn(kiosk: KioskProcess, first = false): Promise<string> {
  const session = await api<{ token: string }>(kiosk, first ? "staffSetupPin" : "staffLogin", { pin: PIN });
  return session.token;
}

function integrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check).join("; ");
  } finally {
    db.close();
  }
}

function contentVersionOf(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("SELECT value FROM meta WHERE key = 'version'").get() as { value: string } | undefined;
    return row?.value ?? "";
  } finally {
    db.close();
  }
}

/** Files an interrupted write leaves behind; the kiosk must clear them (or never use them). */
function strayFiles(dataDir: string): string[] {
  const contentDir = path.join(dataDir, "content");
  const names = fs.existsSync(contentDir) ? fs.readdirSync(contentDir) : [];
  return names.filter((name) => /^import-|^incoming|\.next$|\.building-|\.installing$|\.tmp$/.test(name));
}

/** After the restart: stop cleanly, then check both databases on disk. */
async function stopAndCheck(kiosk: KioskProcess): Promise<void> {
  await kiosk.stop();
  expect(integrity(path.join(kiosk.dataDir, "kiosk.db")), "kiosk.db integrity").toBe("ok");
  expect(integrity(path.join(kiosk.dataDir, "content", "current.db")), "content.db integrity").toBe("ok");
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Notes a figure on the test and prints it, so that a run shows what each kill hit. */
function note(type: string, description: string): void {
  test.info().annotations.push({ type, description });
  process.stdout.write(`faults: ${type}: ${description}\n`);
}

test.describe.configure({ mode: "serial" });

test("kill -9 during a content-pack import: the old pack or the new one, whole", async () => {
  test.setTimeout(180_000);
  const dataDir = freshDataDir("kiosk-fault-pack-");
  try {
    let kiosk = await startKioskProcess(dataDir);
    let token = await signIn(kiosk, true);
    await api(kiosk, "staffUpdateSettings", { token, patch: { simCounter: "Counter 7, arrivals hall" } });
    const oldVersion = (await api<{ contentVersion: string }>(kiosk, "health", {})).contentVersion;

    // The running pack, exported and given a newer version: a large, valid pack to import.
    const exported = await api<{ dataBase64: string }>(kiosk, "staffExportPack", { token });
    const read = readZip(Buffer.from(exported.dataBase64, "base64"));
    if (!read.ok) throw new Error("the exported pack does not read back");
    const files = read.files.map((file) => {
      if (!/(^|\/)pack\.json$/.test(file.name)) return file;
      const manifest = JSON.parse(file.data.toString("utf8")) as { version: string };
      return { name: file.name, data: Buffer.from(JSON.stringify({ ...manifest, version: "2099.1.1" }, null, 2)) };
    });
    const upload = { token, fileName: "pack-2099.zip", dataBase64: writeZip(files).toString("base64") };

    // How long an import takes here, so the kills land early, midway and late in it.
    const timed = freshDataDir("kiosk-fault-pack-timing-");
    const probe = await startKioskProcess(timed);
    const probeToken = await signIn(probe, true);
    const started = performance.now();
    await api(probe, "staffImportPack", { ...upload, token: probeToken });
    const importMs = performance.now() - started;
    await probe.stop();
    fs.rmSync(timed, { recursive: true, force: true });

    const seen: string[] = [];
    for (const fraction of [0.15, 0.4, 0.65, 0.9, 1.0, 1.1, 1.25]) {
      const call = callApi(kiosk.origin, "staffImportPack", { ...upload, token }).catch(() => undefined);
      await sleep(importMs * fraction);
      await kiosk.kill9();
      await call;

      kiosk = await startKioskProcess(dataDir);
      const health = await api<{ contentVersion: string }>(kiosk, "health", {});
      expect([oldVersion, "2099.1.1"], `after a kill at ${Math.round(fraction * 100)} % of the import`).toContain(health.contentVersion);
      seen.push(health.contentVersion);
      const search = await api<{ hits: unknown[] }>(kiosk, "searchKnowledge", { lang: "en", query: "visa" });
      expect(search.hits.length, "the installed pack answers questions").toBeGreaterThan(0);
      expect(contentVersionOf(path.join(dataDir, "content", "current.db"))).toBe(health.contentVersion);
      expect(strayFiles(dataDir), "no half-written import is left").toEqual([]);
      token = await signIn(kiosk);
      const settings = await api<{ simCounter: string }>(kiosk, "staffGetSettings", { token });
      expect(settings.simCounter, "settings written before the import survive").toBe("Counter 7, arrivals hall");
      if (health.contentVersion === "2099.1.1") break;
    }
    note("pack import", `import takes ${Math.round(importMs)} ms here; version after each kill: ${seen.join(", ")}`);
    await stopAndCheck(kiosk);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test("kill -9 during SIM pickups: every acknowledged pickup keeps its ticket", async () => {
  test.setTimeout(120_000);
  const dataDir = freshDataDir("kiosk-fault-sim-");
  try {
    let kiosk = await startKioskProcess(dataDir);
    let token = await signIn(kiosk, true);
    const today = new Date().toISOString().slice(0, 10);
    const count = 300;
    const codes = Array.from({ length: count }, (_, index) => `CKG-${String(index).padStart(5, "0")}`);
    const csv = ["order_code,carrier,plan,surname,passport_last4,arrival_date", ...codes.map((code, index) => `${code},China Mobile,Traveller 30 days,Smith,${String(1000 + index)},${today}`)].join("\n");
    const report = await api<{ imported: number; errors: unknown[] }>(kiosk, "staffImportSimOrders", {
      token,
      fileName: "orders.csv",
      dataBase64: Buffer.from(csv).toString("base64"),
    });
    expect(report).toMatchObject({ imported: count, errors: [] });

    // Travellers check in, eight at a time, until the process is killed under them.
    const acknowledged = new Map<string, string>();
    let stop = false;
    const traveller = async (lane: number): Promise<void> => {
      for (let index = lane; index < count && !stop; index += 8) {
        const code = codes[index]!;
        try {
          const { json } = await callApi(kiosk.origin, "lookupSimOrder", { lang: "en", code, factor: String(1000 + index) });
          const envelope = json as Envelope<{ ticket: string }>;
          if (envelope.ok) acknowledged.set(code, envelope.value.ticket);
        } catch {
          return; // the connection died with the process
        }
      }
    };
    const lanes = Array.from({ length: 8 }, (_, lane) => traveller(lane));
    await sleep(400);
    await kiosk.kill9();
    stop = true;
    await Promise.all(lanes);
    expect(acknowledged.size, "some pickups were answered before the kill").toBeGreaterThan(0);

    kiosk = await startKioskProcess(dataDir);
    token = await signIn(kiosk);
    const orders = await api<{ code: string; status: string; ticket: string | null }[]>(kiosk, "staffListSimOrders", { token });
    expect(orders.length, "every imported order is still there").toBe(count);
    for (const [code, ticket] of acknowledged) {
      const order = orders.find((candidate) => candidate.code === code);
      expect(order, `acknowledged pickup ${code}`).toMatchObject({ status: "arrived", ticket });
    }
    const arrived = orders.filter((order) => order.status === "arrived");
    expect(arrived.every((order) => order.ticket), "no arrived order without a ticket").toBe(true);
    expect(new Set(arrived.map((order) => order.ticket)).size, "no ticket given twice").toBe(arrived.length);
    note("SIM pickups", `${acknowledged.size} acknowledged before the kill, ${arrived.length} arrived after the restart`);
    await stopAndCheck(kiosk);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test("kill -9 during staff settings writes: the last acknowledged write or a later one, never a mix", async () => {
  test.setTimeout(120_000);
  const dataDir = freshDataDir("kiosk-fault-settings-");
  try {
    let kiosk = await startKioskProcess(dataDir);
    let token = await signIn(kiosk, true);
    let lastAcknowledged = -1;
    let stop = false;
    const writer = (async () => {
      for (let n = 0; !stop; n += 1) {
        try {
          const patch = { simCounter: `write ${n}`, idleTimeoutSeconds: 60 + (n % 800), kioskId: `kiosk-${n}` };
          const { json } = await callApi(kiosk.origin, "staffUpdateSettings", { token, patch });
          if ((json as Envelope<unknown>).ok) lastAcknowledged = n;
        } catch {
          return;
        }
      }
    })();
    await sleep(1_500);
    await kiosk.kill9();
    stop = true;
    await writer;
    expect(lastAcknowledged, "some writes were acknowledged before the kill").toBeGreaterThan(0);

    kiosk = await startKioskProcess(dataDir);
    token = await signIn(kiosk);
    const settings = await api<{ simCounter: string; idleTimeoutSeconds: number; kioskId: string }>(kiosk, "staffGetSettings", { token });
    const n = Number(/^write (\d+)$/.exec(settings.simCounter)?.[1] ?? -1);
    expect(n, "the last acknowledged write (or the one in flight) is kept").toBeGreaterThanOrEqual(lastAcknowledged);
    expect(n).toBeLessThanOrEqual(lastAcknowledged + 1);
    expect(settings, "all fields come from the same write").toMatchObject({ idleTimeoutSeconds: 60 + (n % 800), kioskId: `kiosk-${n}` });
    note("settings", `last acknowledged write ${lastAcknowledged}, kept ${n}`);
    await stopAndCheck(kiosk);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
