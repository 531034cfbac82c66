import { describe, expect, it } from "vitest";
import { checkEntryName, readZip, writeZip, type ZipLimits } from "./zip";

const LIMITS: ZipLimits = { maxEntries: 10, maxFileBytes: 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024, maxRatio: 50, ratioFloorBytes: 64 * 1024 };

describe("the ZIP reader", () => {
  it("reads back what the writer wrote, stored and deflated, with UTF-8 names", () => {
    const files = [
      { name: "pack.json", data: Buffer.from('{"format":1}') },
      { name: "kb/entry.json", data: Buffer.from("退税 ".repeat(500)) },
      { name: "images/x.png", data: Buffer.from([1, 2, 3]) },
    ];
    const read = readZip(writeZip(files), LIMITS);
    expect(read).toEqual({ ok: true, files: files.map(({ name, data }) => ({ name, data })) });
  });

  it("writes the same bytes for the same files", () => {
    const files = [{ name: "a.json", data: Buffer.from("{}") }];
    expect(writeZip(files).equals(writeZip(files))).toBe(true);
  });

  it("refuses an entry that inflates to more than its header declares", () => {
    const zip = writeZip([{ name: "kb/a.json", data: Buffer.alloc(200_000, 0x20) }]);
    // Rewrite the declared size (central directory and local header) to 100 bytes.
    const central = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(100, central + 24);
    zip.writeUInt32LE(100, 22);
    const read = readZip(zip, LIMITS);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.issues[0]?.message).toMatch(/more than its header declares|different size/);
  });

  it("refuses damaged data by its CRC", () => {
    const zip = writeZip([{ name: "a.json", data: Buffer.from("stored, not deflated") }]);
    const at = zip.indexOf(Buffer.from("stored"));
    zip[at] = 0x53;
    const read = readZip(zip, LIMITS);
    expect(!read.ok && read.issues[0]?.message).toMatch(/CRC/);
  });

  it("refuses too many entries, too large a total and a high ratio, before inflating anything", () => {
    const many = writeZip(Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.json`, data: Buffer.from("{}") })));
    expect(!readZip(many, LIMITS).ok).toBe(true);
    const total = writeZip(Array.from({ length: 3 }, (_, i) => ({ name: `f${i}.bin`, data: Buffer.alloc(900 * 1024, i) })));
    const totalRead = readZip(total, LIMITS);
    expect(!totalRead.ok && totalRead.issues.map((issue) => issue.message).join(" ")).toMatch(/zip bomb|a pack may be at most/);
  });

  it("skips the litter archivers add and reports the name of everything it refuses", () => {
    const zip = writeZip([
      { name: "pack.json", data: Buffer.from("{}") },
      { name: "__MACOSX/._pack.json", data: Buffer.from("x") },
      { name: ".DS_Store", data: Buffer.from("x") },
      { name: "kb/../../x.json", data: Buffer.from("{}") },
    ]);
    const read = readZip(zip, LIMITS);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.issues).toEqual([{ entry: "kb/../../x.json", message: expect.stringMatching(/climbs out/) }]);
  });

  it.each([
    ["../x", /climbs/],
    ["a/./b", /climbs/],
    ["/abs", /absolute/],
    ["C:/win", /absolute/],
    ["a\\b", /backslash/],
    ["a//b", /empty/],
    [".hidden", /characters/],
    ["kb/ünïcode.json", /characters/],
    ["a/b/c/d/e/f/g", /deeply/],
  ])("refuses the entry name %s", (name, reason) => {
    expect(checkEntryName(name)).toMatch(reason);
  });

  it("accepts ordinary pack names", () => {
    for (const name of ["pack.json", "kb/entry.json", "images/t3-map_2.png", "README.md", "kb/"]) {
      expect(checkEntryName(name)).toBeUndefined();
    }
  });
});
