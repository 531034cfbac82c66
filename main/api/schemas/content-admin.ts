import { z } from "zod";
import { LIMITS } from "../contract";
import type { STAFF_CONTENT_METHODS } from "../methods/staff";
import type { RequestSchemas } from "../schemas";

/** The staff methods that manage the content pack and its facts (main/core/content-admin). */
export type ContentAdminMethod = (typeof STAFF_CONTENT_METHODS)[number];

const token = z.string().min(1).max(100);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, "not a valid id");

export const CONTENT_ADMIN_SCHEMAS: RequestSchemas<ContentAdminMethod> = {
  staffContentStatus: z.strictObject({ token }),
  staffImportPack: z.strictObject({
    token,
    fileName: z.string().min(1).max(200),
    dataBase64: z
      .string()
      .min(4)
      .max(LIMITS.uploadBodyBytes, "the pack is too large to upload")
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64"),
  }),
  staffExportPack: z.strictObject({ token }),
  staffRollbackPack: z.strictObject({ token }),
  staffListFacts: z.strictObject({ token }),
  staffSetFact: z.strictObject({
    token,
    id,
    value: z.string().trim().min(1, "must not be empty").max(120, "at most 120 characters").nullable(),
    asOf: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
      .optional(),
  }),
};
