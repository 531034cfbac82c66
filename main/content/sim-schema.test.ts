import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeTempDir } from "../testing/fixtures";
import type { PackError } from "./pack-files";
import { readSim } from "./sim-schema";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function packWith(files: Record<string, unknown>): string {
  const root = makeTempDir();
  dirs.push(root);
  fs.mkdirSync(path.join(root, "sim"));
  for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(root, "sim", name), JSON.stringify(data));
  return root;
}

const carrier = {
  id: "china-mobile",
  nameZh: "中国移动",
  name: { en: "China Mobile", "zh-Hans": "中国移动" },
  hotline: "10086",
  plans: [],
  sources: ["known-source"],
};

describe("sim/*.json in a content pack", () => {
  it("reads carriers whose sources exist", () => {
    const errors: PackError[] = [];
    const sim = readSim(packWith({ "carriers.json": { carriers: [carrier] } }), new Set(["known-source"]), errors);
    expect(errors).toEqual([]);
    expect(sim.carriers.map((item) => item.id)).toEqual(["china-mobile"]);
  });

  it("names unknown sources, duplicate ids and a bad hotline by file and field", () => {
    const errors: PackError[] = [];
    const bad = { ...carrier, sources: ["nowhere"] };
    readSim(packWith({ "a.json": { carriers: [bad] }, "b.json": { carriers: [carrier] } }), new Set(["known-source"]), errors);
    expect(errors).toEqual(
      expect.arrayContaining([
        { file: "sim/a.json", path: "carriers[0].sources[0]", message: 'unknown source "nowhere"' },
        expect.objectContaining({ file: "sim/b.json", path: "carriers[0].id" }),
      ]),
    );
    const shape: PackError[] = [];
    readSim(packWith({ "c.json": { carriers: [{ ...carrier, hotline: "call us" }] } }), new Set(["known-source"]), shape);
    expect(shape[0]?.path).toContain("hotline");
  });
});
