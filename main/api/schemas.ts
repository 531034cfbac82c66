import { z } from "zod";
import { KB_CATEGORIES, LANGUAGES, LIMITS, type ApiMethod, type ApiRequest } from "./contract";

const lang = z.enum(LANGUAGES);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, "not a valid id");
const none = z.strictObject({});

/** The request schema of every method: the one place where untrusted input is checked. */
export const REQUEST_SCHEMAS: { [M in ApiMethod]: z.ZodType<ApiRequest<M>> } = {
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
};
