import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";

export interface PackError {
  file: string;
  path: string;
  message: string;
}

/** Largest JSON file a pack may hold, and the whole pack: both far above the real content. */
export const MAX_JSON_BYTES = 8 * 1024 * 1024;
export const MAX_IMAGE_BYTES = 4 * 1024 * 1024;

export const IMAGE_NAME = /^[a-z0-9][a-z0-9_-]{0,80}\.(svg|png|jpg|jpeg|webp)$/;

/**
 * Reads one JSON file of a pack. Symbolic links are refused so that a pack cannot point the
 * build at a file outside itself.
 */
export function readPackJson(root: string, relative: string, errors: PackError[]): unknown {
  const full = path.join(root, relative);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(full);
  } catch {
    errors.push({ file: relative, path: "", message: "file is missing" });
    return undefined;
  }
  if (!stat.isFile()) {
    errors.push({ file: relative, path: "", message: "is not a regular file" });
    return undefined;
  }
  if (stat.size > MAX_JSON_BYTES) {
    errors.push({ file: relative, path: "", message: `larger than ${MAX_JSON_BYTES / 1024 / 1024} MB` });
    return undefined;
  }
  const raw = fs.readFileSync(full, "utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    errors.push({ file: relative, path: "", message: `not valid JSON: ${reason}` });
    return undefined;
  }
}

/** Lists the `.json` files of a pack folder, refusing anything that is not a plain file. */
export function listPackJson(root: string, folder: string, errors: PackError[]): string[] {
  const dir = path.join(root, folder);
  if (!fs.existsSync(dir)) return [];
  const names = fs.readdirSync(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of names) {
    const relative = `${folder}/${entry.name}`;
    if (!entry.isFile()) {
      errors.push({ file: relative, path: "", message: "only plain .json files may stand here" });
      continue;
    }
    if (!entry.name.endsWith(".json")) {
      errors.push({ file: relative, path: "", message: "only .json files may stand here" });
      continue;
    }
    files.push(relative);
  }
  return files.sort();
}

export function formatIssuePath(segments: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** Validates parsed JSON against a schema and turns every issue into a PackError. */
export function validateFile<T>(
  schema: z.ZodType<T>,
  data: unknown,
  file: string,
  errors: PackError[],
): T | undefined {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues.slice(0, 50)) {
    errors.push({ file, path: formatIssuePath(issue.path), message: issue.message });
  }
  return undefined;
}

/** Lists the images of a pack, checking names, sizes and file types. */
export function listPackImages(root: string, errors: PackError[]): Map<string, string> {
  const images = new Map<string, string>();
  const dir = path.join(root, "images");
  if (!fs.existsSync(dir)) return images;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const relative = `images/${entry.name}`;
    if (!entry.isFile() || !IMAGE_NAME.test(entry.name)) {
      errors.push({ file: relative, path: "", message: "images must be plain files named a-z0-9_- with .svg/.png/.jpg/.webp" });
      continue;
    }
    const full = path.join(dir, entry.name);
    if (fs.statSync(full).size > MAX_IMAGE_BYTES) {
      errors.push({ file: relative, path: "", message: `larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB` });
      continue;
    }
    images.set(entry.name, full);
  }
  return images;
}
