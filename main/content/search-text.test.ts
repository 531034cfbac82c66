import { describe, expect, it } from "vitest";
import { indexTokens, matchExpression, queryTerms } from "./search-text";

describe("search tokens", () => {
  it("index Chinese as overlapping pairs so any two characters match", () => {
    expect(indexTokens("离境退税")).toBe("离境 境退 退税");
    expect(queryTerms("退税")).toEqual([{ kind: "phrase", tokens: ["退税"] }]);
  });

  it("index Latin words without accents and in lower case", () => {
    expect(indexTokens("Jiěfàngbēi Café")).toBe("jiefangbei cafe");
  });

  it("index Arabic nouns with and without the article", () => {
    expect(indexTokens("الضريبة")).toBe("الضريبة ضريبة");
  });

  it("quote every token so that query text is never FTS syntax", () => {
    const expression = matchExpression(queryTerms('visa" OR x*'), "all");
    expect(expression).toBe('"visa"* AND "or"* AND "x"*');
  });

  it("match a single CJK character by prefix", () => {
    expect(queryTerms("税")).toEqual([{ kind: "prefix", token: "税" }]);
  });
});
