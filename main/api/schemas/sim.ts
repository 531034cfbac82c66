import { z } from "zod";
import { LANGUAGES } from "../contract";
import type { SIM_METHODS } from "../methods/sim";
import type { RequestSchemas } from "../schemas";

const lang = z.enum(LANGUAGES);

export const SIM_SCHEMAS: RequestSchemas<(typeof SIM_METHODS)[number]> = {
  lookupSimOrder: z.strictObject({
    lang,
    code: z.string().trim().min(1).max(40),
    factor: z.string().trim().min(1).max(60),
  }),
  listSimPlans: z.strictObject({ lang }),
};
