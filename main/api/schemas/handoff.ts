import { z } from "zod";
import { LANGUAGES, type HANDOFF_METHODS } from "../contract";
import type { RequestSchemas } from "../schemas";

const lang = z.enum(LANGUAGES);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, "not a valid id");

const taxiTarget = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("station"), id }),
  z.strictObject({ kind: z.literal("attraction"), id }),
]);

const item = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("answer"), id }),
  z.strictObject({ kind: z.literal("journey"), from: id, to: id, route: z.enum(["fastest", "fewest"]).optional() }),
  z.strictObject({ kind: z.literal("taxi"), target: taxiTarget }),
  z.strictObject({ kind: z.literal("attraction"), id }),
  z.strictObject({ kind: z.literal("sim-ticket"), ticket: z.string().regex(/^[A-Za-z0-9-]{1,16}$/, "not a valid ticket") }),
]);

export const HANDOFF_SCHEMAS: RequestSchemas<(typeof HANDOFF_METHODS)[number]> = {
  createHandoff: z.strictObject({ lang, item }),
  getWifiQr: z.strictObject({}),
};
