/**
 * The QR handoff payload: what a traveller chose at the kiosk, carried to their phone in the URL
 * fragment of `<base>/m/#<payload>`, so that no server ever sees it.
 *
 * Shared by the core (which encodes) and the phone page (which decodes), so it uses only what
 * both Node 20 and browsers have: CompressionStream/DecompressionStream and typed arrays.
 *
 * Layout (format 1), before base64url:
 *   byte 0   format version; every later format keeps this byte first
 *   byte 1   language index in PAYLOAD_LANGS; every later format keeps it second, so even a
 *            payload the page cannot read can be explained in the traveller's language
 *   byte 2   flags: bit 0 set when the body is deflate-raw compressed
 *   byte 3-4 body length in bytes (big-endian), to tell a truncated payload from a damaged one
 *   byte 5-6 Fletcher-16 checksum of the body
 *   body     compact JSON array, compressed only when that makes it shorter
 *
 * Decoding never throws: it answers a typed result, and every failure has a kind that the phone
 * page explains.
 */
import type { Lang } from "./contract";

export const HANDOFF_FORMAT_VERSION = 1;

/**
 * The longest payload (base64url characters) that the kiosk puts in a QR code and the phone page
 * accepts. 180 characters plus a base URL of up to 30 characters fits a version 10 QR code at
 * error correction M (213 bytes), which a phone reads at arm's length.
 */
export const MAX_PAYLOAD_CHARS = 180;

/** An inflated body larger than this is refused (a hostile payload cannot make the page hang). */
const MAX_BODY_BYTES = 4096;

/** A first byte above this is noise rather than a format from a newer kiosk. */
const LAST_PLAUSIBLE_VERSION = 15;

const HEADER_BYTES = 7;
const FLAG_DEFLATE = 1;

/** Fixed order: the index is in every payload ever printed, so never reorder, only append. */
export const PAYLOAD_LANGS = ["zh-Hans", "en", "ja", "ko", "ru", "fr", "de", "es", "ar", "th"] as const;

type MissingLang = Exclude<Lang, (typeof PAYLOAD_LANGS)[number]>;
/** Fails to compile when a language is added to the contract but not to PAYLOAD_LANGS. */
export const NO_PAYLOAD_LANG_MISSING: [MissingLang] extends [never] ? true : MissingLang = true;

/** One metro leg. Stations and lines are indexes into the content version's metro table. */
export interface PhoneLeg {
  line: number;
  board: number;
  alight: number;
  /** The terminus the train heads for, or on the loop line the next interchange ahead. */
  toward: number;
  sense: "clockwise" | "anticlockwise" | null;
  /** Stations ridden past, board excluded. */
  stops: number;
  minutes: number;
}

/** A metro station to go to by taxi: names as the kiosk showed them. */
export interface PhonePlace {
  nameZh: string;
  addressZh: string | null;
  /** The name in the traveller's language, when it differs from the English one. */
  name: string | null;
  nameEn: string | null;
}

export type PhoneItem =
  | { kind: "answer"; id: string }
  | {
      kind: "journey";
      legs: PhoneLeg[];
      minutes: number;
      fare: { kind: "official" | "estimated"; yuan: number } | null;
    }
  /** A taxi card to a metro station: self-contained, the names are in the payload. */
  | { kind: "taxi"; place: PhonePlace }
  /** An attraction, looked up in the content file; `taxi` when it was handed off from a taxi card. */
  | { kind: "attraction"; id: string; taxi: boolean }
  | { kind: "sim-ticket"; ticket: string; counter: string | null };

export interface HandoffPayload {
  lang: Lang;
  /** The content pack version the kiosk showed; answers, attractions and metro names are looked up in it. */
  content: string;
  item: PhoneItem;
}

export type PayloadError = "empty" | "damaged" | "truncated" | "too-large" | "future-version";

export type DecodeResult =
  | { ok: true; payload: HandoffPayload }
  | { ok: false; error: PayloadError; lang: Lang | null };

/** `<base>/m/#<payload>`; the base has no trailing slash. */
export function handoffUrl(base: string, payload: string): string {
  return `${base.replace(/\/+$/, "")}/m/#${payload}`;
}

export async function encodeHandoffPayload(payload: HandoffPayload): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(toWire(payload)));
  const deflated = await transform(json, new CompressionStream("deflate-raw"), Number.MAX_SAFE_INTEGER);
  const compress = deflated !== null && deflated.length < json.length;
  const body = compress ? deflated : json;

  const bytes = new Uint8Array(HEADER_BYTES + body.length);
  bytes[0] = HANDOFF_FORMAT_VERSION;
  bytes[1] = PAYLOAD_LANGS.indexOf(payload.lang);
  bytes[2] = compress ? FLAG_DEFLATE : 0;
  writeUint16(bytes, 3, body.length);
  writeUint16(bytes, 5, fletcher16(body));
  bytes.set(body, HEADER_BYTES);
  return toBase64Url(bytes);
}

export async function decodeHandoffPayload(text: string): Promise<DecodeResult> {
  try {
    return await decode(text);
  } catch {
    return { ok: false, error: "damaged", lang: null };
  }
}

async function decode(text: string): Promise<DecodeResult> {
  const trimmed = text.replace(/^#/, "").trim();
  if (trimmed === "") return { ok: false, error: "empty", lang: null };
  if (trimmed.length > MAX_PAYLOAD_CHARS) {
    return { ok: false, error: "too-large", lang: langAt(fromBase64Url(trimmed.slice(0, 4))) };
  }

  const bytes = fromBase64Url(trimmed);
  if (!bytes) return { ok: false, error: "damaged", lang: null };
  const lang = langAt(bytes);
  const fail = (error: PayloadError): DecodeResult => ({ ok: false, error, lang });
  const version = bytes[0];
  if (version === undefined || bytes.length < 2) return fail("truncated");
  if (version > HANDOFF_FORMAT_VERSION && version <= LAST_PLAUSIBLE_VERSION && lang !== null) return fail("future-version");
  if (version !== HANDOFF_FORMAT_VERSION || lang === null) return fail("damaged");
  if (bytes.length < HEADER_BYTES) return fail("truncated");

  const flags = bytes[2] ?? 0;
  const declared = readUint16(bytes, 3);
  const body = bytes.subarray(HEADER_BYTES);
  if (body.length < declared) return fail("truncated");
  if (body.length > declared || flags > FLAG_DEFLATE) return fail("damaged");
  if (fletcher16(body) !== readUint16(bytes, 5)) return fail("damaged");

  const json = flags & FLAG_DEFLATE ? await transform(body, new DecompressionStream("deflate-raw"), MAX_BODY_BYTES) : body;
  if (json === null) return fail("damaged");
  if (json.length > MAX_BODY_BYTES) return fail("too-large");

  const wire = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(json)) as unknown;
  const parsed = fromWire(wire, lang);
  return parsed ? { ok: true, payload: parsed } : fail("damaged");
}

// The wire form: a JSON array [content, kind, ...fields], "" standing for a missing text.

type Wire = (string | number | Wire)[];

const SENSES = [null, "clockwise", "anticlockwise"] as const;
const FARES = [null, "official", "estimated"] as const;

function toWire({ content, item }: HandoffPayload): Wire {
  switch (item.kind) {
    case "answer":
      return [content, "a", item.id];
    case "journey":
      return [
        content,
        "j",
        item.minutes,
        FARES.indexOf(item.fare?.kind ?? null),
        item.fare?.yuan ?? 0,
        item.legs.map((leg) => [leg.line, leg.board, leg.alight, leg.toward, SENSES.indexOf(leg.sense), leg.stops, leg.minutes]),
      ];
    case "taxi":
      return [content, "t", ...placeToWire(item.place)];
    case "attraction":
      return [content, "p", item.id, item.taxi ? 1 : 0];
    case "sim-ticket":
      return [content, "s", item.ticket, item.counter ?? ""];
  }
}

function placeToWire(place: PhonePlace): string[] {
  return [place.nameZh, place.addressZh ?? "", place.name ?? "", place.nameEn ?? ""];
}

function fromWire(wire: unknown, lang: Lang): HandoffPayload | null {
  if (!Array.isArray(wire) || wire.length < 3) return null;
  const [content, kind, ...rest] = wire as unknown[];
  if (!isText(content) || content === "") return null;
  const item = itemFromWire(kind, rest);
  return item ? { lang, content, item } : null;
}

function itemFromWire(kind: unknown, fields: unknown[]): PhoneItem | null {
  switch (kind) {
    case "a":
      return fields.length === 1 && isText(fields[0]) && fields[0] !== "" ? { kind: "answer", id: fields[0] } : null;
    case "j":
      return journeyFromWire(fields);
    case "t": {
      const place = placeFromWire(fields);
      return place ? { kind: "taxi", place } : null;
    }
    case "p":
      return fields.length === 2 && isText(fields[0]) && fields[0] !== "" && (fields[1] === 0 || fields[1] === 1)
        ? { kind: "attraction", id: fields[0], taxi: fields[1] === 1 }
        : null;
    case "s":
      return fields.length === 2 && isText(fields[0]) && fields[0] !== "" && isText(fields[1])
        ? { kind: "sim-ticket", ticket: fields[0], counter: orNull(fields[1]) }
        : null;
    default:
      return null;
  }
}

function journeyFromWire(fields: unknown[]): PhoneItem | null {
  const [minutes, fareKind, yuan, legs] = fields;
  if (fields.length !== 4 || !isCount(minutes) || !isCount(fareKind) || typeof yuan !== "number" || !Array.isArray(legs)) return null;
  const fare = FARES[fareKind];
  if (fare === undefined || !Number.isFinite(yuan) || yuan < 0) return null;
  const parsed: PhoneLeg[] = [];
  for (const leg of legs as unknown[]) {
    if (!Array.isArray(leg) || leg.length !== 7 || !leg.every(isCount)) return null;
    const [line, board, alight, toward, sense, stops, legMinutes] = leg;
    const senseName = SENSES[sense ?? -1];
    if (senseName === undefined) return null;
    parsed.push({ line: line ?? 0, board: board ?? 0, alight: alight ?? 0, toward: toward ?? 0, sense: senseName, stops: stops ?? 0, minutes: legMinutes ?? 0 });
  }
  return { kind: "journey", legs: parsed, minutes, fare: fare === null ? null : { kind: fare, yuan } };
}

function placeFromWire(fields: unknown[]): PhonePlace | null {
  if (fields.length !== 4 || !fields.every(isText)) return null;
  const [nameZh, addressZh, name, nameEn] = fields;
  if (!nameZh) return null;
  return { nameZh, addressZh: orNull(addressZh), name: orNull(name), nameEn: orNull(nameEn) };
}

function isText(value: unknown): value is string {
  return typeof value === "string" && value.length <= 400;
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < 100_000;
}

function orNull(text: string | undefined): string | null {
  return text ? text : null;
}

function langAt(bytes: Uint8Array | null): Lang | null {
  if (!bytes || bytes.length < 2) return null;
  return PAYLOAD_LANGS[bytes[1] ?? -1] ?? null;
}

/** Runs bytes through a (de)compression stream; null when it fails or passes `limit` bytes. */
async function transform(input: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | null> {
  try {
    const reader = new Blob([input as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream).getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        await reader.cancel();
        return new Uint8Array(limit + 1);
      }
      chunks.push(value);
    }
    const out = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  } catch {
    return null;
  }
}

function fletcher16(bytes: Uint8Array): number {
  let low = 0;
  let high = 0;
  for (const byte of bytes) {
    low = (low + byte) % 255;
    high = (high + low) % 255;
  }
  return (high << 8) | low;
}

function writeUint16(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = (value >> 8) & 0xff;
  bytes[at + 1] = value & 0xff;
}

function readUint16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c += 1) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

/** Decodes base64url without padding; a trailing partial byte (a cut payload) is dropped. */
function fromBase64Url(text: string): Uint8Array | null {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}
