/**
 * A small reader and writer of the ZIP format, enough for content packs: stored and deflated
 * entries, no encryption, no ZIP64, no multi-disk archives. Written here rather than taken from a
 * library because the reader must refuse everything a pack has no use for (links, devices,
 * absolute or climbing paths, bombs) before a single byte reaches the disk.
 */
import zlib from "node:zlib";

export interface ZipLimits {
  /** Most entries (files and folders) an archive may hold. */
  maxEntries: number;
  /** Largest single file once inflated. */
  maxFileBytes: number;
  /** Largest sum of all files once inflated. */
  maxTotalBytes: number;
  /** Highest inflated/compressed ratio allowed for files above `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const PACK_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxFileBytes: 8 * 1024 * 1024,
  maxTotalBytes: 96 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

export interface ZipFile {
  /** Forward-slash relative path, already checked by `checkEntryName`. */
  name: string;
  data: Buffer;
  /** Unix mode written into the archive; plain 0644 files when absent (tests write links). */
  mode?: number;
}

export interface ZipIssue {
  /** The entry name as written in the archive, or "" for the archive as a whole. */
  entry: string;
  message: string;
}

export type ZipResult = { ok: true; files: ZipFile[] } | { ok: false; issues: ZipIssue[] };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const UNIX_HOST = 3;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

/** One path segment: letters, digits, dot, dash and underscore; never "." or "..". */
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/**
 * Why an entry name is refused, or undefined when it is a safe relative path. Names are never
 * normalized into safety: "a/../b" is refused, not turned into "b".
 */
export function checkEntryName(name: string): string | undefined {
  if (name.length === 0 || name.length > 400) return "has an empty or overlong name";
  if (name.includes("\0")) return "has a NUL byte in its name";
  if (name.includes("\\")) return "uses a backslash; only forward slashes are allowed";
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return "has an absolute path";
  const segments = name.replace(/\/$/, "").split("/");
  if (segments.some((segment) => segment === ".." || segment === ".")) return "climbs out of the pack with ..";
  if (segments.some((segment) => segment === "")) return "has an empty path segment";
  if (segments.length > 6) return "is nested too deeply";
  const bad = segments.find((segment) => !SEGMENT.test(segment));
  if (bad !== undefined) return `has a name part "${bad.slice(0, 40)}" with characters a pack may not use`;
  return undefined;
}

/** Files that archivers add on their own and that are skipped rather than refused. */
function isArchiverLitter(name: string): boolean {
  return name.startsWith("__MACOSX/") || /(^|\/)\.DS_Store$/.test(name) || /(^|\/)Thumbs\.db$/.test(name);
}

function findEndOfCentralDirectory(zip: Buffer): number {
  const earliest = Math.max(0, zip.length - EOCD_MIN - 0xffff);
  for (let at = zip.length - EOCD_MIN; at >= earliest; at -= 1) {
    if (zip.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  host: number;
  mode: number;
}

function readCentralDirectory(zip: Buffer, issues: ZipIssue[], limits: ZipLimits): CentralEntry[] | undefined {
  if (zip.length < EOCD_MIN) {
    issues.push({ entry: "", message: "the upload is not a ZIP archive" });
    return undefined;
  }
  const eocd = findEndOfCentralDirectory(zip);
  if (eocd < 0) {
    issues.push({ entry: "", message: "the upload is not a ZIP archive (no end of central directory)" });
    return undefined;
  }
  const disk = zip.readUInt16LE(eocd + 4);
  const count = zip.readUInt16LE(eocd + 10);
  const size = zip.readUInt32LE(eocd + 12);
  const offset = zip.readUInt32LE(eocd + 16);
  if (disk !== 0 || count === 0xffff || offset === 0xffffffff) {
    issues.push({ entry: "", message: "multi-disk and ZIP64 archives are not supported" });
    return undefined;
  }
  if (count > limits.maxEntries) {
    issues.push({ entry: "", message: `holds ${count} entries; a pack may hold at most ${limits.maxEntries}` });
    return undefined;
  }
  if (offset + size > eocd) {
    issues.push({ entry: "", message: "the central directory lies outside the archive" });
    return undefined;
  }
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > eocd || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      issues.push({ entry: "", message: "the central directory is damaged" });
      return undefined;
    }
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    if (at + 46 + nameLength > eocd) {
      issues.push({ entry: "", message: "the central directory is damaged" });
      return undefined;
    }
    entries.push({
      host: zip.readUInt8(at + 5),
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      mode: zip.readUInt32LE(at + 38) >>> 16,
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Why an entry is refused by its kind (link, device, encrypted, unknown method), if it is. */
function checkEntryKind(entry: CentralEntry): string | undefined {
  if (entry.host === UNIX_HOST && entry.mode !== 0) {
    const type = entry.mode & S_IFMT;
    if (type === S_IFLNK) return "is a symbolic link; a pack holds only plain files";
    // Some tools (Python's zipfile.writestr among them) write permission bits with no file type;
    // no type at all is a plain file, as unzip reads it.
    if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) return "is a device, pipe or socket; a pack holds only plain files";
  }
  if ((entry.flags & 0x1) !== 0) return "is encrypted";
  if (entry.method !== 0 && entry.method !== 8) return `uses compression method ${entry.method}; only stored and deflated are read`;
  if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) return "is a ZIP64 entry, which is not supported";
  return undefined;
}

function inflateEntry(zip: Buffer, entry: CentralEntry, limits: ZipLimits): Buffer | string {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_SIGNATURE) return "its local header is damaged";
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) return "its data runs past the end of the archive";
  const raw = zip.subarray(start, end);
  let data: Buffer;
  if (entry.method === 0) {
    data = Buffer.from(raw);
  } else {
    try {
      // Never inflate more than the header promised (plus one byte to notice a lie).
      data = zlib.inflateRawSync(raw, { maxOutputLength: Math.min(entry.size, limits.maxFileBytes) + 1 });
    } catch {
      return "cannot be inflated, or inflates to more than its header declares";
    }
  }
  if (data.length !== entry.size) return "inflates to a different size than its header declares";
  if (zlib.crc32(data) !== entry.crc) return "fails its CRC check";
  return data;
}

/**
 * Reads every file of an archive into memory, checking names, kinds, sizes and ratios first.
 * Any problem rejects the whole archive; every problem is reported.
 */
export function readZip(zip: Buffer, limits: ZipLimits = PACK_ZIP_LIMITS): ZipResult {
  const issues: ZipIssue[] = [];
  const central = readCentralDirectory(zip, issues, limits);
  if (!central) return { ok: false, issues };

  let total = 0;
  const wanted: CentralEntry[] = [];
  const seen = new Set<string>();
  for (const entry of central) {
    if (isArchiverLitter(entry.name)) continue;
    const problem = checkEntryName(entry.name) ?? checkEntryKind(entry);
    if (problem) {
      issues.push({ entry: entry.name.slice(0, 200), message: problem });
      continue;
    }
    const folder = entry.name.endsWith("/") || (entry.mode & S_IFMT) === S_IFDIR;
    if (folder) continue;
    const key = entry.name.toLowerCase();
    if (seen.has(key)) {
      issues.push({ entry: entry.name, message: "appears twice in the archive" });
      continue;
    }
    seen.add(key);
    if (entry.size > limits.maxFileBytes) {
      issues.push({ entry: entry.name, message: `is ${mb(entry.size)} once inflated; a pack file may be at most ${mb(limits.maxFileBytes)}` });
      continue;
    }
    if (entry.size > limits.ratioFloorBytes && entry.size > entry.compressedSize * limits.maxRatio) {
      issues.push({ entry: entry.name, message: `inflates ${Math.round(entry.size / Math.max(1, entry.compressedSize))} times; refused as a likely zip bomb` });
      continue;
    }
    total += entry.size;
    wanted.push(entry);
  }
  if (total > limits.maxTotalBytes) {
    issues.push({ entry: "", message: `inflates to ${mb(total)}; a pack may be at most ${mb(limits.maxTotalBytes)}` });
  }
  if (issues.length > 0) return { ok: false, issues };

  const files: ZipFile[] = [];
  for (const entry of wanted) {
    const data = inflateEntry(zip, entry, limits);
    if (typeof data === "string") issues.push({ entry: entry.name, message: data });
    else files.push({ name: entry.name, data });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, files };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** 1980-01-01 00:00 in DOS form: a fixed stamp, so the same files always give the same archive. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Writes a deflated archive of the given files, in the order given. */
export function writeZip(files: readonly ZipFile[]): Buffer<ArrayBuffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, "utf8");
    const deflated = zlib.deflateRawSync(file.data, { level: 9 });
    const stored = deflated.length >= file.data.length;
    const body = stored ? file.data : deflated;
    const crc = zlib.crc32(file.data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIGNATURE, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_SIGNATURE, 0);
    central.writeUInt16LE((UNIX_HOST << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(file.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((file.mode ?? S_IFREG | 0o644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);

    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(EOCD_MIN);
  end.writeUInt32LE(EOCD_SIGNATURE, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
