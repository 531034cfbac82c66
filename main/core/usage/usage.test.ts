import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { runMigrations } from "../../store/migrations";
import { toCsv } from "./csv-write";
import { scrubQuestion } from "./scrub";
import { createUsageStore, UNANSWERED_KEEP_DAYS } from "./store";

function setup() {
  const db = new Database(":memory:");
  runMigrations(db);
  let now = Date.parse("2026-12-05T08:00:00Z");
  const usage = createUsageStore(db, () => now);
  return { db, usage, advance: (ms: number) => (now += ms) };
}

describe("unanswered questions", () => {
  it("lose digits, e-mail addresses and phone numbers, and are cut to 80 characters", () => {
    expect(scrubQuestion("lost passport E12345678 call me +86 138-0000-1234")).toBe("lost passport E call me");
    expect(scrubQuestion("write to jane.doe@example.com about my bag")).toBe("write to about my bag");
    expect(scrubQuestion("护照丢了 13800001234")).toBe("护照丢了");
    expect(scrubQuestion("12345 6789")).toBe("");
    expect(Array.from(scrubQuestion("a".repeat(200)))).toHaveLength(80);
  });

  it("are kept for 30 days, merged while the traveller is still typing", () => {
    const { usage, advance } = setup();
    usage.recordUnanswered("en", "left lugg");
    usage.recordUnanswered("en", "left luggage 24h");
    advance(10 * 60 * 1000);
    usage.recordUnanswered("en", "left luggage");
    const kept = usage.unanswered();
    expect(kept).toHaveLength(2);
    expect(kept).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ text: "left luggage h", count: 1 }),
        expect.objectContaining({ text: "left luggage", count: 1 }),
      ]),
    );
    advance((UNANSWERED_KEEP_DAYS + 1) * 24 * 60 * 60 * 1000);
    usage.purge();
    expect(usage.unanswered()).toEqual([]);
  });
});

describe("usage figures", () => {
  it("count sessions, languages, tiles, hours, handoffs and feedback", () => {
    const { usage } = setup();
    usage.record("session-aaaa", { kind: "session-start", lang: "en" });
    usage.record("session-aaaa", { kind: "language", lang: "ja" });
    usage.record("session-aaaa", { kind: "tile", tile: "transport" });
    usage.record("session-aaaa", { kind: "handoff", item: "journey" });
    usage.record("session-bbbb", { kind: "session-start", lang: "en" });
    usage.record("session-bbbb", { kind: "tile", tile: "transport" });
    usage.feedback("session-aaaa", "ja", 5);
    usage.feedback("session-bbbb", "en", 2);
    const figures = usage.figures(7);
    expect(figures.sessions).toBe(2);
    expect(figures.byLanguage).toEqual(expect.arrayContaining([{ lang: "ja", count: 1 }, { lang: "en", count: 1 }]));
    expect(figures.byTile).toEqual([{ tile: "transport", count: 2 }]);
    expect(figures.byHour.reduce((sum, hour) => sum + hour.count, 0)).toBe(2);
    expect(figures.handoffs).toBe(1);
    expect(figures.feedback).toMatchObject({ count: 2, average: 3.5 });
  });

  it("gives one ticket per session until staff close it", () => {
    const { usage } = setup();
    const first = usage.callStaff("session-aaaa", "en");
    expect(usage.callStaff("session-aaaa", "en")).toEqual(first);
    expect(usage.callStaff("session-bbbb", "fr").ticket).toBe(first.ticket + 1);
    expect(usage.closeTicket(first.ticket).closedAt).not.toBeNull();
    expect(usage.callStaff("session-aaaa", "en").ticket).toBe(first.ticket + 2);
  });
});

describe("CSV export", () => {
  it("quotes commas, quotes and line breaks, and disarms formulas", () => {
    const csv = toCsv(["a", "b"], [
      ['say "hi", please', "two\nlines"],
      ["=HYPERLINK(1)", "+1"],
      ["-2", "@SUM(A1)"],
      [-3, null],
    ]);
    expect(csv.startsWith("\uFEFFa,b\r\n")).toBe(true);
    expect(csv).toContain('"say ""hi"", please","two\nlines"');
    expect(csv).toContain("'=HYPERLINK(1),'+1\r\n");
    expect(csv).toContain("'-2,'@SUM(A1)\r\n");
    expect(csv).toContain("-3,\r\n");
  });
});
