import { describe, it, expect } from "vitest";
import { loadNetwork } from "./test-fixture";
import { buildGraph } from "./graph";
import { createFareCalculator, fareForKm, TRACK_TO_STRAIGHT_LINE_FACTOR } from "./fare";

const network = loadNetwork();
const fares = createFareCalculator(buildGraph(network));
const T2 = "terminal-2-of-jiangbei-airport";
const T3 = "terminal-3-of-jiangbei-airport";

describe("fareForKm (重庆轨道交通票务规则 distance scale)", () => {
  it.each([
    [0, 2], [6, 2], [6.01, 3], [11, 3], [11.5, 4], [17, 4], [24, 5], [24.1, 6], [32, 6],
    [41, 7], [41.2, 8], [51, 8], [63, 9], [63.01, 10], [120, 10],
  ])("%f km costs %i yuan", (km, yuan) => {
    expect(fareForKm(km)).toBe(yuan);
  });
});

describe("createFareCalculator", () => {
  it("uses the official fare from T2 and T3", () => {
    expect(fares.fare(T2, "yudong")).toEqual({ kind: "official", yuan: 9, source: "airport_fares" });
    expect(fares.fare(T3, "xiaoshizi")).toEqual({ kind: "official", yuan: 6, source: "airport_fares" });
    expect(fares.fare(T2, "xiaoshizi")).toEqual({ kind: "official", yuan: 7, source: "airport_fares" });
    expect(fares.fare(T3, T2)).toEqual({ kind: "official", yuan: 2, source: "airport_fares" });
  });

  it("uses the same official fare for trips to the airport", () => {
    expect(fares.fare("yudong", T2)).toEqual({ kind: "official", yuan: 9, source: "airport_fares" });
    expect(fares.fare("ciqikou", T3)).toEqual({ kind: "official", yuan: 8, source: "airport_fares" });
  });

  it("falls back to an estimate where the official table has no fare (重庆西站)", () => {
    const fare = fares.fare(T2, "chongqing-west-station");
    expect(fare.kind).toBe("estimated");
  });

  it("estimates a short trip across the river at the 2 yuan starting fare", () => {
    const fare = fares.fare("xiaoshizi", "shangxinjie");
    expect(fare).toMatchObject({ kind: "estimated", yuan: 2 });
    if (fare.kind === "estimated") {
      expect(fare.straightLineKm).toBeGreaterThan(1);
      expect(fare.straightLineKm).toBeLessThan(4);
      expect(fare.estimatedTrackKm).toBeCloseTo(fare.straightLineKm * TRACK_TO_STRAIGHT_LINE_FACTOR, 1);
      expect(fare.source).toContain("重庆轨道交通票务规则");
    }
  });

  it("caps a very long estimated trip at 10 yuan", () => {
    // 鱼洞 (south end of Lines 2/3) to 北碚 (north end of Line 6): far beyond 63 km.
    expect(fares.fare("yudong", "beibei")).toMatchObject({ kind: "estimated", yuan: 10 });
  });

  it("gives an unknown fare on 璧铜线 and 江跳线, whose scale is not sourced", () => {
    expect(fares.fare("chaotianmen", "tongliangxi").kind).toBe("unknown");
    expect(fares.fare("shiqiaopu", "shengquansi").kind).toBe("unknown");
    // ...but the official airport fare still applies there.
    expect(fares.fare(T2, "tongliangxi")).toEqual({ kind: "official", yuan: 25, source: "airport_fares" });
  });

  it("gives an unknown fare for the same or an unknown station", () => {
    expect(fares.fare("xiaoshizi", "xiaoshizi").kind).toBe("unknown");
    expect(fares.fare("xiaoshizi", "nowhere").kind).toBe("unknown");
  });

  it("matches the official airport fares within 1 yuan when estimated (calibration)", () => {
    let exact = 0;
    let total = 0;
    for (const terminal of [T2, T3]) {
      for (const [dest, yuan] of Object.entries(network.airport_fares[terminal] ?? {})) {
        if (yuan === null || dest === T2 || dest === T3) continue;
        const route = fares.shortestKm(terminal, dest);
        if (!route || route.separateFare) continue;
        const estimate = fareForKm(route.km * TRACK_TO_STRAIGHT_LINE_FACTOR);
        expect(Math.abs(estimate - yuan), `${terminal} -> ${dest}`).toBeLessThanOrEqual(1);
        total++;
        if (estimate === yuan) exact++;
      }
    }
    expect(total).toBeGreaterThan(480);
    expect(exact / total).toBeGreaterThan(0.75);
  });
});
