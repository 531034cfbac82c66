import { z } from "zod";
import type { STAFF_CONTENT_METHODS, STAFF_METHODS } from "../methods/staff";
import { settingsSchema } from "../../core/settings";
import type { RequestSchemas } from "../schemas";

type OwnMethod = Exclude<(typeof STAFF_METHODS)[number], (typeof STAFF_CONTENT_METHODS)[number]>;

const pin = z.string().max(12);
const token = z.string().min(1).max(100);
const authed = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ token, ...shape });
/** A CSV export of a few thousand orders fits well inside 4 MB once base64-encoded. */
const MAX_CSV_BASE64 = 4 * 1024 * 1024;

/** Request schemas of the staff methods; the content-pack ones live beside content-admin. */
export const STAFF_SCHEMAS: RequestSchemas<OwnMethod> = {
  staffStatus: z.strictObject({}),
  staffSetupPin: z.strictObject({ pin }),
  staffLogin: z.strictObject({ pin }),
  staffLogout: authed({}),
  staffChangePin: authed({ currentPin: pin, newPin: pin }),
  staffGetSettings: authed({}),
  staffUpdateSettings: authed({ patch: settingsSchema.partial().strict() }),
  staffImportSimOrders: authed({
    fileName: z.string().min(1).max(200),
    dataBase64: z.string().min(1).max(MAX_CSV_BASE64, "the file is larger than 3 MB"),
  }),
  staffListSimOrders: authed({ status: z.enum(["pre-ordered", "arrived", "handed-over"]).optional() }),
  staffHandOverSim: authed({ code: z.string().min(1).max(32) }),
  staffListTickets: authed({}),
  staffCloseTicket: authed({ ticket: z.number().int().min(1).max(9999) }),
  staffUsage: authed({ days: z.number().int().min(1).max(400) }),
  staffUnanswered: authed({}),
  staffAuditLog: authed({ limit: z.number().int().min(1).max(1000).optional() }),
  staffExportCsv: authed({ table: z.enum(["usage", "feedback", "sim-orders", "unanswered", "audit", "tickets"]) }),
  staffExportLogs: authed({}),
};
