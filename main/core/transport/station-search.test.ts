import { describe, it, expect } from "vitest";
import { loadNetwork } from "./test-fixture";
import { createStationSearch, editDistance, foldLatin } from "./station-search";

const stations = createStationSearch(loadNetwork());
const top = (q: string): string | undefined => stations.search(q)[0]?.id;

describe("foldLatin and editDistance", () => {
  it("folds tones, spaces, case and punctuation", () => {
    expect(foldLatin("Jiě Fàng-Bēi")).toBe("jiefangbei");
    expect(foldLatin("Lǜ ZHOU")).toBe("luzhou");
  });
  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("jiefangbie", "jiefangbei", 2)).toBe(1);
    expect(editDistance("chaotianmn", "chaotianmen", 2)).toBe(1);
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });
});

describe("station search", () => {
  it.each([
    ["xiaoshizi"], ["Xiao Shi Zi"], ["xiǎoshízì"], ["XIAOSHIZI"], ["小什字"], ["xiaoshzi"], ["xaioshizi"],
  ])("finds 小什字 (for Jiefangbei) from %s", (q) => {
    expect(top(q)).toBe("xiaoshizi");
  });

  it.each([
    ["jiaochangkou", "jiaochangkou", "exact"],
    ["Jiao Chang Kou", "jiaochangkou", "exact"],
    ["jiàochǎngkǒu", "jiaochangkou", "exact"],
    ["较场口", "jiaochangkou", "exact"],
    ["jiaochangkuo", "jiaochangkou", "fuzzy"],
    ["chaotianmn", "chaotianmen", "fuzzy"],
    ["chaotainmen", "chaotianmen", "fuzzy"],
    ["ciqikou", "ciqikou", "exact"],
    ["Ciqikuo", "ciqikou", "fuzzy"],
    ["lizba", "liziba", "fuzzy"],
    ["shapinba", "shapingba", "fuzzy"],
    ["dongwuyuan", "zoo", "exact"],
    ["Zoo", "zoo", "exact"],
    ["congyansi", "congyansi", "exact"],
    ["丛岩寺", "congyansi", "fuzzy"],
    ["李子坝", "liziba", "exact"],
    ["eling", "eling", "exact"],
  ])("%s -> %s (%s)", (q, id, rank) => {
    const first = stations.search(q)[0];
    expect(first?.id).toBe(id);
    expect(first?.rank).toBe(rank);
  });

  it("ranks exact before prefix before substring before fuzzy", () => {
    const results = stations.search("huayan", 10);
    const ranks = results.map((r) => r.rank);
    const order = { exact: 0, prefix: 1, substring: 2, fuzzy: 3 };
    for (let i = 1; i < ranks.length; i++) expect(order[ranks[i]!]).toBeGreaterThanOrEqual(order[ranks[i - 1]!]);
    expect(results.slice(0, 2).map((r) => r.id).sort()).toEqual(["huayan-center", "huayan-temple"]);
  });

  it("finds both Chongqing North squares by prefix, in Chinese and pinyin", () => {
    const ids = ["north-square-of-chongqingbei-railway-station", "south-square-of-chongqingbei-railway-station"];
    expect(stations.search("重庆北", 2).map((r) => r.id).sort()).toEqual(ids);
    expect(stations.search("chongqingbei", 2).map((r) => r.id).sort()).toEqual(ids);
    expect(stations.search("chongqing north", 1)[0]?.id).toBe(ids[0]);
  });

  it("finds the airport terminals by a word of their English name", () => {
    const results = stations.search("airport", 5);
    expect(results.map((r) => r.id).sort()).toEqual(["terminal-2-of-jiangbei-airport", "terminal-3-of-jiangbei-airport"]);
    expect(results[0]?.rank).toBe("substring");
  });

  it("returns names and the lines serving each station", () => {
    const [spb] = stations.search("shapingba");
    expect(spb).toMatchObject({ id: "shapingba", name_zh: "沙坪坝", name_en: "Shapingba" });
    expect(spb?.lines.map((l) => l.id).sort()).toEqual(["1", "9", "loop"]);
    expect(spb?.lines.find((l) => l.id === "loop")).toEqual({ id: "loop", name_zh: "环线", name_en: "Loop Line", color: "#f6a800" });
  });

  it("returns nothing for an empty query or nonsense, and honours the limit", () => {
    expect(stations.search("   ")).toEqual([]);
    expect(stations.search("qqqqqqqqzz")).toEqual([]);
    expect(stations.search("a", 3)).toHaveLength(3);
  });
});
