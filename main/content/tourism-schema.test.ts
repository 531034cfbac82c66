import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CONTENT_DIR, makeTempDir } from "../testing/fixtures";
import { describePackErrors, loadContentPack } from "./load-pack";

interface AttractionJson {
  id: string;
  station: string | null;
  image: string;
  hours: unknown;
  addressZh: string;
  name: Record<string, string>;
}

const ATTRACTIONS = "tourism/attractions.json";
const temps: string[] = [];

/** A copy of the shipped pack that a test may break. */
function copyPack(): string {
  const dir = makeTempDir("kiosk-pack-");
  temps.push(dir);
  fs.cpSync(CONTENT_DIR, dir, { recursive: true });
  return dir;
}

function editAttractions(dir: string, edit: (list: AttractionJson[]) => void): void {
  const file = path.join(dir, ATTRACTIONS);
  const data = JSON.parse(fs.readFileSync(file, "utf8")) as { attractions: AttractionJson[] };
  edit(data.attractions);
  fs.writeFileSync(file, JSON.stringify(data));
}

function errorsOf(dir: string): { file: string; path: string; message: string }[] {
  const result = loadContentPack(dir);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

function at<T>(list: T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("tourism content in the pack", () => {
  it("loads at least 40 attractions, each with an existing image and a known station", () => {
    const result = loadContentPack(CONTENT_DIR);
    if (!result.ok) throw new Error(describePackErrors(result.errors));
    const { attractions, routes, events } = result.pack.tourism;
    expect(attractions.length).toBeGreaterThanOrEqual(40);
    expect(routes.length).toBeGreaterThan(0);
    expect(events.length).toBeGreaterThan(0);
    const stations = new Set(result.pack.metro.stations.map((station) => station.id));
    for (const attraction of attractions) {
      expect(result.pack.images.has(attraction.image)).toBe(true);
      if (attraction.station !== null) expect(stations.has(attraction.station)).toBe(true);
      expect(attraction.addressZh).toMatch(/\p{Script=Han}/u);
      expect(attraction.sources.length).toBeGreaterThan(0);
    }
  });

  it("keeps every illustration a small SVG without script", () => {
    for (const name of fs.readdirSync(path.join(CONTENT_DIR, "images")).filter((file) => file.endsWith(".svg"))) {
      const text = fs.readFileSync(path.join(CONTENT_DIR, "images", name), "utf8");
      expect(text.length, name).toBeLessThan(8 * 1024);
      expect(text, name).not.toMatch(/<script|on[a-z]+=|<text|href=/i);
      expect(text, name).toMatch(/viewBox="0 0 320 240"/);
    }
  });

  it("rejects an attraction whose station is not in the metro network, naming file and path", () => {
    const dir = copyPack();
    editAttractions(dir, (list) => {
      at(list, 2).station = "no-such-station";
    });
    expect(errorsOf(dir)).toContainEqual({ file: ATTRACTIONS, path: "attractions[2].station", message: 'unknown metro station "no-such-station"' });
  });

  it("rejects an attraction whose image is missing from images/", () => {
    const dir = copyPack();
    editAttractions(dir, (list) => {
      at(list, 0).image = "not-drawn-yet.svg";
    });
    expect(errorsOf(dir)).toContainEqual({ file: ATTRACTIONS, path: "attractions[0].image", message: 'no image "not-drawn-yet.svg" in images/' });
  });

  it("rejects an image name that tries to leave the images folder", () => {
    const dir = copyPack();
    editAttractions(dir, (list) => {
      at(list, 1).image = "../x.svg";
    });
    const errors = errorsOf(dir);
    expect(errors).toContainEqual(expect.objectContaining({ file: ATTRACTIONS, path: "attractions[1].image" }));
  });

  it("rejects a duplicate attraction id", () => {
    const dir = copyPack();
    editAttractions(dir, (list) => {
      at(list, 3).id = at(list, 0).id;
    });
    expect(errorsOf(dir)).toContainEqual({
      file: ATTRACTIONS,
      path: "attractions[3].id",
      message: `duplicate id "${JSON.parse(fs.readFileSync(path.join(dir, ATTRACTIONS), "utf8")).attractions[0].id}" (first in ${ATTRACTIONS})`,
    });
  });

  it("rejects opening hours that are not times, and an address not written in Chinese", () => {
    const dir = copyPack();
    editAttractions(dir, (list) => {
      at(list, 0).hours = { open: "9am", close: "17:00", lastEntry: null, closedMondays: false, asOf: "2025" };
      at(list, 1).addressZh = "88 Jialing Riverside Road";
    });
    const errors = errorsOf(dir);
    expect(errors).toContainEqual(expect.objectContaining({ file: ATTRACTIONS, path: "attractions[0].hours.open" }));
    expect(errors).toContainEqual(expect.objectContaining({ file: ATTRACTIONS, path: "attractions[1].addressZh" }));
  });

  it("rejects an attraction name missing one of the five full languages", () => {
    const dir = copyPack();
    editAttractions(dir, (list) => {
      delete at(list, 0).name.ko;
    });
    expect(errorsOf(dir)).toContainEqual(expect.objectContaining({ file: ATTRACTIONS, path: "attractions[0].name" }));
  });

  it("rejects a route stop that names an unknown attraction", () => {
    const dir = copyPack();
    const file = path.join(dir, "tourism/routes.json");
    const data = JSON.parse(fs.readFileSync(file, "utf8")) as { routes: { stops: { attraction: string | null }[] }[] };
    const stop = data.routes[0]?.stops[0];
    if (stop) stop.attraction = "atlantis";
    fs.writeFileSync(file, JSON.stringify(data));
    expect(errorsOf(dir)).toContainEqual({ file: "tourism/routes.json", path: "routes[0].stops[0].attraction", message: 'unknown attraction "atlantis"' });
  });
});
