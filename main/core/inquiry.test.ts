import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KB_CATEGORIES, type KbAnswer, type Lang, type SearchResults } from "../api/contract";
import { callOk, startTestCore, type TestCore } from "../testing/fixtures";

let test: TestCore;
beforeAll(() => {
  test = startTestCore();
});
afterAll(() => test.dispose());

function search(lang: Lang, query: string): Promise<SearchResults> {
  return callOk(test.core, "searchKnowledge", { lang, query });
}

function entry(lang: Lang, id: string): Promise<KbAnswer> {
  return callOk(test.core, "getEntry", { lang, id });
}

describe("knowledge-base search", () => {
  it.each([
    ["en", "visa", "entry"],
    ["en", "visa-free transit", "entry"],
    ["zh-Hans", "签证", "entry"],
    ["zh-Hans", "退税", "tax-refund"],
    ["en", "tax refund", "tax-refund"],
    ["en", "alipay", "payment"],
    ["en", "ambulance", "emergency"],
  ] as const)("in %s, %s finds a %s answer first", async (lang, query, category) => {
    const { hits } = await search(lang, query);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.category).toBe(category);
  });

  it("answers in the traveller's language", async () => {
    const { hits } = await search("zh-Hans", "签证");
    expect(hits[0]?.title.shownIn).toBe("zh-Hans");
    expect(hits[0]?.title.text).toMatch(/[\u4e00-\u9fff]/);
  });

  it("finds answers while the word is still being typed", async () => {
    const { hits } = await search("en", "ambul");
    expect(hits[0]?.category).toBe("emergency");
  });

  it("finds a single Chinese character by prefix", async () => {
    const { hits } = await search("zh-Hans", "税");
    expect(hits.length).toBeGreaterThan(0);
  });

  it("returns nothing, without error, for text that matches no answer or is only punctuation", async () => {
    expect((await search("en", "zzqxv")).hits).toEqual([]);
    expect((await search("en", '"*) OR ( NEAR')).hits).toEqual(expect.any(Array));
    expect((await search("en", "   ")).hits).toEqual([]);
  });
});

describe("answers", () => {
  it("give a body in the traveller's language with sources", async () => {
    const { hits } = await search("zh-Hans", "退税");
    const answer = await entry("zh-Hans", hits[0]?.id ?? "");
    expect(answer.shownIn).toBe("zh-Hans");
    expect(answer.body.length).toBeGreaterThan(0);
    expect(answer.sources.length).toBeGreaterThan(0);
    expect(answer.sources[0]?.url).toMatch(/^https?:\/\//);
  });

  it("fall back to English, and say so, where the language is missing", async () => {
    const answers: KbAnswer[] = [];
    for (const category of test.core.content().languages.length > 0 ? KB_CATEGORIES : []) {
      const listed = await test.core.dispatch("listEntries", { lang: "th", category }, { transport: "ipc" });
      if (!listed.ok) throw new Error(listed.error.message);
      for (const item of listed.value as { id: string }[]) answers.push(await entry("th", item.id));
    }
    const fallback = answers.find((answer) => answer.shownIn !== "th");
    expect(fallback?.shownIn).toBe("en");
    expect(answers.some((answer) => answer.shownIn === "th")).toBe(true);
  });

  it("is not_found for an unknown id", async () => {
    const result = await test.core.dispatch("getEntry", { lang: "en", id: "no-such-answer" }, { transport: "ipc" });
    expect(result).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});
