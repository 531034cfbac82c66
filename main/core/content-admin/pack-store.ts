/**
 * The life of an installed content pack: import from a staff upload, export of the running
 * pack, and rollback to the previous one. Every change of the content database on disk follows
 * the same order, so that a crash at any point leaves a complete database at `current.db`:
 *
 *   1. extract the upload into a fresh folder, with strict limits, and validate it whole;
 *   2. compile it to `incoming.db` (written beside, synced, renamed: never half a file);
 *   3. open it and build every content service on it (a failure here changes nothing);
 *   4. copy `current.db` to `previous.db` (again through a synced temporary file and a rename);
 *   5. rename `incoming.db` over `current.db` (atomic) and sync the folder;
 *   6. switch the running services to the new database and close the old one.
 */
import fs from "node:fs";
import path from "node:path";
import type { ContentStatus, FieldIssue, PackInfo } from "../../api/contract";
import { compileContentPack } from "../../content/compile";
import { loadContentPack } from "../../content/load-pack";
import type { PackError } from "../../content/pack-files";
import type { Logger } from "../../logging/logger";
import { compareVersions, contentPaths, readMetaOf, type ContentMeta } from "../../store/content-db";
import type { ContentHolder, PreparedContent } from "./holder";
import { readPackArchive } from "./pack-archive";
import { readZip, type ZipFile, type ZipIssue } from "./zip";

/** The largest upload read at all (the archive itself, before inflating). */
export const MAX_PACK_ZIP_BYTES = 32 * 1024 * 1024;

export type InstallStep = "extracted" | "validated" | "compiled" | "prepared" | "previous-kept" | "swapped";

export interface PackStoreOptions {
  dataDir: string;
  holder: ContentHolder;
  logger: Logger;
  /** For tests: called after each step; throwing there stands in for a crash at that point. */
  afterStep?: (step: InstallStep) => void;
}

export type ImportOutcome = { installed: PackInfo } | { rejected: FieldIssue[] };

export interface PackStore {
  status(): ContentStatus;
  importZip(zip: Buffer): ImportOutcome;
  /** The running pack's files as a zip; undefined for a database built without them. */
  exportZip(): { fileName: string; data: Buffer } | undefined;
  /** Swaps current and previous; undefined when there is no previous pack. */
  rollback(): ContentStatus | undefined;
}

/** One issue as staff read it: "file: field" and what is wrong. */
export function issueOf(file: string, field: string, message: string): FieldIssue {
  return { path: field ? `${file}: ${field}` : file, message };
}

function fromPackErrors(errors: PackError[]): FieldIssue[] {
  return errors.map((error) => issueOf(error.file, error.path, error.message));
}

function fromZipIssues(issues: ZipIssue[]): FieldIssue[] {
  return issues.map((issue) => issueOf(issue.entry || "(archive)", "", issue.message));
}

function fsyncFile(file: string): void {
  const handle = fs.openSync(file, "r");
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

/** Makes renames in a folder durable; some platforms cannot open a folder, which is harmless. */
function fsyncFolder(dir: string): void {
  try {
    fsyncFile(dir);
  } catch {
    // Windows cannot sync a directory handle; its renames are durable on their own.
  }
}

function packInfoOf(meta: ContentMeta, file: string): PackInfo {
  let installedAt: string | null = null;
  try {
    installedAt = fs.statSync(file).mtime.toISOString();
  } catch {
    installedAt = null;
  }
  return { packId: meta.packId, version: meta.version, published: meta.published, installedAt };
}


/**
 * A pack zipped by staff may hold the pack files at its root or inside one folder (zipping the
 * `content` folder itself); the folder is dropped so both install the same way.
 */
function dropCommonFolder(files: ZipFile[]): ZipFile[] {
  if (files.some((file) => file.name === "pack.json")) return files;
  const first = files[0]?.name.split("/")[0];
  if (!first || !files.every((file) => file.name.startsWith(`${first}/`))) return files;
  return files.map((file) => ({ name: file.name.slice(first.length + 1), data: file.data }));
}

/** Writes the files under `root`, which must be a new empty folder; names were checked by readZip. */
function writeFiles(root: string, files: ZipFile[]): void {
  const base = path.resolve(root);
  for (const file of files) {
    const target = path.resolve(base, file.name);
    if (!target.startsWith(base + path.sep)) throw new Error(`refusing to write outside the pack folder: ${file.name}`);
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    fs.writeFileSync(target, file.data, { flag: "wx", mode: 0o600 });
  }
}

/** Removes what an interrupted import or rollback left behind; finishes a half-done rollback. */
export function cleanLeftovers(dataDir: string): void {
  const paths = contentPaths(dataDir);
  if (!fs.existsSync(paths.dir)) return;
  const pendingPrevious = `${paths.previous}.next`;
  if (fs.existsSync(pendingPrevious) && !fs.existsSync(paths.previous)) fs.renameSync(pendingPrevious, paths.previous);
  for (const name of fs.readdirSync(paths.dir)) {
    if (/^import-|^incoming\.db|\.building-|\.next$/.test(name)) {
      fs.rmSync(path.join(paths.dir, name), { recursive: true, force: true });
    }
  }
}

export function createPackStore(options: PackStoreOptions): PackStore {
  const { holder, dataDir } = options;
  const log = options.logger.child("content-admin");
  const paths = contentPaths(dataDir);
  const incoming = path.join(paths.dir, "incoming.db");
  const step = (name: InstallStep): void => options.afterStep?.(name);
  cleanLeftovers(dataDir);

  /** Copies current.db to previous.db through a synced temporary file and one rename. */
  const keepCurrentAsPrevious = (): void => {
    const next = `${paths.previous}.next`;
    fs.copyFileSync(paths.current, next);
    fsyncFile(next);
    fs.renameSync(next, paths.previous);
  };

  const status = (): ContentStatus => {
    const previous = readMetaOf(paths.previous);
    return {
      current: packInfoOf(holder.meta(), paths.current),
      previous: previous ? packInfoOf(previous, paths.previous) : null,
    };
  };

  /** Checks the upload, extracts and validates it; on success the pack is compiled to incoming.db. */
  const stage = (zip: Buffer, folder: string): FieldIssue[] => {
    if (zip.length > MAX_PACK_ZIP_BYTES) {
      return [issueOf("(archive)", "", `the upload is larger than ${MAX_PACK_ZIP_BYTES / 1024 / 1024} MB`)];
    }
    const read = readZip(zip);
    if (!read.ok) return fromZipIssues(read.issues);
    const files = dropCommonFolder(read.files);
    writeFiles(folder, files);
    step("extracted");

    const loaded = loadContentPack(folder);
    if (!loaded.ok) return fromPackErrors(loaded.errors);
    const running = holder.meta();
    const { manifest } = loaded.pack;
    const issues: FieldIssue[] = [];
    if (manifest.id !== running.packId) {
      issues.push(issueOf("pack.json", "id", `is "${manifest.id}", but this kiosk runs pack "${running.packId}"`));
    }
    if (compareVersions(manifest.version, running.version) < 0) {
      issues.push(
        issueOf(
          "pack.json",
          "version",
          `${manifest.version} is older than the running ${running.version}; use rollback to return to the previous pack`,
        ),
      );
    }
    if (issues.length > 0) return issues;
    step("validated");

    compileContentPack(loaded.pack, incoming);
    step("compiled");
    return [];
  };

  const importZip = (zip: Buffer): ImportOutcome => {
    fs.mkdirSync(paths.dir, { recursive: true });
    const folder = fs.mkdtempSync(path.join(paths.dir, "import-"));
    let prepared: PreparedContent | undefined;
    let committed = false;
    try {
      const rejected = stage(zip, folder);
      if (rejected.length > 0) {
        log.warn("content pack rejected", { issues: rejected.length });
        return { rejected };
      }
      prepared = holder.prepare(incoming);
      step("prepared");
      keepCurrentAsPrevious();
      step("previous-kept");
      // POSIX lets a file that is open (the running current.db, and incoming.db that the prepared
      // services already read) be renamed over. Windows does not: there this rename fails, the
      // import is reported as failed and the running pack stays. Pack updates on a Windows kiosk
      // need the databases closed first (or versioned file names with a pointer file); until then
      // update a Windows kiosk by installing a new build.
      fs.renameSync(incoming, paths.current);
      fsyncFolder(paths.dir);
      prepared.commit();
      committed = true;
      step("swapped");
      const installed = packInfoOf(holder.meta(), paths.current);
      log.info("content pack installed", { pack: installed.packId, version: installed.version });
      return { installed };
    } finally {
      if (!committed) prepared?.abort();
      fs.rmSync(folder, { recursive: true, force: true });
      fs.rmSync(incoming, { force: true });
    }
  };

  const exportZip = (): { fileName: string; data: Buffer } | undefined => {
    const data = readPackArchive(holder.db());
    if (!data) return undefined;
    const meta = holder.meta();
    return { fileName: `${meta.packId}-${meta.version}.zip`, data };
  };

  const rollback = (): ContentStatus | undefined => {
    if (!readMetaOf(paths.previous)) return undefined;
    const prepared = holder.prepare(paths.previous);
    let committed = false;
    try {
      step("prepared");
      const next = `${paths.previous}.next`;
      fs.copyFileSync(paths.current, next);
      fsyncFile(next);
      step("previous-kept");
      fs.renameSync(paths.previous, paths.current);
      prepared.commit();
      committed = true;
      fs.renameSync(next, paths.previous);
      fsyncFolder(paths.dir);
      step("swapped");
      log.info("content pack rolled back", { version: holder.meta().version });
      return status();
    } finally {
      if (!committed) prepared.abort();
    }
  };

  return { status, importZip, exportZip, rollback };
}
