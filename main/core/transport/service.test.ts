import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiResponse, Result } from "../../api/contract";
import { makeTempDir, shippedContentDb, startTestCore, type TestCore } from "../../testing/fixtures";
import { createTransportService, plainPinyin, tonedPinyin, TERMINAL_STATIONS } from "./service";

let t3: TestCore;
let t2: TestCore;

beforeAll(() => {
  t3 = startTestCore();
  t2 = startTestCore({ terminal: "T2" });
});
afterAll(() => {
  t3.dispose();
  t2.dispose();
});

async function call<M extends "searchStations" | "planJourney" | "getTaxiCard" | "getTransportGuide">(
  core: TestCore,
  method: M,
  body: unknown,
): Promise<Result<ApiResponse<M>>> {
  return (await core.core.dispatch(method, body, { transport: "http" })) as Result<ApiResponse<M>>;
}

async function value<M extends "searchStations" | "planJourney" | "getTaxiCard" | "getTransportGuide">(
  core: TestCore,
  method: M,
  body: unknown,
): Promise<ApiResponse<M>> {
  const result = await call(core, method, body);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

describe("searchStations", () => {
  it.each([
    ["xiaoshizi", "xiaoshizi"],
    ["Xiao Shi Zi", "xiaoshizi"],
    ["xiǎo shí zì", "xiaoshizi"],
    ["ci qi kou", "ciqikou"],
    ["CIQIKOU", "ciqikou"],
    ["磁器口", "ciqikou"],
    ["Chongqing West", "chongqing-west-station"],
    ["guanyinqioa", "guanyinqiao"],
    ["danzishi", "danzishi"],
  ])("finds %s", async (query, id) => {
    const found = await value(t3, "searchStations", { query });
    expect(found[0]?.id).toBe(id);
    expect(found[0]?.lines.length).toBeGreaterThan(0);
    expect(found[0]?.lines[0]?.color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it("answers nothing for an empty query and caps the number of results", async () => {
    expect(await value(t3, "searchStations", { query: "  " })).toEqual([]);
    expect((await value(t3, "searchStations", { query: "zhan", limit: 3 })).length).toBeLessThanOrEqual(3);
  });

  it("refuses a query that is too long or an unknown field", async () => {
    const long = await call(t3, "searchStations", { query: "x".repeat(61) });
    expect(long.ok ? null : long.error.code).toBe("bad_request");
    const extra = await call(t3, "searchStations", { query: "a", lang: "en" });
    expect(extra.ok ? null : extra.error.code).toBe("bad_request");
  });
});

describe("planJourney", () => {
  it("starts at the kiosk's terminal: T3 by default, T2 when configured", async () => {
    const fromT3 = await value(t3, "planJourney", { to: "xiaoshizi" });
    expect(fromT3.fastest.from.id).toBe(TERMINAL_STATIONS.T3);
    expect(fromT3.fastest.to.id).toBe("xiaoshizi");
    const fromT2 = await value(t2, "planJourney", { to: "xiaoshizi" });
    expect(fromT2.fastest.from.id).toBe(TERMINAL_STATIONS.T2);
  });

  it("describes each leg: line, colour, terminus, stops and minutes, with an official airport fare", async () => {
    const plan = await value(t3, "planJourney", { to: "xiaoshizi" });
    const journey = plan.fastest;
    expect(journey.legs.length).toBeGreaterThanOrEqual(2);
    expect(journey.transfers).toBe(journey.legs.length - 1);
    expect(journey.legs[0]?.line.id).toBe("10");
    expect(journey.legs[0]?.board.id).toBe(TERMINAL_STATIONS.T3);
    for (const leg of journey.legs) {
      expect(leg.line.color).toMatch(/^#[0-9a-f]{6}$/i);
      expect(leg.stops[0]?.id).toBe(leg.board.id);
      expect(leg.stops[leg.stops.length - 1]?.id).toBe(leg.alight.id);
      expect(leg.minutes).toBeGreaterThan(0);
      expect(leg.direction.nameZh).not.toBe("");
    }
    expect(journey.transferStations.map((s) => s.id)).toEqual(journey.legs.slice(1).map((leg) => leg.board.id));
    expect(journey.totalMinutes).toBeGreaterThanOrEqual(journey.legs.reduce((sum, leg) => sum + leg.minutes, 0) - journey.legs.length);
    expect(journey.fare.kind).toBe("official");
    expect(journey.legs[0]?.stops[0]?.pinyin).toBe("jiang bei ji chang t3 hang zhan lou");
  });

  it("gives an estimated fare between two city stations", async () => {
    const plan = await value(t3, "planJourney", { from: "ciqikou", to: "xiaoshizi" });
    expect(plan.fastest.fare.kind).toBe("estimated");
  });

  it("answers not_found for an unknown station, naming it", async () => {
    const result = await call(t3, "planJourney", { to: "atlantis" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("not_found");
    expect(result.error.message).toContain('"atlantis"');
    const from = await call(t3, "planJourney", { from: "nowhere-at-all", to: "xiaoshizi" });
    expect(from.ok ? null : from.error.message).toContain('"nowhere-at-all" (from)');
  });

  it("refuses a request without a destination or with a malformed id", async () => {
    for (const body of [{}, { to: "Xiao Shi Zi" }, { to: "a".repeat(70) }, { to: "xiaoshizi", via: "x" }]) {
      const result = await call(t3, "planJourney", body);
      expect(result.ok ? null : result.error.code).toBe("bad_request");
    }
  });
});

describe("getTaxiCard", () => {
  it("gives a station's Chinese name, toned pinyin and English name", async () => {
    const card = await value(t3, "getTaxiCard", { lang: "en", target: { kind: "station", id: "xiaoshizi" } });
    expect(card).toMatchObject({
      nameZh: "小什字",
      kindZh: "轨道交通站",
      pinyin: "Xiǎo Shí Zì",
      nameEn: "Xiaoshizi",
      name: { text: "Xiaoshizi", shownIn: "en" },
      stationId: "xiaoshizi",
    });
    expect(card.requestZh).toMatch(/请送我到/);
  });

  it("answers not_found for an unknown station or attraction", async () => {
    const station = await call(t3, "getTaxiCard", { lang: "en", target: { kind: "station", id: "no-such-station" } });
    expect(station.ok ? null : station.error.code).toBe("not_found");
    const attraction = await call(t3, "getTaxiCard", { lang: "en", target: { kind: "attraction", id: "no-such-place" } });
    expect(attraction.ok ? null : attraction.error.code).toBe("not_found");
  });

  it("refuses an unknown target kind", async () => {
    const result = await call(t3, "getTaxiCard", { lang: "en", target: { kind: "hotel", id: "abc" } });
    expect(result.ok ? null : result.error.code).toBe("bad_request");
  });
});

describe("getTransportGuide", () => {
  it("lists the kiosk's station, its first and last trains, buses with their caveat, and rail hubs", async () => {
    const guide = await value(t3, "getTransportGuide", { lang: "ja" });
    expect(guide.kioskStation.id).toBe(TERMINAL_STATIONS.T3);
    expect(guide.terminal).toBe("T3");
    expect(guide.firstLastTrains.length).toBeGreaterThan(0);
    for (const train of guide.firstLastTrains) expect(train.first).toMatch(/^\d{2}:\d{2}$/);
    expect(guide.buses.length).toBeGreaterThanOrEqual(5);
    expect(guide.buses[0]?.name.shownIn).toBe("ja");
    expect(guide.buses[0]?.sources.length).toBeGreaterThan(0);
    expect(guide.busNote?.shownIn).toBe("ja");
    expect(guide.railHubs.map((hub) => hub.station.id)).toContain("chongqing-west-station");
    expect(guide.popular[0]).toMatchObject({ key: "jiefangbei-hongyadong", station: { id: "xiaoshizi" } });
  });

  it("shows the T2 trains on a T2 kiosk", async () => {
    const guide = await value(t2, "getTransportGuide", { lang: "en" });
    expect(guide.kioskStation.id).toBe(TERMINAL_STATIONS.T2);
    expect(guide.firstLastTrains.map((train) => train.line.id)).toContain("3");
  });
});

describe("the service on its own", () => {
  it("reads a taxi card for an attraction when the content has the table, not_found when it does not", () => {
    const dir = makeTempDir();
    const file = path.join(dir, "content.db");
    fs.copyFileSync(shippedContentDb(), file);
    const db = new Database(file);
    db.exec("DROP TABLE IF EXISTS attraction");
    const before = createTransportService({ contentDb: db, terminal: () => "T3" });
    expect(before.taxiCard("en", { kind: "attraction", id: "hongyadong" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    db.exec("CREATE TABLE attraction (id TEXT PRIMARY KEY, name_zh TEXT NOT NULL, address_zh TEXT, station_id TEXT, json TEXT NOT NULL)");
    db.prepare("INSERT INTO attraction VALUES (?, ?, ?, ?, ?)").run(
      "hongyadong",
      "洪崖洞民俗风貌区",
      "重庆市渝中区嘉陵江滨江路88号",
      "xiaoshizi",
      JSON.stringify({ name: { en: "Hongyadong", "zh-Hans": "洪崖洞", fr: "Hongyadong (maisons sur pilotis)" } }),
    );
    const service = createTransportService({ contentDb: db, terminal: () => "T3" });
    const card = service.taxiCard("fr", { kind: "attraction", id: "hongyadong" });
    expect(card).toMatchObject({
      ok: true,
      value: {
        nameZh: "洪崖洞民俗风貌区",
        addressZh: "重庆市渝中区嘉陵江滨江路88号",
        nameEn: "Hongyadong",
        name: { text: "Hongyadong (maisons sur pilotis)", shownIn: "fr" },
        stationId: "xiaoshizi",
        kindZh: null,
      },
    });
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("answers unavailable for everything when the stored network is broken", () => {
    const dir = makeTempDir();
    const file = path.join(dir, "content.db");
    fs.copyFileSync(shippedContentDb(), file);
    const db = new Database(file);
    db.prepare("UPDATE document SET json = ? WHERE name = 'metro'").run(JSON.stringify({ lines: [], stations: "none" }));
    const service = createTransportService({ contentDb: db, terminal: () => "T3" });
    expect(service.planJourney("xiaoshizi")).toMatchObject({ ok: false, error: { code: "unavailable" } });
    expect(service.guide("en")).toMatchObject({ ok: false, error: { code: "unavailable" } });
    expect(service.searchStations("xiaoshizi", 5)).toEqual([]);
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("writes pinyin with and without tones", () => {
    expect(plainPinyin("重庆北站南广场")).toBe("chong qing bei zhan nan guang chang");
    expect(tonedPinyin("弹子石")).toBe("Dàn Zǐ Shí");
    expect(tonedPinyin("曾家岩")).toBe("Zēng Jiā Yán");
  });
});

describe("station search by landmark", () => {
  it("finds the station that serves a landmark by its English, pinyin or Chinese name", async () => {
    const test = startTestCore();
    try {
      for (const query of ["Hongyadong", "hongyadong", "jiefangbei", "Jie Fang Bei", "解放碑", "洪崖洞"]) {
        const result = await test.core.dispatch("searchStations", { query }, { transport: "ipc" });
        if (!result.ok) throw new Error(result.error.message);
        const stations = result.value as { id: string }[];
        expect(stations[0]?.id, query).toBe("xiaoshizi");
      }
    } finally {
      test.dispose();
    }
  });
});
