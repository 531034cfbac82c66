import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CONTENT_DIR, makeTempDir } from "../testing/fixtures";
import { describePackErrors, loadContentPack, METRO_FILE } from "./load-pack";

type Json = Record<string, unknown> & {
  stations: Record<string, unknown>[];
  lines: Record<string, unknown>[];
  segments: Record<string, unknown>[];
};

const temps: string[] = [];

/** A copy of the shipped pack that a test may break. */
function copyPack(): string {
  const dir = makeTempDir("kiosk-pack-");
  temps.push(dir);
  fs.cpSync(CONTENT_DIR, dir, { recursive: true });
  return dir;
}

function editJson<T>(file: string, edit: (data: T) => void): void {
  const data = JSON.parse(fs.readFileSync(file, "utf8")) as T;
  edit(data);
  fs.writeFileSync(file, JSON.stringify(data));
}

afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("transport content in the pack", () => {
  it("loads the shipped airport buses and rail hubs", () => {
    const result = loadContentPack(CONTENT_DIR);
    if (!result.ok) throw new Error(describePackErrors(result.errors));
    expect(result.pack.transport.buses.length).toBeGreaterThanOrEqual(5);
    expect(result.pack.transport.busNote?.en).toMatch(/may have changed/);
    expect(result.pack.transport.railHubs.map((hub) => hub.station)).toEqual(
      expect.arrayContaining(["south-square-of-chongqingbei-railway-station", "chongqing-west-station", "chongqingdong-railway-station", "shapingba"]),
    );
  });

  it("rejects a rail hub whose station is not in the metro network, naming file and path", () => {
    const dir = copyPack();
    editJson<{ railHubs: { station: string }[] }>(path.join(dir, "transport/rail-hubs.json"), (data) => {
      const hub = data.railHubs[1];
      if (hub) hub.station = "no-such-station";
    });
    const result = loadContentPack(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({
      file: "transport/rail-hubs.json",
      path: "railHubs[1].station",
      message: 'unknown metro station "no-such-station"',
    });
  });

  it("rejects a route with an unknown source", () => {
    const dir = copyPack();
    editJson<{ buses: { routes: { sources: string[]; name: Record<string, string> }[] } }>(
      path.join(dir, "transport/airport-buses.json"),
      (data) => {
        const route = data.buses.routes[0];
        if (!route) return;
        route.sources = ["invented-source"];
      },
    );
    const result = loadContentPack(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = describePackErrors(result.errors);
    expect(text).toContain('transport/airport-buses.json buses.routes[0].sources[0]: unknown source "invented-source"');
  });

  it("rejects a route without its English name", () => {
    const dir = copyPack();
    editJson<{ buses: { routes: { name: Record<string, string> }[] } }>(path.join(dir, "transport/airport-buses.json"), (data) => {
      delete data.buses.routes[2]?.name.en;
    });
    const result = loadContentPack(dir);
    expect(result.ok ? "" : describePackErrors(result.errors)).toContain("transport/airport-buses.json buses.routes[2].name.en");
  });
});

describe("a broken metro network in a pack", () => {
  it("rejects a disconnected network with the file and the station's path", () => {
    const dir = copyPack();
    editJson<Json>(path.join(dir, METRO_FILE), (data) => {
      data.stations.push(
        { id: "island-a", name_zh: "孤岛甲", name_en: "Island A", lat: 29.5, lon: 106.5 },
        { id: "island-b", name_zh: "孤岛乙", name_en: "Island B", lat: 29.51, lon: 106.51 },
      );
      data.lines.push({ id: "x", name_zh: "X线", name_en: "Line X", color: "#123456", loop: false, stations: ["island-a", "island-b"] });
      data.segments.push({ line: "x", from: "island-a", to: "island-b", seconds: 120, km: 1.4, time_source: "estimated" });
    });
    const result = loadContentPack(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.errors.find((item) => item.file === METRO_FILE);
    expect(error?.path).toMatch(/^stations\[\d+\]$/);
    expect(error?.message).toContain("network is disconnected");
    expect(error?.message).toContain("island-a");
  });

  it("rejects a line that names a station the network lacks", () => {
    const dir = copyPack();
    editJson<Json>(path.join(dir, METRO_FILE), (data) => {
      const line = data.lines[0] as { stations: string[] };
      line.stations[2] = "ghost-station";
    });
    const result = loadContentPack(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.errors.find((item) => item.file === METRO_FILE);
    expect(error?.path).toBe("lines[0].stations[2]");
    expect(describePackErrors(result.errors)).toContain(`${METRO_FILE} lines[0].stations[2]`);
  });

  it("rejects a metro file that is not JSON", () => {
    const dir = copyPack();
    fs.writeFileSync(path.join(dir, METRO_FILE), "{ not json");
    const result = loadContentPack(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ file: METRO_FILE, message: expect.stringMatching(/not valid JSON/) as unknown });
  });
});
