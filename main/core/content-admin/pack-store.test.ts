import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ContentStatus, FieldIssue, KbAnswer, PackInfo } from "../../api/contract";
import { contentPaths, openContentDb, readContentMeta } from "../../store/content-db";
import type { InstallStep } from "./pack-store";
import { editJson, packZip, removeDir, startRig, type PackFiles, type Rig } from "./test-rig";
import { readZip, writeZip } from "./zip";

type ImportResult = { installed: PackInfo } | { rejected: FieldIssue[] };

async function importPack(rig: Rig, zip: Buffer, fileName = "pack.zip"): Promise<ImportResult> {
  return rig.call<ImportResult>("staffImportPack", { token: rig.token, fileName, dataBase64: zip.toString("base64") });
}

function firstEntry(files: PackFiles, name: string, edit: (entry: Record<string, unknown>) => void): void {
  editJson(files, name, (data) => {
    const entries = data.entries as Record<string, unknown>[];
    edit(entries[0]!);
  });
}

/** Text that does not compress, so a big file stays big inside the archive. */
function incompressible(chars: number): string {
  return crypto.randomBytes(Math.ceil((chars * 3) / 4)).toString("base64").slice(0, chars);
}

function zipOf(files: PackFiles, extra: { name: string; data: Buffer; mode?: number }[] = []): Buffer {
  return writeZip([...[...files].map(([name, data]) => ({ name, data })), ...extra]);
}

function withShipped(edit: (files: PackFiles) => void): Buffer {
  let captured: PackFiles | undefined;
  packZip((files) => {
    edit(files);
    captured = files;
  });
  return zipOf(captured!);
}

function withExtra(extra: { name: string; data: Buffer; mode?: number }[]): Buffer {
  let captured: PackFiles | undefined;
  packZip((files) => {
    captured = files;
  });
  return zipOf(captured!, extra);
}

interface BrokenCase {
  kind: string;
  zip: () => Buffer;
  /** The issue's path must contain this ("file" or "file: field"). */
  path: string;
  message: RegExp;
}

const BROKEN: BrokenCase[] = [
  {
    kind: "bad JSON",
    zip: () => withShipped((files) => files.set("kb/entry.json", Buffer.from('{ "entries": [ { "id": '))),
    path: "kb/entry.json",
    message: /not valid JSON/,
  },
  {
    kind: "missing language field (no English title)",
    zip: () => withShipped((files) => firstEntry(files, "kb/entry.json", (entry) => delete (entry.title as Record<string, string>).en)),
    path: "kb/entry.json: entries[0].title.en",
    message: /./,
  },
  {
    kind: "unknown source reference",
    zip: () => withShipped((files) => firstEntry(files, "kb/entry.json", (entry) => (entry.sources = ["no-such-source"]))),
    path: "kb/entry.json: entries[0].sources[0]",
    message: /unknown source "no-such-source"/,
  },
  {
    kind: "unknown fact placeholder",
    zip: () =>
      withShipped((files) =>
        firstEntry(files, "kb/entry.json", (entry) => {
          const body = entry.body as Record<string, string>;
          body.en = `${body.en} {{fact:no-such-fact}}`;
        }),
      ),
    path: "kb/entry.json: entries[0].body.en",
    message: /unknown fact "no-such-fact"/,
  },
  {
    kind: "duplicate id across files",
    zip: () =>
      withShipped((files) => {
        const copied = (JSON.parse(files.get("kb/entry.json")!.toString()) as { entries: unknown[] }).entries[0];
        editJson(files, "kb/money.json", (data) => (data.entries as unknown[]).push(copied));
      }),
    path: "kb/money.json: entries[",
    message: /duplicate id "visa-240h-transit" \(first in kb\/entry\.json\)/,
  },
  {
    kind: "wrong type (a number for a title)",
    zip: () => withShipped((files) => firstEntry(files, "kb/entry.json", (entry) => ((entry.title as Record<string, unknown>).en = 42))),
    path: "kb/entry.json: entries[0].title.en",
    message: /string/,
  },
  {
    kind: "a 10 MB string",
    zip: () => withShipped((files) => firstEntry(files, "kb/entry.json", (entry) => ((entry.body as Record<string, string>).en = incompressible(10_000_000)))),
    path: "kb/entry.json",
    message: /8\.0 MB/,
  },
  {
    kind: "an overlong text field",
    zip: () => withShipped((files) => firstEntry(files, "kb/entry.json", (entry) => ((entry.title as Record<string, string>).en = "Visa ".repeat(5000)))),
    path: "kb/entry.json: entries[0].title.en",
    message: /longer than 20000 characters/,
  },
  {
    kind: "path traversal in a zip entry",
    zip: () => withExtra([{ name: "../../etc/passwd", data: Buffer.from("root:x:0:0") }]),
    path: "../../etc/passwd",
    message: /climbs out/,
  },
  {
    kind: "path traversal in an image name",
    zip: () => withExtra([{ name: "images/../../../tmp/evil.png", data: Buffer.from([0x89, 0x50, 0x4e, 0x47]) }]),
    path: "images/../../../tmp/evil.png",
    message: /climbs out/,
  },
  {
    kind: "an absolute path",
    zip: () => withExtra([{ name: "/etc/cron.d/evil", data: Buffer.from("* * * * * root true") }]),
    path: "/etc/cron.d/evil",
    message: /absolute/,
  },
  {
    kind: "a badly named image",
    zip: () => withExtra([{ name: "images/Map Of T3.PNG", data: Buffer.from([0x89, 0x50]) }]),
    path: "images/Map Of T3.PNG",
    message: /characters a pack may not use/,
  },
  {
    kind: "wrong format version",
    zip: () => withShipped((files) => editJson(files, "pack.json", (manifest) => (manifest.format = 2))),
    path: "pack.json: format",
    message: /pack format 1/,
  },
  {
    kind: "broken metro network (unknown station on a line)",
    zip: () =>
      withShipped((files) =>
        editJson(files, "metro/chongqing-metro.json", (metro) => {
          const lines = metro.lines as { stations: string[] }[];
          lines[0]!.stations.push("no-such-station");
        }),
      ),
    path: "metro/chongqing-metro.json: lines[0]",
    message: /no-such-station/,
  },
  {
    kind: "disconnected metro network",
    zip: () =>
      withShipped((files) =>
        editJson(files, "metro/chongqing-metro.json", (metro) => {
          (metro.stations as unknown[]).push({
            id: "island-station",
            name_zh: "孤岛站",
            name_en: "Island Station",
            lat: 29.5,
            lon: 106.5,
          });
        }),
      ),
    path: "metro/chongqing-metro.json",
    message: /island-station|Island Station/,
  },
  {
    kind: "a symbolic link",
    zip: () => withExtra([{ name: "kb/link.json", data: Buffer.from("/etc/passwd"), mode: 0o120777 }]),
    path: "kb/link.json",
    message: /symbolic link/,
  },
  {
    kind: "a device file",
    zip: () => withExtra([{ name: "images/dev.png", data: Buffer.alloc(0), mode: 0o020644 }]),
    path: "images/dev.png",
    message: /device/,
  },
  {
    kind: "an unexpected root file",
    zip: () => withExtra([{ name: "notes.txt", data: Buffer.from("remember to update the fares") }]),
    path: "notes.txt",
    message: /not part of the pack format/,
  },
  {
    kind: "a zip bomb",
    zip: () => withExtra([{ name: "images/bomb.png", data: Buffer.alloc(6 * 1024 * 1024) }]),
    path: "images/bomb.png",
    message: /zip bomb/,
  },
  {
    kind: "an older pack version",
    zip: () => packZip(undefined, "2026.11.30"),
    path: "pack.json: version",
    message: /older than the running 2026\.12\.1/,
  },
  {
    kind: "a different pack id",
    zip: () => withShipped((files) => editJson(files, "pack.json", (manifest) => (manifest.id = "pvg-arrivals"))),
    path: "pack.json: id",
    message: /"pvg-arrivals", but this kiosk runs pack "ckg-arrivals"/,
  },
  {
    kind: "a missing required file",
    zip: () => withShipped((files) => files.delete("metro/chongqing-metro.json")),
    path: "metro/chongqing-metro.json",
    message: /missing/,
  },
  {
    kind: "not a ZIP archive",
    zip: () => crypto.randomBytes(4096),
    path: "(archive)",
    message: /not a ZIP archive/,
  },
];

describe("a broken content pack", () => {
  let rig: Rig;
  let visaBefore: string | undefined;
  beforeAll(async () => {
    rig = await startRig();
    visaBefore = (await rig.search("visa")).hits[0]?.id;
  });
  afterAll(() => {
    rig.close();
    removeDir(rig.dataDir);
  });

  it("covers at least twelve kinds of breakage", () => {
    expect(new Set(BROKEN.map((c) => c.kind)).size).toBeGreaterThanOrEqual(12);
  });

  it.each(BROKEN)("is rejected whole for $kind, naming the file and field", async ({ zip, path: where, message }) => {
    const result = await importPack(rig, zip());
    expect("rejected" in result).toBe(true);
    const issues = "rejected" in result ? result.rejected : [];
    const named = issues.filter((issue) => issue.path.includes(where));
    expect(named, JSON.stringify(issues.slice(0, 5))).not.toEqual([]);
    expect(named.some((issue) => message.test(issue.message)), JSON.stringify(named.slice(0, 5))).toBe(true);

    // The running content answers exactly as before and nothing was left behind.
    expect(visaBefore).toBeTruthy();
    expect((await rig.search("visa")).hits[0]?.id).toBe(visaBefore);
    const status = await rig.call<ContentStatus>("staffContentStatus", { token: rig.token });
    expect(status.current.version).toBe("2026.12.1");
    expect(status.previous).toBeNull();
    expect(fs.readdirSync(contentPaths(rig.dataDir).dir).sort()).toEqual(["current.db"]);
  });

  it("lists every problem, not just the first", async () => {
    const zip = withShipped((files) => {
      firstEntry(files, "kb/entry.json", (entry) => (entry.sources = ["gone-1", "gone-2"]));
      editJson(files, "pack.json", (manifest) => (manifest.format = 3));
    });
    const result = await importPack(rig, zip);
    const paths = "rejected" in result ? result.rejected.map((issue) => issue.path) : [];
    expect(paths).toEqual(
      expect.arrayContaining(["kb/entry.json: entries[0].sources[0]", "kb/entry.json: entries[0].sources[1]", "pack.json: format"]),
    );
  });

  it("is refused without a staff sign-in or with a file that is not a .zip", async () => {
    const zip = packZip();
    const anonymous = await rig.dispatch(
      "staffImportPack",
      { token: "not-a-session", fileName: "pack.zip", dataBase64: zip.toString("base64") },
      { transport: "http" },
    );
    expect(anonymous.ok ? "ok" : anonymous.error.code).toBe("unauthorized");
    const wrongName = await rig.dispatch(
      "staffImportPack",
      { token: rig.token, fileName: "pack.json", dataBase64: zip.toString("base64") },
      { transport: "http" },
    );
    expect(wrongName.ok ? "ok" : wrongName.error.code).toBe("bad_request");
  });
});

const CHANGED_TITLE = "240-hour visa-free transit: who qualifies";

function goodPack(version = "2026.12.2"): Buffer {
  return packZip(
    (files) => firstEntry(files, "kb/entry.json", (entry) => ((entry.title as Record<string, string>).en = CHANGED_TITLE)),
    version,
  );
}

describe("a good content pack", () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => {
    rig.close();
    removeDir(rig.dataDir);
  });

  it("exports the shipped pack exactly as it was compiled", async () => {
    const exported = await rig.call<{ fileName: string; dataBase64: string }>("staffExportPack", { token: rig.token });
    expect(exported.fileName).toBe("ckg-arrivals-2026.12.1.zip");
    const read = readZip(Buffer.from(exported.dataBase64, "base64"));
    expect(read.ok).toBe(true);
    const names = read.ok ? read.files.map((file) => file.name) : [];
    expect(names).toEqual(expect.arrayContaining(["pack.json", "kb/entry.json", "metro/chongqing-metro.json"]));
  });

  it("installs without a restart, is searchable at once and keeps the old one as previous", async () => {
    expect((await rig.search("qualifies")).hits.map((hit) => hit.id)).not.toContain("visa-240h-transit");
    const result = await importPack(rig, goodPack());
    expect(result).toMatchObject({ installed: { packId: "ckg-arrivals", version: "2026.12.2" } });

    const hits = (await rig.search("qualifies")).hits;
    expect(hits[0]?.id).toBe("visa-240h-transit");
    expect(hits[0]?.title.text).toBe(CHANGED_TITLE);
    const answer = await rig.call<KbAnswer>("getEntry", { lang: "en", id: "visa-240h-transit" });
    expect(answer.title.text).toBe(CHANGED_TITLE);

    const status = await rig.call<ContentStatus>("staffContentStatus", { token: rig.token });
    expect(status.current.version).toBe("2026.12.2");
    expect(status.previous?.version).toBe("2026.12.1");
    expect(status.current.installedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(fs.readdirSync(contentPaths(rig.dataDir).dir).sort()).toEqual(["current.db", "previous.db"]);
    const audit = rig.kioskDb.prepare("SELECT action, detail FROM audit_log WHERE action LIKE 'content.%'").all();
    expect(audit).toContainEqual({ action: "content.import", detail: "installed ckg-arrivals 2026.12.2" });
  });

  it("exports the running pack so that it round-trips", async () => {
    const exported = await rig.call<{ fileName: string; dataBase64: string }>("staffExportPack", { token: rig.token });
    expect(exported.fileName).toBe("ckg-arrivals-2026.12.2.zip");
    const zip = Buffer.from(exported.dataBase64, "base64");
    const read = readZip(zip);
    const original = readZip(goodPack());
    if (!read.ok || !original.ok) throw new Error("archives unreadable");
    const sorted = (files: { name: string; data: Buffer }[]) =>
      files.map((file) => [file.name, file.data.toString("base64")]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    expect(sorted(read.files)).toEqual(sorted(original.files));
    // Reinstalling the exported pack (same version) is accepted and changes nothing visible.
    expect(await importPack(rig, zip, exported.fileName)).toMatchObject({ installed: { version: "2026.12.2" } });
    expect((await rig.search("qualifies")).hits[0]?.id).toBe("visa-240h-transit");
  });
});

describe("rollback", () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => {
    rig.close();
    removeDir(rig.dataDir);
  });

  it("answers not_found when there is no previous pack", async () => {
    const result = await rig.dispatch("staffRollbackPack", { token: rig.token }, { transport: "ipc" });
    expect(result.ok ? "ok" : result.error.code).toBe("not_found");
  });

  it("restores the previous answer without a restart, and can go forward again", async () => {
    await importPack(rig, goodPack());
    expect((await rig.search("qualifies")).hits[0]?.id).toBe("visa-240h-transit");

    const back = await rig.call<ContentStatus>("staffRollbackPack", { token: rig.token });
    expect(back.current.version).toBe("2026.12.1");
    expect(back.previous?.version).toBe("2026.12.2");
    expect((await rig.search("qualifies")).hits.map((hit) => hit.id)).not.toContain("visa-240h-transit");
    const answer = await rig.call<KbAnswer>("getEntry", { lang: "en", id: "visa-240h-transit" });
    expect(answer.title.text).toBe("240-hour visa-free transit");

    const forward = await rig.call<ContentStatus>("staffRollbackPack", { token: rig.token });
    expect(forward.current.version).toBe("2026.12.2");
    expect((await rig.search("qualifies")).hits[0]?.id).toBe("visa-240h-transit");
    const audit = rig.kioskDb.prepare("SELECT detail FROM audit_log WHERE action = 'content.rollback'").all();
    expect(audit).toEqual([{ detail: "from 2026.12.2 to 2026.12.1" }, { detail: "from 2026.12.1 to 2026.12.2" }]);
  });
});

function versionOnDisk(file: string): string {
  const db = openContentDb(file);
  try {
    const check = db.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`damaged: ${String(check)}`);
    return readContentMeta(db).version;
  } finally {
    db.close();
  }
}

describe("a crash during an update", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) removeDir(dir);
  });

  const STEPS: InstallStep[] = ["extracted", "validated", "compiled", "prepared", "previous-kept", "swapped"];

  it.each(STEPS)("after %s leaves the old or the new database, never half of one", async (failAt) => {
    let armed = true;
    const rig = await startRig({
      afterStep: (step) => {
        if (armed && step === failAt) throw new Error(`simulated crash after ${step}`);
      },
    });
    dirs.push(rig.dataDir);
    const result = await rig.dispatch(
      "staffImportPack",
      { token: rig.token, fileName: "pack.zip", dataBase64: goodPack().toString("base64") },
      { transport: "ipc" },
    );
    expect(result.ok ? "ok" : result.error.code).toBe("internal");
    armed = false;

    const paths = contentPaths(rig.dataDir);
    const onDisk = versionOnDisk(paths.current);
    expect(["2026.12.1", "2026.12.2"]).toContain(onDisk);
    const running = rig.holder.meta().version;
    // Until the rename the running content is the old one; from the rename on, the new one.
    expect(running).toBe(failAt === "swapped" ? "2026.12.2" : "2026.12.1");
    expect(onDisk).toBe(running);
    expect((await rig.search("visa")).hits.length).toBeGreaterThan(0);

    // What a killed process leaves behind is cleaned when the kiosk starts again.
    fs.writeFileSync(path.join(paths.dir, "incoming.db"), "half a database");
    fs.mkdirSync(path.join(paths.dir, "import-leftover"));
    fs.writeFileSync(path.join(paths.dir, "current.db.building-999"), "half");
    rig.close();
    const again = await startRig({ dataDir: rig.dataDir });
    expect(again.holder.meta().version).toBe(onDisk);
    expect(fs.readdirSync(paths.dir).filter((name) => !/^(current|previous)\.db$/.test(name))).toEqual([]);
    // And a second attempt succeeds.
    expect(await importPack(again, goodPack("2026.12.3"))).toMatchObject({ installed: { version: "2026.12.3" } });
    again.close();
  });

  it("during a rollback leaves current.db whole and finishes on the next start", async () => {
    let armed = false;
    const rig = await startRig({
      afterStep: (step) => {
        if (armed && step === "previous-kept") throw new Error("simulated crash");
      },
    });
    dirs.push(rig.dataDir);
    await importPack(rig, goodPack());
    armed = true;
    const result = await rig.dispatch("staffRollbackPack", { token: rig.token }, { transport: "ipc" });
    expect(result.ok).toBe(false);
    const paths = contentPaths(rig.dataDir);
    expect(versionOnDisk(paths.current)).toBe("2026.12.2");
    expect(rig.holder.meta().version).toBe("2026.12.2");
    rig.close();

    // A crash between the two renames of a rollback: current is the old previous, and
    // previous.db waits as previous.db.next; the next start puts it in place.
    fs.copyFileSync(paths.current, `${paths.previous}.next`);
    fs.renameSync(paths.previous, paths.current);
    const again = await startRig({ dataDir: rig.dataDir });
    expect(again.holder.meta().version).toBe("2026.12.1");
    expect(versionOnDisk(paths.previous)).toBe("2026.12.2");
    again.close();
  });
});

describe("the running core", () => {
  it("swaps the content of every service on import, without a restart", async () => {
    const { startTestCore } = await import("../../testing/fixtures");
    const test = startTestCore();
    try {
      const call = async <T>(method: string, body: Record<string, unknown>): Promise<T> => {
        const result = await test.core.dispatch(method, body, { transport: "ipc" });
        if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
        return result.value as T;
      };
      const { token } = await call<{ token: string }>("staffSetupPin", { pin: "975310" });
      const before = await call<{ bootId: string }>("health", {});
      const installed = await call<ImportResult>("staffImportPack", {
        token,
        fileName: "ckg.zip",
        dataBase64: goodPack().toString("base64"),
      });
      expect(installed).toMatchObject({ installed: { version: "2026.12.2" } });
      const after = await call<{ bootId: string; contentVersion: string }>("health", {});
      expect(after).toMatchObject({ bootId: before.bootId, contentVersion: "2026.12.2" });
      expect(test.core.content().version).toBe("2026.12.2");
      const found = await call<{ hits: { id: string }[] }>("searchKnowledge", { lang: "en", query: "qualifies" });
      expect(found.hits[0]?.id).toBe("visa-240h-transit");
      const stations = await test.core.dispatch("searchStations", { query: "jiefangbei" }, { transport: "ipc" });
      expect(stations.ok).toBe(true);
      await call("staffRollbackPack", { token });
      expect((await call<{ contentVersion: string }>("health", {})).contentVersion).toBe("2026.12.1");
    } finally {
      test.dispose();
    }
  });
});

describe("a rollback below the version this build ships", () => {
  it("survives a restart instead of being undone by the shipped pack", async () => {
    // A content database of 2026.12.2 stands in for the pack a newer kiosk build ships.
    const scratch = await startRig();
    await importPack(scratch, goodPack());
    const newerShipped = path.join(scratch.dataDir, "shipped-2026.12.2.db");
    fs.copyFileSync(contentPaths(scratch.dataDir).current, newerShipped);
    scratch.close();

    const dataDir = (await import("../../testing/fixtures")).makeTempDir("content-admin-");
    try {
      (await startRig({ dataDir })).close();
      const upgraded = await startRig({ dataDir, shipped: newerShipped });
      expect(upgraded.holder.meta().version).toBe("2026.12.2");
      await upgraded.call("staffRollbackPack", { token: upgraded.token });
      expect(upgraded.holder.meta().version).toBe("2026.12.1");
      upgraded.close();

      const restarted = await startRig({ dataDir, shipped: newerShipped });
      expect(restarted.holder.meta().version).toBe("2026.12.1");
      restarted.close();
    } finally {
      removeDir(dataDir);
      removeDir(scratch.dataDir);
    }
  });
});
