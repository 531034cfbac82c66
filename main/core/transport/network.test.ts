import { describe, it, expect } from "vitest";
import { loadRawNetwork } from "./test-fixture";
import { parseMetroNetwork, formatPath } from "./network";

interface RawLine {
  id: string;
  name_zh: string;
  name_en: string | null;
  color: string;
  loop: boolean;
  stations: string[];
}
interface RawStation {
  id: string;
  name_zh: string;
  name_en: string | null;
  lat: number | null;
  lon: number | null;
}
interface RawSegment {
  line: string;
  from: string;
  to: string;
  seconds: number;
  km: number | null;
  time_source: string;
}
interface Raw {
  lines: RawLine[];
  stations: RawStation[];
  segments: RawSegment[];
}

const raw = (): Raw => loadRawNetwork() as unknown as Raw;
const lineIndex = (r: Raw, id: string): number => r.lines.findIndex((l) => l.id === id);

function errorsOf(input: unknown): { path: string; message: string }[] {
  const result = parseMetroNetwork(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe("parseMetroNetwork", () => {
  it("accepts the shipped Chongqing data", () => {
    const result = parseMetroNetwork(loadRawNetwork());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.network.lines).toHaveLength(15);
    expect(result.network.stations).toHaveLength(271);
    expect(result.network.segments).toHaveLength(312);
  });

  it("rejects input that is not a network object, without throwing", () => {
    expect(errorsOf(null)[0]?.path).toBe("(root)");
    expect(errorsOf({ lines: "x", stations: [], segments: [] }).some((e) => e.path === "lines")).toBe(true);
  });

  it("rejects an unknown station id on a line", () => {
    const r = raw();
    const i = lineIndex(r, "1");
    r.lines[i]!.stations[7] = "no-such-station";
    const errors = errorsOf(r);
    expect(errors).toContainEqual({ path: `lines[${i}].stations[7]`, message: "line '1' uses unknown station id 'no-such-station'" });
  });

  it("rejects a line with fewer than 2 stations", () => {
    const r = raw();
    const i = lineIndex(r, "jiangtiao");
    r.lines[i]!.stations = ["tiaodeng"];
    r.segments = r.segments.filter((s) => s.line !== "jiangtiao");
    const errors = errorsOf(r);
    expect(errors.find((e) => e.path === `lines[${i}].stations`)?.message).toMatch(/has 1 station\(s\); at least 2/);
  });

  it("rejects duplicate station ids", () => {
    const r = raw();
    const copy = { ...r.stations[5]! };
    r.stations.push(copy);
    const errors = errorsOf(r);
    expect(errors).toContainEqual({
      path: `stations[${r.stations.length - 1}].id`,
      message: `duplicate station id '${copy.id}' (first used at stations[5])`,
    });
  });

  it("rejects a bad colour", () => {
    const r = raw();
    r.lines[3]!.color = "blue";
    const errors = errorsOf(r);
    expect(errors).toEqual([{ path: "lines[3].color", message: "colour must be a #rrggbb hex string" }]);
  });

  it("rejects a segment between stations that are not adjacent on its line", () => {
    const r = raw();
    const k = r.segments.findIndex((s) => s.line === "1");
    r.segments[k] = { ...r.segments[k]!, from: "chaotianmen", to: "qixinggang" };
    const errors = errorsOf(r);
    expect(errors).toContainEqual({
      path: `segments[${k}]`,
      message: "stations 'chaotianmen' and 'qixinggang' are not adjacent on line '1'",
    });
  });

  it("rejects a missing segment", () => {
    const r = raw();
    r.segments = r.segments.filter(
      (s) => !(s.line === "2" && [s.from, s.to].sort().join() === "liziba,niujiaotuo"),
    );
    const i = lineIndex(r, "2");
    const j = r.lines[i]!.stations.indexOf("niujiaotuo");
    const errors = errorsOf(r);
    expect(errors).toEqual([
      { path: `lines[${i}].stations[${j}]`, message: "no segment between 'niujiaotuo' (牛角沱) and 'liziba' (李子坝) on line '2'" },
    ]);
  });

  it("estimates the loop closure only when both stations have coordinates", () => {
    const r = raw();
    const fengmingshan = r.stations.find((s) => s.id === "fengmingshan")!;
    fengmingshan.lat = null;
    fengmingshan.lon = null;
    const i = lineIndex(r, "loop");
    const last = r.lines[i]!.stations.length - 1;
    const errors = errorsOf(r);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe(`lines[${i}].stations[${last}]`);
    expect(errors[0]?.message).toMatch(/loop closure without coordinates/);
  });

  it("rejects a disconnected network and names a station that cannot be reached", () => {
    const r = raw();
    r.stations.push(
      { id: "island-a", name_zh: "孤岛甲", name_en: "Island A", lat: 29.5, lon: 106.5 },
      { id: "island-b", name_zh: "孤岛乙", name_en: "Island B", lat: 29.51, lon: 106.51 },
    );
    r.lines.push({ id: "x", name_zh: "X线", name_en: "Line X", color: "#123456", loop: false, stations: ["island-a", "island-b"] });
    r.segments.push({ line: "x", from: "island-a", to: "island-b", seconds: 120, km: 1.4, time_source: "estimated" });
    const errors = errorsOf(r);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe(`stations[${r.stations.length - 2}]`);
    expect(errors[0]?.message).toContain("'island-a' (孤岛甲) on line(s) x cannot be reached from");
    expect(errors[0]?.message).toContain("(2 stations unreachable)");
  });

  it("rejects a station that is on no line as unreachable", () => {
    const r = raw();
    r.stations.push({ id: "orphan", name_zh: "孤站", name_en: null, lat: null, lon: null });
    const errors = errorsOf(r);
    expect(errors[0]?.message).toMatch(/'orphan' \(孤站\) \(on no line\) cannot be reached/);
  });

  it("formats paths like lines[3].stations[7]", () => {
    expect(formatPath(["lines", 3, "stations", 7])).toBe("lines[3].stations[7]");
    expect(formatPath([])).toBe("(root)");
  });
});
