import { z } from "zod";
import { KB_CATEGORIES, LANGUAGES } from "../api/contract";

/** Longest text field a pack may hold; a body longer than this is a mistake, not an answer. */
export const MAX_TEXT_CHARS = 20_000;

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,63}$/;

export const idSchema = z.string().regex(ID_PATTERN, "must be 2-64 characters of a-z, 0-9 and -");

const text = z.string().min(1, "must not be empty").max(MAX_TEXT_CHARS, `longer than ${MAX_TEXT_CHARS} characters`);

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");

/** A text in every language the pack has; English and Chinese are required. */
export const localizedSchema = z.strictObject({
  en: text,
  "zh-Hans": text,
  ja: text.optional(),
  ko: text.optional(),
  ru: text.optional(),
  fr: text.optional(),
  de: text.optional(),
  es: text.optional(),
  ar: text.optional(),
  th: text.optional(),
});
export type LocalizedText = z.infer<typeof localizedSchema>;

const keywordList = z.array(z.string().min(1).max(80)).max(40);
export const keywordsSchema = z.strictObject(
  Object.fromEntries(LANGUAGES.map((lang) => [lang, keywordList.optional()])) as Record<
    (typeof LANGUAGES)[number],
    z.ZodOptional<typeof keywordList>
  >,
);

export const packManifestSchema = z.strictObject({
  format: z.literal(1, { error: "this kiosk reads pack format 1" }),
  id: idSchema,
  version: z.string().regex(/^\d{4}\.\d{1,2}\.\d{1,3}$/, "must look like 2026.12.1"),
  title: text,
  published: dateSchema,
});

export const kbEntrySchema = z.strictObject({
  id: idSchema,
  category: z.enum(KB_CATEGORIES),
  title: localizedSchema,
  body: localizedSchema,
  keywords: keywordsSchema.optional(),
  phones: z.array(z.string().regex(/^\+?[0-9-]{3,20}$/, "must be a phone number")).max(8).optional(),
  sources: z.array(idSchema).min(1, "every entry needs at least one source"),
  reviewed: dateSchema,
});
export type KbEntry = z.infer<typeof kbEntrySchema>;

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: text,
  publisher: text,
  url: z.url({ protocol: /^https?$/ }),
  date: dateSchema.or(z.string().regex(/^\d{4}(-\d{2})?$/)).nullable(),
  status: z.enum(["verified", "partial"]),
});
export type Source = z.infer<typeof sourceSchema>;

export const factSchema = z.strictObject({
  id: idSchema,
  value: z.string().min(1).max(120),
  asOf: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD"),
  sources: z.array(idSchema).min(1),
  note: z.string().max(1000).optional(),
});
export type Fact = z.infer<typeof factSchema>;

export const kbFileSchema = z.strictObject({ entries: z.array(kbEntrySchema).max(5000) });
export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema).max(5000) });
export const factsFileSchema = z.strictObject({ facts: z.array(factSchema).max(5000) });
