import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { ApiFailure } from "../../api/dispatcher";
import { runMigrations } from "../../store/migrations";
import { createSettingsStore } from "../settings";
import { createSimOrders, LOOKUP_FAILURES_ALLOWED, LOOKUP_WINDOW_MS } from "./orders";

const HEADER = "order_code,carrier,plan,surname,passport_last4,arrival_date";
const GOOD = [HEADER, "CM-1001,China Mobile,Tourist 7 days,Müller,X123,2026-12-05", "CT-2002,China Telecom,Tourist 15 days,O'Brien,5678,2026-12-06"].join("\n");

function setup() {
  const db = new Database(":memory:");
  runMigrations(db);
  let now = Date.parse("2026-12-05T08:00:00Z");
  const settings = createSettingsStore(db);
  settings.update({ simCounter: "Arrivals hall, SIM counter" });
  const orders = createSimOrders(db, settings, () => now);
  return { db, orders, settings, advance: (ms: number) => (now += ms) };
}

const utf8 = (text: string): Uint8Array => Buffer.from(text, "utf8");

function codeOf(run: () => unknown): string {
  try {
    run();
    return "none";
  } catch (error) {
    return error instanceof ApiFailure ? error.code : "thrown";
  }
}

describe("SIM order import", () => {
  it("imports a clean file and keeps no surname or passport characters in clear", () => {
    const { db, orders } = setup();
    expect(orders.importCsv(utf8(GOOD))).toEqual({ imported: 2, updated: 0, unchanged: 0, errors: [] });
    const dump = JSON.stringify(db.prepare("SELECT * FROM sim_order").all());
    expect(dump).not.toMatch(/MÜLLER|MULLER|Müller|X123|BRIEN/i);
  });

  it("is idempotent: the same file again changes nothing, a changed row is updated", () => {
    const { orders } = setup();
    orders.importCsv(utf8(GOOD));
    expect(orders.importCsv(utf8(GOOD))).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
    const changed = GOOD.replace("Tourist 15 days", "Tourist 30 days");
    expect(orders.importCsv(utf8(changed))).toMatchObject({ imported: 0, updated: 1, unchanged: 1 });
    expect(orders.list().find((order) => order.code === "CT-2002")?.plan).toBe("Tourist 30 days");
  });

  it("reads a UTF-8 file with a byte-order mark and CRLF line ends", () => {
    const { orders } = setup();
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(GOOD.replace(/\n/g, "\r\n"))]);
    expect(orders.importCsv(bytes)).toMatchObject({ imported: 2, errors: [] });
  });

  it("reads a GBK file from a Chinese spreadsheet", () => {
    const { orders } = setup();
    // "张" and "中国移动" in GBK, written out byte by byte.
    const gbk = Buffer.concat([
      utf8(`${HEADER}\nCM-3003,`),
      Buffer.from([0xd6, 0xd0, 0xb9, 0xfa, 0xd2, 0xc6, 0xb6, 0xaf]),
      utf8(",7 days,"),
      Buffer.from([0xd5, 0xc5]),
      utf8(",E987,2026-12-07\n"),
    ]);
    expect(orders.importCsv(gbk)).toMatchObject({ imported: 1, errors: [] });
    expect(orders.list()[0]?.carrier).toBe("中国移动");
    expect(orders.lookup("cm-3003", "张").ticket).toMatch(/^S-\d{4}$/);
  });

  it("reports a file in an unknown encoding with the rows that hold the bad bytes", () => {
    const { orders } = setup();
    const latin1 = Buffer.concat([utf8(`${HEADER}\nCM-4004,China Mobile,7 days,`), Buffer.from([0xe9, 0x2c]), utf8("E987,2026-12-07\n")]);
    const report = orders.importCsv(latin1);
    expect(report.imported).toBe(0);
    expect(report.errors).toEqual([{ row: 2, message: expect.stringContaining("encoding") as string }]);
    expect(orders.importCsv(Buffer.from([0xff, 0xfe, 0x41, 0x00])).errors[0]?.message).toContain("UTF-16");
  });

  it("lists every malformed row and duplicate code, and imports nothing from such a file", () => {
    const { orders } = setup();
    const bad = [
      HEADER,
      "CM-1001,China Mobile,7 days,Smith,A123,2026-12-05",
      "CM-1002,China Mobile,7 days,Smith,A123,2026-13-40",
      "CM-1003,China Mobile,7 days,Smith",
      "CM-1001,China Mobile,7 days,Jones,B456,2026-12-05",
      'CM-1005,"China Mobile,7 days,Smith,A123,2026-12-05',
    ].join("\n");
    const report = orders.importCsv(utf8(bad));
    expect(report).toMatchObject({ imported: 0, updated: 0, unchanged: 0 });
    expect(report.errors.map((error) => error.row)).toEqual(expect.arrayContaining([3, 4, 5, 6]));
    expect(report.errors.find((error) => error.row === 5)?.message).toContain("already appears in row 2");
    expect(orders.list()).toEqual([]);
  });

  it("refuses a full passport number, whether in its own column or in passport_last4", () => {
    const { orders } = setup();
    const column = orders.importCsv(utf8(`${HEADER},passport_number\nCM-1,China Mobile,7 days,Smith,A123,2026-12-05,E12345678`));
    expect(column.errors[0]?.message).toContain("never the full passport number");
    const inCell = orders.importCsv(utf8(`${HEADER}\nCM-1001,China Mobile,7 days,Smith,E12345678,2026-12-05`));
    expect(inCell.errors[0]).toMatchObject({ row: 2, message: expect.stringContaining("only the last 4") as string });
    expect(orders.list()).toEqual([]);
  });
});

describe("SIM order lookup", () => {
  it("finds an order by code and either second factor, once, with a ticket and the counter", () => {
    const { orders } = setup();
    orders.importCsv(utf8(GOOD));
    const pickup = orders.lookup(" cm-1001 ", "x123");
    expect(pickup).toEqual({
      ticket: "S-0001",
      carrier: "China Mobile",
      plan: "Tourist 7 days",
      counter: "Arrivals hall, SIM counter",
      status: "arrived",
    });
    expect(orders.lookup("CM-1001", "muller").ticket).toBe("S-0001");
    expect(orders.lookup("CT-2002", "o brien").ticket).toBe("S-0002");
    expect(orders.list("arrived").map((order) => order.code)).toEqual(["CM-1001", "CT-2002"]);
  });

  it("answers an unknown code and a wrong factor the same way", () => {
    const { orders } = setup();
    orders.importCsv(utf8(GOOD));
    const messages: string[] = [];
    for (const [code, factor] of [["CM-1001", "9999"], ["CM-9999", "X123"]] as const) {
      try {
        orders.lookup(code, factor);
      } catch (error) {
        messages.push(`${(error as ApiFailure).code}: ${(error as ApiFailure).message}`);
      }
    }
    expect(messages).toHaveLength(2);
    expect(messages[0]).toBe(messages[1]);
    expect(messages[0]).toMatch(/^not_found/);
  });

  it("refuses every lookup after five misses in ten minutes, then allows again", () => {
    const { orders, advance } = setup();
    orders.importCsv(utf8(GOOD));
    for (let i = 0; i < LOOKUP_FAILURES_ALLOWED; i += 1) expect(codeOf(() => orders.lookup(`GUESS-${i}`, "1234"))).toBe("not_found");
    expect(codeOf(() => orders.lookup("CM-1001", "X123"))).toBe("rate_limited");
    advance(LOOKUP_WINDOW_MS + 1);
    expect(codeOf(() => orders.lookup("CM-1001", "X123"))).toBe("none");
  });

  it("marks an order handed over and purges it after the set number of days", () => {
    const { orders, settings, advance } = setup();
    settings.update({ simPurgeDays: 7 });
    orders.importCsv(utf8(GOOD));
    orders.lookup("CM-1001", "X123");
    expect(orders.handOver("cm-1001")).toMatchObject({ status: "handed-over", ticket: "S-0001" });
    expect(orders.purge()).toBe(0);
    advance(9 * 24 * 60 * 60 * 1000);
    // CM-1001 was handed over 9 days ago; CT-2002 was due on 2026-12-06, more than 7 days ago.
    expect(orders.purge()).toBe(2);
    expect(orders.list()).toEqual([]);
  });
});
