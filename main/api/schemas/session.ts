import { z } from "zod";
import { LANGUAGES } from "../contract";
import type { SESSION_METHODS } from "../methods/session";
import type { RequestSchemas } from "../schemas";

const lang = z.enum(LANGUAGES);
/** A random id the screen makes for each traveller session; it names no one. */
const session = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, "not a session id");
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, "not a valid id");

const usageEvent = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("session-start"), lang }),
  z.strictObject({ kind: z.literal("language"), lang }),
  z.strictObject({ kind: z.literal("tile"), tile: z.enum(["inquiry", "payment", "communication", "transport", "tourism"]) }),
  z.strictObject({ kind: z.literal("answer"), id }),
  z.strictObject({ kind: z.literal("handoff"), item: id }),
  z.strictObject({ kind: z.literal("session-end"), reason: z.enum(["done", "idle"]) }),
]);

export const SESSION_SCHEMAS: RequestSchemas<(typeof SESSION_METHODS)[number]> = {
  recordUsage: z.strictObject({ session, event: usageEvent }),
  submitFeedback: z.strictObject({
    session,
    lang,
    score: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  }),
  callStaff: z.strictObject({ session, lang }),
  getExchangeRates: z.strictObject({}),
};
