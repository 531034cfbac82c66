import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createFileSink, createLogger, createMemoryLogger } from "./logger";

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-log-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("log lines", () => {
  it("are one JSON object each, with time, level, area and message", () => {
    const { logger, lines } = createMemoryLogger();
    logger.child("launcher").warn("child exited; restarting", { pid: 12, delayMs: 500 });
    expect(lines()).toEqual([
      expect.objectContaining({ level: "warn", area: "kiosk.launcher", message: "child exited; restarting", pid: 12, delayMs: 500, time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }),
    ]);
  });

  it("below the configured level are dropped", () => {
    const written: string[] = [];
    const logger = createLogger({ level: "warn", sinks: [{ write: (line) => written.push(line) }] });
    logger.debug("a");
    logger.info("b");
    logger.warn("c");
    logger.error("d");
    expect(written.map((line) => (JSON.parse(line) as { message: string }).message)).toEqual(["c", "d"]);
  });

  it("never carry fields that could hold personal data", () => {
    const { logger, lines } = createMemoryLogger();
    logger.info("search", { query: "passport lost", pin: "1234", sessionToken: "abc", phone: "+86 138", email: "a@b.c", passportNo: "E123", surname: "Li", count: 3 });
    const line = lines()[0]!;
    for (const key of ["query", "pin", "sessionToken", "phone", "email", "passportNo", "surname"]) expect(line[key], key).toBe("[redacted]");
    expect(line.count).toBe(3);
    expect(JSON.stringify(line)).not.toMatch(/passport lost|1234|138|a@b\.c|E123|"Li"/);
  });
});

describe("the log file", () => {
  it("rolls over at the size limit and keeps only the newest files", () => {
    const dir = tempDir();
    const sink = createFileSink(dir, 200, 3);
    const line = (i: number): string => JSON.stringify({ i, pad: "x".repeat(80) });
    for (let i = 0; i < 20; i += 1) sink.write(line(i));
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(["kiosk.log", "kiosk.log.1", "kiosk.log.2", "kiosk.log.3"]);
    for (const file of files) expect(fs.statSync(path.join(dir, file)).size).toBeLessThanOrEqual(200);
    // The newest lines are in kiosk.log, the one before in kiosk.log.1, and the oldest are gone.
    const read = (file: string): number[] => fs.readFileSync(path.join(dir, file), "utf8").trim().split("\n").map((text) => (JSON.parse(text) as { i: number }).i);
    expect(read("kiosk.log")).toEqual([18, 19]);
    expect(read("kiosk.log.1")).toEqual([16, 17]);
    expect(read("kiosk.log.3")).toEqual([12, 13]);
  });

  it("continues an existing file after a restart and counts its size", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "kiosk.log"), `${"y".repeat(190)}\n`);
    const sink = createFileSink(dir, 200, 2);
    sink.write("z".repeat(20));
    expect(fs.readFileSync(path.join(dir, "kiosk.log.1"), "utf8")).toMatch(/^y+\n$/);
    expect(fs.readFileSync(path.join(dir, "kiosk.log"), "utf8")).toBe(`${"z".repeat(20)}\n`);
  });

  it("can be given its own name, so that two processes never rotate one file", () => {
    const dir = tempDir();
    createFileSink(dir, 1000, 2, "launcher.log").write("{}");
    expect(fs.readdirSync(dir)).toEqual(["launcher.log"]);
  });
});
