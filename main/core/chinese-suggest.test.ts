import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callOk, startTestCore, type TestCore } from "../testing/fixtures";

let test: TestCore;
beforeAll(() => {
  test = startTestCore();
});
afterAll(() => test.dispose());

function suggest(pinyin: string): Promise<string[]> {
  return callOk(test.core, "suggestChinese", { pinyin });
}

describe("pinyin input candidates", () => {
  it("offers the content's own words for the letters typed", async () => {
    expect(await suggest("tuishui")).toContain("退税");
    expect(await suggest("qianzheng")).toContain("签证");
  });

  it("offers station names", async () => {
    expect(await suggest("xiaoshizi")).toContain("小什字");
  });

  it("offers nothing for letters that are not pinyin of any content word, or for no letters", async () => {
    expect(await suggest("xqzv")).toEqual([]);
    expect(await suggest("123")).toEqual([]);
  });
});
