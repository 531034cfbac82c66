import fs from "node:fs";
import path from "node:path";

/** What staff can download in one go: enough for a support request, small enough to send. */
export const LOG_EXPORT_MAX_BYTES = 4 * 1024 * 1024;

/** `kiosk.log.3`, `kiosk.log.2`, `kiosk.log.1`, `kiosk.log`: the oldest rotation first. */
function orderOf(name: string): { base: string; age: number } | undefined {
  const match = /^([a-z-]+\.log)(?:\.(\d{1,3}))?$/.exec(name);
  if (!match?.[1]) return undefined;
  return { base: match[1], age: match[2] ? Number(match[2]) : 0 };
}

/**
 * The rotated log files of `<dataDir>/logs`, each file's lines oldest first and the newest file
 * last, cut from the front to about the last LOG_EXPORT_MAX_BYTES (counted in characters). Lines are already free of personal
 * data: the logger redacts it when writing.
 */
export function readLogTail(dir: string, maxBytes = LOG_EXPORT_MAX_BYTES): string {
  if (!fs.existsSync(dir)) return "";
  const files = fs
    .readdirSync(dir)
    .map((name) => ({ name, order: orderOf(name) }))
    .filter((file): file is { name: string; order: { base: string; age: number } } => file.order !== undefined)
    .sort((a, b) => a.order.base.localeCompare(b.order.base) || b.order.age - a.order.age);

  const parts: string[] = [];
  let total = 0;
  for (const file of [...files].reverse()) {
    if (total >= maxBytes) break;
    const text = fs.readFileSync(path.join(dir, file.name), "utf8");
    const header = `===== ${file.name} =====\n`;
    const room = maxBytes - total - header.length;
    if (room <= 0) break;
    const body = text.length > room ? text.slice(text.length - room) : text;
    parts.unshift(header + body);
    total += header.length + body.length;
  }
  return parts.join("\n");
}
