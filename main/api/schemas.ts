import { z } from "zod";
import { KB_CATEGORIES, LANGUAGES, LIMITS, type ApiMethod, type ApiRequest, type INQUIRY_METHODS } from "./contract";
import { CONTENT_ADMIN_SCHEMAS } from "./schemas/content-admin";
import { HANDOFF_SCHEMAS } from "./schemas/handoff";
import { TRANSPORT_SCHEMAS } from "./schemas/transport";
import { SESSION_SCHEMAS } from "./schemas/session";
import { SIM_SCHEMAS } from "./schemas/sim";
import { STAFF_SCHEMAS } from "./schemas/staff";
import { TOURISM_SCHEMAS } from "./schemas/tourism";

const lang = z.enum(LANGUAGES);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, "not a valid id");
const none = z.strictObject({});

export type RequestSchemas<K extends ApiMethod> = { [M in K]: z.ZodType<ApiRequest<M>> };

/** The request schema of every inquiry method; each other area keeps its own beside it. */
export const INQUIRY_SCHEMAS: RequestSchemas<(typeof INQUIRY_METHODS)[number]> = {
  health: none,
  getKioskConfig: none,
  listCategories: z.strictObject({ lang }),
  listEntries: z.strictObject({ lang, category: z.enum(KB_CATEGORIES) }),
  searchKnowledge: z.strictObject({
    lang,
    query: z.string().max(LIMITS.searchQueryChars, `at most ${LIMITS.searchQueryChars} characters`),
    limit: z.number().int().min(1).max(50).optional(),
  }),
  getEntry: z.strictObject({ lang, id }),
  suggestChinese: z.strictObject({ pinyin: z.string().max(40) }),
};

/**
 * Every area's schemas in one table: the one place where untrusted input is checked. The type
 * demands a schema for every method of the contract, so none can be forgotten.
 */
export const REQUEST_SCHEMAS: RequestSchemas<ApiMethod> = {
  ...INQUIRY_SCHEMAS,
  ...HANDOFF_SCHEMAS,
  ...CONTENT_ADMIN_SCHEMAS,
  ...TRANSPORT_SCHEMAS,
  ...STAFF_SCHEMAS,
  ...SIM_SCHEMAS,
  ...SESSION_SCHEMAS,
  ...TOURISM_SCHEMAS,
};
