import fs from "node:fs";
import path from "node:path";

export type LogLevel = "debug" | "info" | "warn" | "error";

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(area: string): Logger;
}

export interface LogSink {
  write(line: string): void;
}

/** Field names whose values are never written, whatever code passes them in. */
const REDACTED_KEYS = /pin|token|passport|surname|name_on|phone|email|query|text|secret|password/i;

function redact(fields: LogFields | undefined): LogFields {
  if (!fields) return {};
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = REDACTED_KEYS.test(key) ? "[redacted]" : value;
  }
  return out;
}

export function createLogger(options: { level?: LogLevel; sinks: LogSink[]; area?: string }): Logger {
  const threshold = LEVELS[options.level ?? "info"];

  const emit = (level: LogLevel, area: string, message: string, fields?: LogFields): void => {
    if (LEVELS[level] < threshold) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level, area, message, ...redact(fields) });
    for (const sink of options.sinks) sink.write(line);
  };

  const make = (area: string): Logger => ({
    debug: (message, fields) => emit("debug", area, message, fields),
    info: (message, fields) => emit("info", area, message, fields),
    warn: (message, fields) => emit("warn", area, message, fields),
    error: (message, fields) => emit("error", area, message, fields),
    child: (name) => make(area ? `${area}.${name}` : name),
  });
  return make(options.area ?? "kiosk");
}

/** Writes to standard error so that standard output stays for the ready line. */
export const stderrSink: LogSink = {
  write: (line) => {
    process.stderr.write(`${line}\n`);
  },
};

/**
 * Appends to `<dir>/kiosk.log`, rolling it to kiosk.log.1 … .N when it passes `maxBytes`, so
 * months of unattended running cannot fill the disk. Each process writes its own file (the
 * launcher writes launcher.log), so two processes never rotate the same file under each other.
 */
export function createFileSink(dir: string, maxBytes = 2 * 1024 * 1024, keep = 5, fileName = "kiosk.log"): LogSink {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, fileName);
  let size = fs.existsSync(file) ? fs.statSync(file).size : 0;

  const rotate = (): void => {
    for (let i = keep - 1; i >= 1; i -= 1) {
      const from = `${file}.${i}`;
      if (fs.existsSync(from)) fs.renameSync(from, `${file}.${i + 1}`);
    }
    if (fs.existsSync(file)) fs.renameSync(file, `${file}.1`);
    size = 0;
  };

  return {
    write: (line) => {
      const bytes = Buffer.byteLength(line) + 1;
      if (size + bytes > maxBytes) rotate();
      fs.appendFileSync(file, `${line}\n`);
      size += bytes;
    },
  };
}

/** A logger that keeps its lines in memory, for tests. */
export function createMemoryLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const lines: string[] = [];
  const logger = createLogger({ level: "debug", sinks: [{ write: (line) => lines.push(line) }] });
  return { logger, lines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
