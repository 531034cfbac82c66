import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KbCategory, Lang, SearchResults } from "../api/contract";
import { callOk, startTestCore, type TestCore } from "../testing/fixtures";

let test: TestCore;
beforeAll(() => {
  test = startTestCore();
});
afterAll(() => test.dispose());

function search(lang: Lang, query: string): Promise<SearchResults> {
  return callOk(test.core, "searchKnowledge", { lang, query });
}

/** What a traveller types in each language, and the answer that must come first. */
const QUERIES: [Lang, string, KbCategory, RegExp][] = [
  ["zh-Hans", "退税", "tax-refund", /^tax-refund-/],
  ["ja", "タクシー", "transport", /^transport-taxi/],
  ["ko", "환전", "payment", /^pay-currency-exchange$/],
  ["ru", "такси", "transport", /^transport-taxi/],
  ["ar", "ضريبة", "tax-refund", /^tax-refund-/],
  ["th", "แท็กซี่", "transport", /^transport-taxi/],
  ["en", "visa-free", "entry", /^visa-/],
  ["fr", "remboursement", "tax-refund", /^tax-refund-/],
  ["fr", "bureau de change", "payment", /^pay-currency-exchange$/],
  ["de", "Taxi", "transport", /^transport-taxi/],
  ["de", "Geldwechsel", "payment", /^pay-currency-exchange$/],
  ["es", "tarjeta SIM", "sim", /^sim-/],
  ["es", "reembolso", "tax-refund", /^tax-refund-/],
  ["es", "visado", "entry", /^visa-/],
  ["ar", "تأشيرة", "entry", /^visa-/],
  ["th", "รถไฟใต้ดิน", "transport", /^metro-/],
  ["th", "วีซ่า", "entry", /^visa-/],
  ["de", "Polizei", "emergency", /police/],
  ["fr", "hôpital", "health", /hospital/],
];

describe("search in every language", () => {
  it.each(QUERIES)("in %s, %s finds the right answer first", async (lang, query, category, id) => {
    const { hits } = await search(lang, query);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.category).toBe(category);
    expect(hits[0]?.id).toMatch(id);
  });

  it.each(["zh-Hans", "en", "ja", "ko", "ru"] as const)("answers %s travellers in their own language", async (lang) => {
    const query = { "zh-Hans": "退税", en: "tax refund", ja: "タクシー", ko: "환전", ru: "такси" }[lang];
    const { hits } = await search(lang, query);
    expect(hits[0]?.title.shownIn).toBe(lang);
    expect(hits[0]?.snippet.shownIn).toBe(lang);
  });

  it("finds an answer through English or Chinese words whatever the traveller's language", async () => {
    expect((await search("ar", "tax refund")).hits[0]?.category).toBe("tax-refund");
    expect((await search("th", "支付宝")).hits[0]?.id).toBe("pay-alipay");
    expect((await search("fr", "alipay")).hits.map((hit) => hit.id)).toContain("pay-alipay");
  });

  it("finds a word while it is still being typed, in Latin and Cyrillic scripts", async () => {
    expect((await search("de", "Geldwech")).hits[0]?.id).toBe("pay-currency-exchange");
    expect((await search("ru", "так")).hits.some((hit) => hit.id.startsWith("transport-taxi"))).toBe(true);
  });

  it("makes snippets with fact values filled in and no placeholder left", async () => {
    const { hits } = await search("en", "240-hour transit");
    const transit = hits.find((hit) => hit.id === "visa-240h-transit");
    expect(transit?.snippet.text).toMatch(/^Citizens of \d+ countries/);
    for (const [lang, query] of QUERIES) {
      for (const hit of (await search(lang, query)).hits) expect(hit.snippet.text).not.toMatch(/[{}]/);
    }
  });
});
