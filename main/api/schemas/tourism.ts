import { z } from "zod";
import { LANGUAGES } from "../contract";
import type { TOURISM_METHODS } from "../methods/tourism";
import type { RequestSchemas } from "../schemas";

const lang = z.enum(LANGUAGES);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, "not a valid id");

export const TOURISM_SCHEMAS: RequestSchemas<(typeof TOURISM_METHODS)[number]> = {
  listAttractions: z.strictObject({ lang }),
  getAttraction: z.strictObject({ lang, id }),
  listTourRoutes: z.strictObject({ lang }),
  listEvents: z.strictObject({ lang }),
};
