import fs from "node:fs";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
};

export interface StaticFile {
  body: Buffer;
  type: string;
}

/**
 * Resolves a URL path inside `root` and reads the file, or returns undefined. Paths that climb
 * out of the root, hidden files and anything but plain files are refused.
 */
export function readStaticFile(root: string, urlPath: string): StaticFile | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.split("/").some((part) => part.startsWith("."))) return undefined;
  const full = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (full !== root && !full.startsWith(root + path.sep)) return undefined;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch {
    return undefined;
  }
  if (!stat.isFile()) return undefined;
  const type = TYPES[path.extname(full).toLowerCase()];
  if (!type) return undefined;
  return { body: fs.readFileSync(full), type };
}
