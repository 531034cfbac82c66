/**
 * The two file uploads staff make, fuzzed with FUZZ_RUNS generated hostile files each through
 * the dispatcher: content packs (staffImportPack) and SIM order lists (staffImportSimOrders).
 * Every upload gets a report or a typed error; the kiosk keeps serving the pack it had (or a
 * pack that passed validation whole); nothing is left half-written; both databases stay sound.
 */
import fs from "node:fs";
import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPackArchive } from "../../core/content-admin/pack-archive";
import { readZip, writeZip, type ZipFile } from "../../core/content-admin/zip";
import { contentPaths } from "../../store/content-db";
import { shippedContentDb, startTestCore, type TestCore } from "../fixtures";
import { dataDirIntegrity, staffToken } from "./checks";
import { envelopeProblem, FUZZ_RUNS, hostileString, hostileValue, POLLUTION_KEYS } from "./hostile";

/** The shipped pack's own files, as the compiled content.db carries them. */
function shippedPackFiles(): ZipFile[] {
  const db = new Database(shippedContentDb(), { readonly: true });
  try {
    const archive = readPackArchive(db);
    if (!archive) throw new Error("the test content.db carries no pack archive");
    const read = readZip(archive);
    if (!read.ok) throw new Error("the shipped pack archive does not read back");
    return read.files;
  } finally {
    db.close();
  }
}

// ------------------------------------------------------------------ content packs

const ENTRY_NAMES = [
  "pack.json",
  "../pack.json",
  "/etc/passwd",
  "a/../../b.json",
  "kb/../../../x.json",
  "C:\\x.json",
  "kb\\entry.json",
  "kb/entry.json",
  "kb//entry.json",
  ".hidden.json",
  "kb/" + "a".repeat(300) + ".json",
  "pack.json\u0000.txt",
  "签证.json",
  "kb/entry.json ",
  "images/x.svg",
];

function jsonBytes(value: unknown): Buffer {
  let text: string;
  try {
    text = JSON.stringify(value) ?? "null";
  } catch {
    text = "[".repeat(10_000);
  }
  return Buffer.from(text);
}

/** One place in a parsed JSON value replaced by something hostile. */
function mutateJson(value: unknown, pick: number, replacement: unknown): unknown {
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, at: (string | number)[]): void => {
    paths.push(at);
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, [...at, index]));
    else if (node && typeof node === "object") for (const [key, item] of Object.entries(node)) walk(item, [...at, key]);
  };
  walk(value, []);
  const target = paths[pick % paths.length] ?? [];
  const copy = JSON.parse(JSON.stringify(value)) as unknown;
  if (target.length === 0) return replacement;
  let node = copy as Record<string | number, unknown>;
  for (const key of target.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[target[target.length - 1] as string | number] = replacement;
  return copy;
}

interface PackUpload {
  label: string;
  zip: Buffer;
}

function packUploads(files: ZipFile[], validZip: Buffer): fc.Arbitrary<PackUpload> {
  const jsonFiles = files.filter((file) => file.name.endsWith(".json"));
  /** The shipped pack with one JSON file changed in one place; usually under another pack id, so
   * that a mutation that stays valid is refused after validation instead of compiled each time. */
  const mutated = fc
    .tuple(fc.nat(jsonFiles.length - 1), fc.nat(), fc.oneof(hostileValue, hostileString), fc.nat(99))
    .map(([which, pick, replacement, keepId]) => {
      const target = jsonFiles[which] ?? jsonFiles[0]!;
      const changed = files.map((file) => {
        let data = file.data;
        if (file.name === target.name) data = jsonBytes(mutateJson(JSON.parse(file.data.toString("utf8")), pick, replacement));
        if (file.name === "pack.json" && keepId >= 3) {
          const manifest = JSON.parse(data.toString("utf8")) as Record<string, unknown>;
          if (manifest && typeof manifest === "object" && !Array.isArray(manifest)) data = jsonBytes({ ...manifest, id: "fuzz-other-pack" });
        }
        return { name: file.name, data };
      });
      return { label: `mutated ${target.name}`, zip: writeZip(changed) };
    });
  const hostileEntries = fc
    .array(
      fc.record({
        name: fc.oneof(fc.constantFrom(...ENTRY_NAMES), fc.string({ minLength: 1, maxLength: 40 })),
        data: fc.oneof(
          fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes)),
          hostileValue.map(jsonBytes),
          fc.constantFrom(...POLLUTION_KEYS).map((key) => Buffer.from(`{"${key}":{"polluted":true},"format":1}`)),
        ),
      }),
      { minLength: 0, maxLength: 8 },
    )
    .map((entries) => {
      try {
        return { label: `entries ${entries.map((entry) => JSON.stringify(entry.name)).join(", ")}`, zip: writeZip(entries) };
      } catch {
        return { label: "entries the writer refused", zip: Buffer.from("PK\u0003\u0004") };
      }
    });
  const damaged = fc
    .tuple(fc.array(fc.tuple(fc.nat(validZip.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }), fc.boolean(), fc.nat(validZip.length))
    .map(([flips, truncate, cut]) => {
      const copy = Buffer.from(validZip);
      for (const [at, byte] of flips) copy[at] = byte;
      return { label: `${flips.length} bytes changed${truncate ? `, cut at ${cut}` : ""}`, zip: truncate ? copy.subarray(0, cut) : copy };
    });
  const noise = fc.uint8Array({ minLength: 4, maxLength: 4_096 }).map((bytes) => ({ label: "random bytes", zip: Buffer.from(bytes) }));
  return fc.oneof({ weight: 5, arbitrary: mutated }, { weight: 3, arbitrary: hostileEntries }, { weight: 3, arbitrary: damaged }, { weight: 1, arbitrary: noise });
}

// ------------------------------------------------------------------ SIM order CSV files

const HEADER = "order_code,carrier,plan,surname,passport_last4,arrival_date";

const csvCell: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[A-Z0-9][A-Z0-9-]{3,12}$/),
  fc.constantFrom("CMCC", "China Mobile", "China Unicom", "=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", '"', '""', '"a,b"', "a\nb", "2026-02-30", "2026-12-31", "E12345678", "O'Brien", "Müller", "张", ""),
  hostileString.filter((text) => text.length < 2_000),
);

const csvFiles: fc.Arbitrary<{ label: string; bytes: Buffer }> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.constantFrom(HEADER, HEADER.toUpperCase(), "order_code,carrier,plan,surname,passport_number,arrival_date", "a,b", "", HEADER + ",extra"), fc.array(fc.array(csvCell, { minLength: 0, maxLength: 8 }), { maxLength: 30 }), fc.constantFrom("\n", "\r\n", "\r"), fc.boolean())
      .map(([header, rows, newline, bom]) => {
        const text = [header, ...rows.map((cells) => cells.join(","))].join(newline);
        return { label: `${rows.length} rows`, bytes: Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text)]) };
      }),
  },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 4_000 }).map((bytes) => ({ label: "random bytes", bytes: Buffer.from(bytes) })) },
  {
    weight: 1,
    arbitrary: fc.string({ maxLength: 200 }).map((text) => ({ label: "UTF-16", bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]) })),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 4_990, max: 5_100 }).map((count) => ({
      label: `${count} valid rows`,
      bytes: Buffer.from([HEADER, ...Array.from({ length: count }, (_, index) => `FZ${String(index).padStart(6, "0")},CMCC,plan,Smith,AB12,2026-12-2${index % 9}`)].join("\n")),
    })),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }).map((n) => ({ label: "one huge line", bytes: Buffer.from(`${HEADER}\n${"x,".repeat(n * 300_000)}`) })) },
  { weight: 1, arbitrary: fc.constant({ label: "unclosed quote", bytes: Buffer.from(`${HEADER}\n"ABCD-1,CMCC,plan,Smith,AB12,2026-12-20\n`) }) },
);

// ------------------------------------------------------------------ the runs

describe("fuzzing the staff file imports", () => {
  let test: TestCore;
  let token = "";
  let shipped: ZipFile[] = [];
  let validZip = Buffer.alloc(0);

  beforeAll(async () => {
    test = startTestCore();
    token = await staffToken(test.core.dispatch);
    shipped = shippedPackFiles();
    validZip = writeZip(shipped);
  });

  afterAll(() => {
    const integrity = dataDirIntegrity(test.dataDir);
    test.dispose();
    expect(integrity).toEqual({ kiosk: "ok", content: "ok" });
  });

  const call = (method: string, body: unknown) => test.core.dispatch(method, body, { transport: "ipc" });

  it(`gives every hostile content pack a report or a typed error (${FUZZ_RUNS} packs)`, async () => {
    const before = test.core.content();
    const timings = new Map<string, number[]>();
    const outcomes = { installed: 0, rejected: 0, error: 0 };
    await fc.assert(
      fc.asyncProperty(packUploads(shipped, validZip), async (upload) => {
        const started = performance.now();
        const result = await call("staffImportPack", { token, fileName: "pack.zip", dataBase64: upload.zip.toString("base64") });
        const kind = upload.label.split(" ")[0] ?? "";
        timings.set(kind, [...(timings.get(kind) ?? []), performance.now() - started]);
        const problem = envelopeProblem(result);
        if (problem) throw new Error(`${upload.label}: ${problem}`);
        if (!result.ok) {
          outcomes.error += 1;
          return;
        }
        const value = result.value as { installed?: unknown; rejected?: { path: unknown; message: unknown }[] };
        if (value.rejected) {
          outcomes.rejected += 1;
          if (value.rejected.length === 0 || value.rejected.some((issue) => typeof issue.path !== "string" || typeof issue.message !== "string")) {
            throw new Error(`${upload.label}: a rejection without readable issues`);
          }
        } else if (value.installed) outcomes.installed += 1;
        else throw new Error(`${upload.label}: neither installed nor rejected`);
      }),
      { numRuns: FUZZ_RUNS, endOnFailure: true },
    );
    if (process.env.KIOSK_FUZZ_REPORT) {
      const lines = [...timings.entries()].map(([kind, ms]) => `${kind}: ${ms.length} packs, ${(ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(0)} ms each`);
      process.stderr.write(`pack imports: ${JSON.stringify(outcomes)}; ${lines.join("; ")}\n`);
    }
    expect(outcomes.installed + outcomes.rejected + outcomes.error).toBeGreaterThanOrEqual(FUZZ_RUNS);
    expect(outcomes.rejected, "most hostile packs are refused with their problems listed").toBeGreaterThan(FUZZ_RUNS / 2);
    // Still the same pack (or one that passed validation whole), still answering questions.
    expect(test.core.content().packId).toBe(before.packId);
    const search = await call("searchKnowledge", { lang: "en", query: "visa" });
    expect(search.ok && (search.value as { hits: unknown[] }).hits.length > 0).toBe(true);
    const leftovers = fs.readdirSync(contentPaths(test.dataDir).dir).filter((name) => /^import-|^incoming|\.next$|\.building-/.test(name));
    expect(leftovers, "no half-written import is left behind").toEqual([]);
  }, 240_000);

  it(`gives every hostile SIM order file a report or a typed error (${FUZZ_RUNS} files)`, async () => {
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(csvFiles, fc.constantFrom("orders.csv", "orders.CSV", "orders.txt", "../../orders.csv", "订单.csv"), async (file, fileName) => {
        const result = await call("staffImportSimOrders", { token, fileName, dataBase64: file.bytes.toString("base64") });
        const problem = envelopeProblem(result);
        if (problem) throw new Error(`${file.label}: ${problem}`);
        if (!result.ok) return;
        const report = result.value as { imported: number; updated: number; unchanged: number; errors: { row: number; message: string }[] };
        if (![report.imported, report.updated, report.unchanged].every((count) => Number.isInteger(count) && count >= 0) || !Array.isArray(report.errors)) {
          throw new Error(`${file.label}: a malformed import report`);
        }
        if (report.errors.length > 0 && report.imported + report.updated > 0) throw new Error(`${file.label}: a file with errors was half imported`);
        imported += report.imported;
      }),
      { numRuns: FUZZ_RUNS, endOnFailure: true },
    );
    const listed = await call("staffListSimOrders", { token });
    if (!listed.ok) throw new Error(`staffListSimOrders: ${listed.error.code}`);
    expect((listed.value as unknown[]).length).toBe(imported);
  }, 120_000);
});
