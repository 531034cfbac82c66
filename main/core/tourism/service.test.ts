import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Attraction, AttractionSummary, EventInfo, TourRoute } from "../../api/contract";
import { startTestCore, type TestCore } from "../../testing/fixtures";
import { createTourismService } from "./service";

let test: TestCore;

beforeAll(() => {
  test = startTestCore();
});

afterAll(() => test.dispose());

async function call<T>(method: string, body: unknown): Promise<{ ok: true; value: T } | { ok: false; error: { code: string } }> {
  return (await test.core.dispatch(method, body, { transport: "http" })) as { ok: true; value: T } | { ok: false; error: { code: string } };
}

async function value<T>(method: string, body: unknown): Promise<T> {
  const result = await call<T>(method, body);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.value;
}

describe("tourism handlers", () => {
  it("lists at least 40 attractions with their picture path and Chinese name", async () => {
    const list = await value<AttractionSummary[]>("listAttractions", { lang: "en" });
    expect(list.length).toBeGreaterThanOrEqual(40);
    const hongyadong = list.find((item) => item.id === "hongyadong");
    expect(hongyadong).toMatchObject({ nameZh: "洪崖洞民俗风貌区", image: "/content-images/hongyadong.svg", district: { shownIn: "en" } });
  });

  it("answers an attraction in the traveller's language with its address card fields", async () => {
    const attraction = await value<Attraction>("getAttraction", { lang: "ja", id: "hongyadong" });
    expect(attraction.name).toEqual({ text: "洪崖洞", shownIn: "ja" });
    expect(attraction.description.shownIn).toBe("ja");
    expect(attraction.addressZh).toBe("重庆市渝中区嘉陵江滨江路88号");
    expect(attraction.stationId).toBe("xiaoshizi");
    expect(attraction.sources.length).toBeGreaterThan(0);
  });

  it("falls back to English for a description the pack lacks in French, and says so", async () => {
    const attraction = await value<Attraction>("getAttraction", { lang: "fr", id: "three-gorges-museum" });
    expect(attraction.name.shownIn).toBe("fr");
    expect(attraction.description.shownIn).toBe("en");
    expect(attraction.hours).toMatchObject({ open: "09:00", close: "17:00", closedMondays: true });
  });

  it("answers not_found for an unknown attraction and bad_request for a malformed id", async () => {
    expect(await call("getAttraction", { lang: "en", id: "atlantis" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await call("getAttraction", { lang: "en", id: "../etc" })).toMatchObject({ ok: false, error: { code: "bad_request" } });
  });

  it("lists tour routes and events, linking stops to attractions the kiosk has", async () => {
    const routes = await value<TourRoute[]>("listTourRoutes", { lang: "ko" });
    const cruise = routes.find((route) => route.id === "three-gorges-cruise");
    expect(cruise?.days).toBe(4);
    expect(cruise?.stops[0]?.attractionId).toBe("chaotianmen");
    const events = await value<EventInfo[]>("listEvents", { lang: "ru" });
    expect(events.map((event) => event.id)).toContain("hotpot-festival");
    expect(events[0]?.when.shownIn).toBe("ru");
  });

  it("serves pack pictures by name and refuses unknown or unsafe names", () => {
    const image = test.core.contentImage("hongyadong.svg");
    expect(image?.type).toBe("image/svg+xml");
    expect(image?.body.toString("utf8")).toMatch(/^<svg /);
    expect(test.core.contentImage("../content.db")).toBeUndefined();
    expect(test.core.contentImage("hongyadong.svg/..")).toBeUndefined();
    expect(test.core.contentImage("nothing-here.png")).toBeUndefined();
  });

  it("finds attractions in the search index by English or Chinese name", () => {
    const db = new Database(process.env.KIOSK_TEST_CONTENT_DB ?? "", { readonly: true });
    try {
      const refs = (query: string): string[] =>
        (db.prepare("SELECT DISTINCT ref FROM search_index WHERE kind = 'attraction' AND search_index MATCH ?").all(query) as { ref: string }[]).map(
          (row) => row.ref,
        );
      expect(refs('"hongyadong"*')).toContain("hongyadong");
      expect(refs('"洪崖" "崖洞"')).toContain("hongyadong");
    } finally {
      db.close();
    }
  });

  it("gives an empty area, not an error, on a content database without tourism tables", () => {
    const db = new Database(":memory:");
    db.exec("CREATE TABLE image (name TEXT PRIMARY KEY, data BLOB NOT NULL)");
    const service = createTourismService(db);
    expect(service.listAttractions("en")).toEqual([]);
    expect(service.getAttraction("en", "hongyadong")).toBeUndefined();
    expect(service.listRoutes("en")).toEqual([]);
    db.close();
  });
});

describe("attractions in the knowledge search", () => {
  it("finds Hongyadong by its English or Chinese name, first, as an attraction hit", async () => {
    for (const [lang, query] of [["en", "Hongyadong"], ["zh-Hans", "洪崖洞"], ["ja", "洪崖洞"], ["ko", "Hongyadong"]] as const) {
      const found = await value<{ hits: { kind: string; id: string }[] }>("searchKnowledge", { lang, query });
      expect(found.hits[0], `${lang} ${query}`).toMatchObject({ kind: "attraction", id: "hongyadong" });
    }
  });

  it("leaves answer searches to the answers when no place is named", async () => {
    const found = await value<{ hits: { kind: string }[] }>("searchKnowledge", { lang: "en", query: "metro" });
    expect(found.hits[0]?.kind).toBe("kb");
  });
});
