import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FactView, KbAnswer, Span } from "../../api/contract";
import { MIGRATIONS, runMigrations } from "../../store/migrations";
import { editJson, packZip, removeDir, startRig, type Rig } from "./test-rig";

function factSpans(answer: KbAnswer): Extract<Span, { fact: string }>[] {
  const spans: Span[] = [];
  for (const block of answer.body) {
    if (block.type === "paragraph") spans.push(...block.spans);
    else for (const item of block.items) spans.push(...item);
  }
  return spans.filter((span): span is Extract<Span, { fact: string }> => "fact" in span);
}

describe("migration 4 (fact corrections)", () => {
  it("adds the fact_override table to a kiosk.db at schema 3 and keeps its rows", () => {
    const db = new Database(":memory:");
    runMigrations(db, MIGRATIONS.slice(0, 3));
    db.prepare("INSERT INTO setting (key, value, updated_at) VALUES ('kioskId', '\"T3-01\"', '2026-12-04')").run();
    expect(runMigrations(db)).toEqual([4]);
    db.prepare("INSERT INTO fact_override (id, value, as_of, set_at) VALUES ('x1', 'CNY 300', '2026-12', '2026-12-04T00:00:00Z')").run();
    expect(db.prepare("SELECT value, as_of FROM fact_override").get()).toEqual({ value: "CNY 300", as_of: "2026-12" });
    expect(db.prepare("SELECT count(*) AS n FROM setting").get()).toEqual({ n: 1 });
    expect(() =>
      db.prepare("INSERT INTO fact_override (id, value, as_of, set_at) VALUES ('x2', NULL, '2026', 'now')").run(),
    ).toThrow();
    db.close();
  });
});

describe("staff corrections of facts", () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => {
    rig.close();
    removeDir(rig.dataDir);
  });

  const list = () => rig.call<FactView[]>("staffListFacts", { token: rig.token });
  const answer = () => rig.call<KbAnswer>("getEntry", { lang: "en", id: "pay-wallet-fees-limits" });

  it("lists every fact of the pack with its value and date", async () => {
    const facts = await list();
    const limit = facts.find((fact) => fact.id === "m-wallet-fee-free-limit");
    expect(limit).toEqual({
      id: "m-wallet-fee-free-limit",
      value: "CNY 200",
      asOf: "2024-04",
      packValue: "CNY 200",
      packAsOf: "2024-04",
      overridden: false,
    });
    expect(facts.length).toBeGreaterThan(10);
  });

  it("applies a correction at once, showing travellers the staff's as-of date", async () => {
    const view = await rig.call<FactView>("staffSetFact", {
      token: rig.token,
      id: "m-wallet-fee-free-limit",
      value: "CNY 250",
      asOf: "2026-12",
    });
    expect(view).toMatchObject({ value: "CNY 250", asOf: "2026-12", packValue: "CNY 200", overridden: true });
    const span = factSpans(await answer()).find((s) => s.fact === "m-wallet-fee-free-limit");
    expect(span).toEqual({ fact: "m-wallet-fee-free-limit", value: "CNY 250", asOf: "2026-12" });
    const audit = rig.kioskDb.prepare("SELECT detail FROM audit_log WHERE action = 'content.fact-set'").all();
    expect(audit).toEqual([{ detail: "m-wallet-fee-free-limit = CNY 250 (as of 2026-12; pack: CNY 200)" }]);
  });

  it("dates a correction given without a date with today", async () => {
    const view = await rig.call<FactView>("staffSetFact", { token: rig.token, id: "m-wallet-fee-rate", value: "3%" });
    expect(view.asOf).toBe("2026-12-04");
  });

  it("keeps a correction across a pack update while the fact exists", async () => {
    const zip = packZip((files) =>
      editJson(files, "pack.json", (manifest) => {
        manifest.published = "2026-12-05";
      }),
    );
    const result = await rig.call<{ installed?: unknown }>("staffImportPack", {
      token: rig.token,
      fileName: "update.zip",
      dataBase64: zip.toString("base64"),
    });
    expect(result.installed).toBeTruthy();
    const span = factSpans(await answer()).find((s) => s.fact === "m-wallet-fee-free-limit");
    expect(span?.value).toBe("CNY 250");
    expect((await list()).find((fact) => fact.id === "m-wallet-fee-free-limit")?.overridden).toBe(true);
  });

  it("goes back to the pack value when staff clear the correction", async () => {
    const view = await rig.call<FactView>("staffSetFact", { token: rig.token, id: "m-wallet-fee-free-limit", value: null });
    expect(view).toMatchObject({ value: "CNY 200", asOf: "2024-04", overridden: false });
    const span = factSpans(await answer()).find((s) => s.fact === "m-wallet-fee-free-limit");
    expect(span).toEqual({ fact: "m-wallet-fee-free-limit", value: "CNY 200", asOf: "2024-04" });
  });

  it("refuses an unknown fact, a bad date, an empty value and a missing sign-in", async () => {
    const codeOf = async (body: Record<string, unknown>) => {
      const result = await rig.dispatch("staffSetFact", body, { transport: "http" });
      return result.ok ? "ok" : result.error.code;
    };
    expect(await codeOf({ token: rig.token, id: "no-such-fact", value: "1" })).toBe("not_found");
    expect(await codeOf({ token: rig.token, id: "m-wallet-fee-rate", value: "2%", asOf: "December" })).toBe("bad_request");
    expect(await codeOf({ token: rig.token, id: "m-wallet-fee-rate", value: "  " })).toBe("bad_request");
    expect(await codeOf({ token: "nobody", id: "m-wallet-fee-rate", value: "2%" })).toBe("unauthorized");
    const listed = await rig.dispatch("staffListFacts", { token: "nobody" }, { transport: "http" });
    expect(listed.ok ? "ok" : listed.error.code).toBe("unauthorized");
  });
});

describe("a correction for a fact the new pack no longer has", () => {
  it("is not applied, and applies again if a later pack brings the fact back", async () => {
    const rig = await startRig();
    try {
      await rig.call("staffSetFact", { token: rig.token, id: "m-wallet-fee-rate", value: "2.5%", asOf: "2026-12-01" });
      const without = packZip((files) => {
        editJson(files, "facts/money.json", (data) => {
          data.facts = (data.facts as { id: string }[]).filter((fact) => fact.id !== "m-wallet-fee-rate");
        });
        for (const name of [...files.keys()].filter((key) => key.startsWith("kb/"))) {
          const text = files.get(name)!.toString("utf8");
          files.set(name, Buffer.from(text.replaceAll("{{fact:m-wallet-fee-rate}}", "3%")));
        }
      });
      const result = await rig.call<{ installed?: unknown; rejected?: unknown }>("staffImportPack", {
        token: rig.token,
        fileName: "p.zip",
        dataBase64: without.toString("base64"),
      });
      expect(result.rejected).toBeUndefined();
      expect(rig.holder.facts("m-wallet-fee-rate")).toBeUndefined();
      expect((await rig.call<FactView[]>("staffListFacts", { token: rig.token })).map((fact) => fact.id)).not.toContain(
        "m-wallet-fee-rate",
      );
      await rig.call("staffRollbackPack", { token: rig.token });
      expect(rig.holder.facts("m-wallet-fee-rate")).toEqual({ value: "2.5%", asOf: "2026-12-01" });
    } finally {
      rig.close();
      removeDir(rig.dataDir);
    }
  });
});
