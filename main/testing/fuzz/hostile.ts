/**
 * Generators of hostile input for the fuzz tests: wrong types, huge strings, deep nesting,
 * prototype-pollution keys, unicode edge cases, odd numbers, unexpected fields, and requests that
 * are almost valid (built from each method's own schema) so that the handlers behind the schema
 * are reached too.
 */
import fc from "fast-check";
import { z } from "zod";
import { ERROR_CODES, type ApiMethod } from "../../api/contract";
import { REQUEST_SCHEMAS } from "../../api/schemas";

/** Runs per method and per file kind: 200 by default; KIOSK_FUZZ_RUNS raises it for the full form. */
export const FUZZ_RUNS = Math.max(200, Number(process.env.KIOSK_FUZZ_RUNS) || 0);

/** Stands for the real staff token at run time; the generators cannot know it. */
export const REAL_TOKEN = "\u0000real-staff-token\u0000";

export const POLLUTION_KEYS = ["__proto__", "constructor", "prototype", "__defineGetter__", "hasOwnProperty", "toString", "valueOf"];

const UNICODE_EDGES = [
  "",
  " ",
  "\u0000",
  "\u202e\u2066evil\u2069",
  "\ud800",
  "\udfff",
  "\ud83d\ude00",
  "\u200b\u200c\u200d\ufeff",
  "e\u0301\u0301\u0301\u0301\u0301",
  "ﷺ",
  "𒐫",
  "\r\n\t\v\f",
  "%00%2e%2e%2f",
  "../../etc/passwd",
  "C:\\Windows\\system32",
  "' OR 1=1 --",
  '"; DROP TABLE settings; --',
  "<script>alert(1)</script>",
  "${process.exit()}",
  "{{constructor.constructor('x')()}}",
  "NaN",
  "-0",
  "1e309",
  "签证\u0000退税",
  "ضريبة",
  "ภาษี",
  "ǅǈǋ",
  "\u{10ffff}",
];

/** Strings up to 1 MB, made by repetition so that large ones cost little to build. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 8, arbitrary: fc.constantFrom(...UNICODE_EDGES) },
  { weight: 6, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 4, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...UNICODE_EDGES, "a", "签", "ا"), fc.integer({ min: 30, max: 5_000 }))
      .map(([unit, times]) => unit.repeat(times)),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom("a", "é", "签", "\ud83d\ude00"), fc.integer({ min: 64 * 1024, max: 1024 * 1024 })).map(
      ([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length),
    ),
  },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, -1, 0.5, -0.5, 1e308, -1e308, 2 ** 53, 2 ** 53 + 1, Number.MIN_VALUE, 9999, 10_000),
  fc.integer(),
  fc.double(),
);

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt().map((value) => value.toString()),
);

/** Anything at all: leaves, arrays and objects nested up to ~8 deep, pollution keys included. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("value"), { maxLength: 6 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...POLLUTION_KEYS)), tie("value"), { maxKeys: 6 }),
  ),
})).value;

/** Nesting far deeper than any schema: 100 to 5,000 levels of arrays or objects. */
export const deepNesting: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 100, max: 5_000 }), fc.boolean(), hostileValue)
  .map(([depth, asArray, core]) => {
    let value: unknown = core;
    for (let level = 0; level < depth; level += 1) value = asArray ? [value] : { a: value };
    return value;
  });

/** An object whose own keys include pollution names, as JSON.parse would make it. */
export const pollutedObject: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...POLLUTION_KEYS), hostileValue, fc.dictionary(fc.string({ maxLength: 8 }), hostileValue, { maxKeys: 3 }))
  .map(([key, value, rest]) =>
    JSON.parse(JSON.stringify({ ...rest, [key]: value === undefined ? { polluted: true } : { polluted: value } })) as unknown,
  );

// ------------------------------------------------------------ almost valid, from the schema

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
};

/** Values the schema accepts (as far as JSON Schema can say): the base that mutations start from. */
function fromJsonSchema(schema: JsonSchema, key: string, depth: number): fc.Arbitrary<unknown> {
  if (key === "token") return fc.constant(REAL_TOKEN);
  if (depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union && union.length > 0) return fc.oneof(...union.map((part) => fromJsonSchema(part, key, depth + 1)));
  if (schema.allOf?.[0]) return fromJsonSchema(schema.allOf[0], key, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string": {
      const maxLength = Math.min(schema.maxLength ?? 60, 300);
      const minLength = Math.min(schema.minLength ?? 0, maxLength);
      const patterned = schema.pattern ? safeRegex(schema.pattern) : undefined;
      if (patterned) return fc.stringMatching(patterned).filter((text) => text.length >= minLength && text.length <= maxLength);
      return fc.string({ minLength, maxLength });
    }
    case "integer":
    case "number": {
      const min = schema.minimum ?? schema.exclusiveMinimum ?? -1_000_000;
      const max = schema.maximum ?? 1_000_000;
      return type === "integer" ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
    }
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const item = schema.items ?? schema.prefixItems?.[0] ?? {};
      return fc.array(fromJsonSchema(item, "", depth + 1), {
        minLength: Math.min(schema.minItems ?? 0, 20),
        maxLength: Math.min(schema.maxItems ?? 8, 20),
      });
    }
    case "object": {
      const properties = schema.properties ?? {};
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, part] of Object.entries(properties)) shape[name] = fromJsonSchema(part, name, depth + 1);
      const required = (schema.required ?? []).filter((name) => name in shape);
      return fc.record(shape, { requiredKeys: required });
    }
    case undefined:
    default:
      return hostileValue;
  }
}

/** Every place in a value that a mutation can hit: the value itself, then each key and item. */
function places(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, index) => places(item, [...at, index], out));
  else if (value && typeof value === "object") for (const [name, item] of Object.entries(value)) places(item, [...at, name], out);
  return out;
}

function replaceAt(value: unknown, at: (string | number)[], replacement: unknown): unknown {
  if (at.length === 0) return replacement;
  const [head, ...rest]: (string | number)[] = at;
  if (Array.isArray(value)) return (value as unknown[]).map((item, index) => (index === head ? replaceAt(item, rest, replacement) : item));
  if (value && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) copy[name] = name === head ? replaceAt(item, rest, replacement) : item;
    return copy;
  }
  return value;
}

/** A valid-looking value with exactly one place replaced by something hostile. */
function mutateOne(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(base, fc.nat(), fc.oneof(hostileValue, hostileString, hostileNumber)).map(([value, pick, replacement]) => {
    const all = places(value);
    const at = all[pick % all.length] ?? [];
    return replaceAt(value, at, replacement);
  });
}

/** A valid-looking object with one extra key (a pollution name, or any name). */
function withExtraKey(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(base, fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ maxLength: 10 })), hostileValue).map(([value, name, extra]) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? (JSON.parse(JSON.stringify({ ...value, [name]: extra ?? { polluted: true } })) as unknown)
      : value,
  );
}

function safeRegex(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}

/** The method's request schema as JSON Schema, or undefined when zod cannot express it. */
function jsonSchemaOf(method: ApiMethod): JsonSchema | undefined {
  const schema = REQUEST_SCHEMAS[method];
  if (!schema) return undefined;
  try {
    return z.toJSONSchema(schema, { unrepresentable: "any", io: "input" }) as JsonSchema;
  } catch {
    return undefined;
  }
}

/** Request bodies for one method: half almost valid (from its schema), half plainly hostile. */
export function hostileRequest(method: ApiMethod): fc.Arbitrary<unknown> {
  const schema = jsonSchemaOf(method);
  const valid = schema ? fromJsonSchema(schema, "", 0) : hostileValue;
  return fc.oneof(
    { weight: 4, arbitrary: valid },
    { weight: 6, arbitrary: mutateOne(valid) },
    { weight: 2, arbitrary: withExtraKey(valid) },
    { weight: 4, arbitrary: hostileValue },
    { weight: 1, arbitrary: deepNesting },
    { weight: 2, arbitrary: pollutedObject },
    { weight: 1, arbitrary: hostileString },
    { weight: 1, arbitrary: hostileNumber },
  );
}

/** Puts the real staff token where the generator left its marker (it is always a top-level key). */
export function withToken(body: unknown, token: string): unknown {
  if (body === REAL_TOKEN) return token;
  if (body && typeof body === "object" && !Array.isArray(body) && Object.hasOwn(body, "token")) {
    const record = body as Record<string, unknown>;
    if (record.token === REAL_TOKEN) return JSON.parse(JSON.stringify({ ...record, token })) as unknown;
  }
  return body;
}

const CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/**
 * Why an answer is not a proper envelope, or undefined when it is: `{ ok: true, value }` or
 * `{ ok: false, error: { code, message } }` with a known code, a short message, no stack trace,
 * and never "internal" (an exception escaped a handler).
 */
export function envelopeProblem(result: unknown): string | undefined {
  if (!result || typeof result !== "object") return `not an object: ${String(result)}`;
  const envelope = result as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (envelope.ok === true) return envelope.value === undefined ? "ok without a value" : undefined;
  if (envelope.ok !== false || !envelope.error) return "neither ok nor a typed error";
  const { code, message } = envelope.error;
  if (typeof code !== "string" || !CODES.has(code)) return `unknown error code ${String(code)}`;
  if (code === "internal") return "internal error: an exception escaped a handler";
  if (typeof message !== "string" || message.length > 2_000) return "missing or oversized message";
  if (/\n\s+at .+\(.*:\d+:\d+\)/.test(message)) return "a stack trace in the message";
  return undefined;
}

/** A body as short text for a failure message. */
export function describeBody(body: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(body) ?? String(body);
  } catch {
    text = "(nested too deep to print)";
  }
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
}
