import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeTempDir } from "../../testing/fixtures";
import { readLogTail } from "./logs";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("log export", () => {
  it("joins the rotated files oldest first, newest last, and keeps only the tail when too large", () => {
    const dir = makeTempDir();
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, "kiosk.log.2"), "oldest\n");
    fs.writeFileSync(path.join(dir, "kiosk.log.1"), "older\n");
    fs.writeFileSync(path.join(dir, "kiosk.log"), "newest\n");
    fs.writeFileSync(path.join(dir, "notes.txt"), "not a log\n");

    const text = readLogTail(dir);
    expect(text.indexOf("oldest")).toBeLessThan(text.indexOf("older"));
    expect(text.indexOf("older")).toBeLessThan(text.indexOf("newest"));
    expect(text).not.toContain("not a log");

    const tail = readLogTail(dir, 40);
    expect(tail).toContain("newest");
    expect(tail).not.toContain("oldest");
    expect(tail.length).toBeLessThanOrEqual(40);
  });
});
