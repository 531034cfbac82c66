import { describe, it, expect } from "vitest";
import { loadNetwork } from "./test-fixture";
import { createPlanner } from "./planner";
import type { Journey } from "./journey";

const planner = createPlanner(loadNetwork());

const T2 = "terminal-2-of-jiangbei-airport";
const T3 = "terminal-3-of-jiangbei-airport";
const CQN_S = "south-square-of-chongqingbei-railway-station";
const CQN_N = "north-square-of-chongqingbei-railway-station";
const CQW = "chongqing-west-station";
const CQE = "chongqingdong-railway-station";

interface Row {
  name: string;
  from: string;
  to: string;
  /** Expected line ids of the fastest journey; several options when their times are within a minute. */
  fastest: string[][];
  /** Transfer stations of the fastest journey (checked when there is a single option). */
  via?: string[];
  /** Fewest-transfers alternative: its lines and transfer stations, or null for "same lines as fastest". */
  fewest?: { lines: string[]; via: string[] } | null;
}

// Expected answers were worked out from the map and the segment times in the data
// (summing the `seconds` of each candidate route by hand), not from the planner's output.
const rows: Row[] = [
  { name: "T3 to 小什字 (Jiefangbei): 10 > 9 > 6 beats 10 > 6 by 6 min", from: T3, to: "xiaoshizi",
    fastest: [["10", "9", "6"]], via: ["shangwanlu", "jiangbeicheng"], fewest: { lines: ["10", "6"], via: ["hongtudi"] } },
  { name: "T3 to Chongqing North (south square): Line 10 direct", from: T3, to: CQN_S, fastest: [["10"]], via: [], fewest: null },
  { name: "T3 to Chongqing North (north square): Line 10 direct", from: T3, to: CQN_N, fastest: [["10"]], via: [], fewest: null },
  { name: "T2 to 两路口: Line 3 direct is the no-change option", from: T2, to: "lianglukou",
    fastest: [["10", "1"]], via: ["qixinggang"], fewest: { lines: ["3"], via: [] } },
  { name: "T2 to 鱼洞: the whole of Line 3", from: T2, to: "yudong", fastest: [["3"]], via: [], fewest: null },
  { name: "across the Yangtze on Line 6: 小什字 to 上新街", from: "xiaoshizi", to: "shangxinjie", fastest: [["6"]], via: [] },
  { name: "across the Yangtze on Line 3: 两路口 to 南坪", from: "lianglukou", to: "nanping", fastest: [["3"]], via: [] },
  { name: "loop closure: 重庆图书馆 to 凤鸣山", from: "chongqing-library", to: "fengmingshan", fastest: [["loop"]], via: [] },
  { name: "loop across the closure: 上桥 to 天星桥", from: "shangqiao", to: "tianxingqiao", fastest: [["loop"]], via: [] },
  { name: "rail hubs: 重庆西站 to 沙坪坝 round the loop closure", from: CQW, to: "shapingba", fastest: [["loop"]], via: [] },
  { name: "rail hubs: 重庆北站 to 沙坪坝 on the loop", from: CQN_S, to: "shapingba", fastest: [["loop"]], via: [] },
  { name: "rail hubs: 重庆北站 to 重庆西站 on the loop", from: CQN_S, to: CQW, fastest: [["loop"]], via: [] },
  { name: "rail hubs: 重庆东站 to 重庆西站 via 刘家坪 and 上新街", from: CQE, to: CQW,
    fastest: [["6-branch", "6", "loop"]], via: ["liujiaping", "shangxinjie"], fewest: null },
  { name: "rail hubs: 重庆东站 to 重庆北站 (loop or Line 10 for the last hop)", from: CQE, to: CQN_S,
    fastest: [["6-branch", "6", "loop"], ["6-branch", "6", "10"]] },
  { name: "小什字 to 磁器口: Line 1 direct", from: "xiaoshizi", to: "ciqikou", fastest: [["1"]], via: [] },
  { name: "T3 to 磁器口: loop across the north beats Line 1 through the centre", from: T3, to: "ciqikou",
    fastest: [["10", "loop", "1"]], via: [CQN_S, "shapingba"], fewest: { lines: ["10", "1"], via: ["qixinggang"] } },
  { name: "较场口 to 李子坝: Line 2 direct", from: "jiaochangkou", to: "liziba", fastest: [["2"]], via: [] },
  { name: "T2 to 李子坝: Line 10 to 曾家岩, then Line 2", from: T2, to: "liziba", fastest: [["10", "2"]], via: ["zengjiayan"], fewest: null },
  { name: "branch: T2 to 举人坝 changes at 碧津", from: T2, to: "jurenba", fastest: [["3", "3-branch"]], via: ["bijin"] },
  { name: "branch: 重庆东站 to 小什字 changes at 刘家坪", from: CQE, to: "xiaoshizi", fastest: [["6-branch", "6"]], via: ["liujiaping"] },
  { name: "out-of-station transfer: 翠云 to 丹鹤 via 园博园/园博中心", from: "cuiyun", to: "danhe", fastest: [["3", "5"]], via: ["the-expo-garden"] },
  { name: "T2 to 国博中心: Line 10 then the Int'l Expo Line at 悦来", from: T2, to: "international-expo-center",
    fastest: [["10", "guobo"]], via: ["yuelai"] },
  { name: "朝天门 to 铜梁西: Line 1 to 璧山, then 璧铜线", from: "chaotianmen", to: "tongliangxi", fastest: [["1", "bitong"]], via: ["bishan"] },
  { name: "圣泉寺 to 石桥铺: 江跳线 then Line 5 at 跳磴", from: "shengquansi", to: "shiqiaopu", fastest: [["jiangtiao", "5"]], via: ["tiaodeng"] },
  { name: "花石沟 to 观音桥: Line 9 through 从岩寺 (no coordinates)", from: "huashigou", to: "guanyinqiao", fastest: [["9"]], via: [] },
  { name: "杨家坪 to 四川美术学院: Line 18", from: "yangjiaping", to: "sichuan-fine-arts-institute", fastest: [["18"]], via: [] },
  { name: "重庆北站北广场 to 黄岭: Line 4 to its end", from: CQN_N, to: "huangling", fastest: [["4"]], via: [] },
];

const lines = (j: Journey): string[] => j.legs.map((l) => l.lineId);
const transferIds = (j: Journey): string[] => j.transferStations.map((s) => s.id);

describe("planner journeys", () => {
  it.each(rows)("$name", (row) => {
    const result = planner.plan(row.from, row.to);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { fastest, fewestTransfers } = result;
    expect(row.fastest).toContainEqual(lines(fastest));
    if (row.via) expect(transferIds(fastest)).toEqual(row.via);
    expect(fastest.transfers).toBe(fastest.legs.length - 1);
    if (row.fewest === null) expect(fewestTransfers).toBeNull();
    else if (row.fewest) {
      expect(fewestTransfers).not.toBeNull();
      expect(lines(fewestTransfers!)).toEqual(row.fewest.lines);
      expect(transferIds(fewestTransfers!)).toEqual(row.fewest.via);
      expect(fewestTransfers!.transfers).toBeLessThan(fastest.transfers);
    }
    // Legs chain up: each leg starts where the previous transfer leads.
    fastest.legs.forEach((leg, i) => {
      expect(leg.stops[0]?.id).toBe(leg.board.id);
      expect(leg.stops[leg.stops.length - 1]?.id).toBe(leg.alight.id);
      expect(leg.numberOfStops).toBe(leg.stops.length - 1);
      if (i > 0) expect(leg.board.id).toBe(fastest.transferPoints[i - 1]?.toStation.id);
    });
    expect(fastest.legs[0]?.board.id).toBe(row.from);
    expect(fastest.legs[fastest.legs.length - 1]?.alight.id).toBe(row.to);
    const sum = fastest.legs.reduce((s, l) => s + l.seconds, 0) + fastest.transferPoints.reduce((s, t) => s + t.seconds, 0);
    expect(fastest.totalSeconds).toBe(sum);
    expect(fastest.totalMinutes).toBe(Math.ceil(sum / 60));
  });
});

describe("planner details", () => {
  it("crosses the loop closure 凤鸣山–重庆图书馆 with an estimated time", () => {
    const r = planner.plan("shangqiao", "tianxingqiao");
    if (!r.ok) throw new Error("expected a route");
    const leg = r.fastest.legs[0]!;
    expect(leg.stops.map((s) => s.id)).toEqual(["shangqiao", "fengmingshan", "chongqing-library", "tianxingqiao"]);
    // 上桥–凤鸣山 120 s + closure 1.04 km at 30 km/h (125 s) + 重庆图书馆–天星桥 180 s
    expect(leg.seconds).toBe(120 + 125 + 180);
  });

  it("names loop directions by the next interchange and the sense on the map", () => {
    const west = planner.plan(CQW, "shapingba");
    const back = planner.plan("chongqing-library", "fengmingshan");
    if (!west.ok || !back.ok) throw new Error("expected routes");
    // 重庆西站 is south-west of 沙坪坝: heading north up the west side is clockwise.
    expect(west.fastest.legs[0]!.direction).toMatchObject({ kind: "loop", sense: "clockwise", station: { id: "shapingba" } });
    expect(back.fastest.legs[0]!.direction).toMatchObject({ kind: "loop", sense: "anticlockwise", station: { id: CQW } });
  });

  it("names the terminus for ordinary lines and carries line colour and names", () => {
    const r = planner.plan(T3, CQN_S);
    if (!r.ok) throw new Error("expected a route");
    const leg = r.fastest.legs[0]!;
    expect(leg.direction).toEqual({ kind: "terminus", station: { id: "lanhualu", name_zh: "兰花路", name_en: "Lanhualu" } });
    expect(leg.lineColor).toBe("#5a2a8d");
    expect(leg.lineName).toEqual({ zh: "10号线", en: "Line 10" });
    expect(leg.numberOfStops).toBe(7);
    const toT2 = planner.plan("lianglukou", T2);
    if (!toT2.ok) throw new Error("expected a route");
    const line3 = [toT2.fastest, toT2.fewestTransfers].find((j) => j && lines(j).join() === "3");
    expect(line3?.legs[0]?.direction.station.id).toBe(T2);
  });

  it("marks the out-of-station walk at 园博园", () => {
    const r = planner.plan("cuiyun", "danhe");
    if (!r.ok) throw new Error("expected a route");
    expect(r.fastest.transferPoints).toEqual([
      expect.objectContaining({ outOfStation: true, fromLineId: "3", toLineId: "5", seconds: 344,
        station: expect.objectContaining({ id: "the-expo-garden" }), toStation: expect.objectContaining({ id: "the-expo-garden-center" }) }),
    ]);
  });

  it("answers 园博园 -> 园博中心 with the walk alone: no train, no fare", () => {
    const r = planner.plan("the-expo-garden", "the-expo-garden-center");
    if (!r.ok) throw new Error("expected a route");
    expect(r.fastest.legs).toEqual([]);
    expect(r.fastest.totalSeconds).toBe(344);
    expect(r.fastest.transferPoints[0]?.outOfStation).toBe(true);
    expect(r.fastest.fare).toBeNull();
  });

  it("returns a journey with no legs for the same station", () => {
    const r = planner.plan("xiaoshizi", "xiaoshizi");
    expect(r).toMatchObject({ ok: true, fewestTransfers: null, fastest: { legs: [], totalMinutes: 0, transfers: 0, fare: null } });
  });

  it("returns a typed error for unknown stations, never throws", () => {
    expect(planner.plan("atlantis", "xiaoshizi")).toEqual({
      ok: false, error: { code: "unknown-station", which: "from", stationId: "atlantis", message: "unknown station 'atlantis'" },
    });
    const r = planner.plan("xiaoshizi", "");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: "unknown-station", which: "to" });
  });

  it("attaches the fare: official from the airport", () => {
    const r = planner.plan(T2, "yudong");
    if (!r.ok) throw new Error("expected a route");
    expect(r.fastest.fare).toEqual({ kind: "official", yuan: 9, source: "airport_fares" });
  });

  it("answers every pair of stations, well under 2 ms per query", () => {
    const ids = planner.graph.network.stations.map((s) => s.id);
    let count = 0;
    let failures = 0;
    const start = performance.now();
    for (const a of ids) {
      for (let j = 0; j < ids.length; j += 4) {
        const r = planner.plan(a, ids[j]!);
        if (!r.ok) failures++;
        count++;
      }
    }
    const perQuery = (performance.now() - start) / count;
    expect(failures).toBe(0);
    expect(perQuery).toBeLessThan(2);
  });
});
