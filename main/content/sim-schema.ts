import { z } from "zod";
import { listPackJson, readPackJson, validateFile, type PackError } from "./pack-files";
import { idSchema, localizedSchema } from "./schema";

/** The name of the content.db `document` row holding the SimContent as JSON. */
export const SIM_DOCUMENT = "sim";

const planSchema = z.strictObject({
  id: idSchema,
  /** Says where and when the plan was seen, e.g. "Example: Shanghai, 2024". */
  name: localizedSchema,
  price: z.string().min(1).max(40),
  data: localizedSchema,
  validity: localizedSchema,
  asOf: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD"),
  sources: z.array(idSchema).min(1).max(10),
});

const carrierSchema = z.strictObject({
  id: idSchema,
  nameZh: z.string().min(1).max(40),
  name: localizedSchema,
  hotline: z.string().regex(/^[0-9]{3,12}$/, "must be a phone number").optional(),
  plans: z.array(planSchema).max(20),
  sources: z.array(idSchema).min(1).max(10),
});

const simFileSchema = z.strictObject({
  /** What every carrier asks of a foreign customer; shown with each carrier. */
  documents: localizedSchema.optional(),
  carriers: z.array(carrierSchema).max(10),
});

export type SimCarrier = z.infer<typeof carrierSchema>;

export interface SimContent {
  documents: z.infer<typeof localizedSchema> | null;
  carriers: SimCarrier[];
}

/** Reads and checks every `sim/*.json` of a pack: walk-in carriers, their hotlines and plans. */
export function readSim(root: string, sourceIds: ReadonlySet<string>, errors: PackError[]): SimContent {
  const out: SimContent = { documents: null, carriers: [] };
  const seen = new Map<string, string>();
  const checkSources = (ids: string[], file: string, path: string): void => {
    ids.forEach((id, i) => {
      if (!sourceIds.has(id)) errors.push({ file, path: `${path}[${i}]`, message: `unknown source "${id}"` });
    });
  };
  const checkId = (id: string, file: string, path: string): void => {
    const first = seen.get(id);
    if (first) errors.push({ file, path, message: `duplicate id "${id}" (first in ${first})` });
    else seen.set(id, file);
  };

  for (const file of listPackJson(root, "sim", errors)) {
    const data = validateFile(simFileSchema, readPackJson(root, file, errors), file, errors);
    if (!data) continue;
    if (data.documents) {
      if (out.documents) errors.push({ file, path: "documents", message: "only one sim file may hold documents" });
      out.documents = data.documents;
    }
    data.carriers.forEach((carrier, index) => {
      const at = `carriers[${index}]`;
      checkId(carrier.id, file, `${at}.id`);
      checkSources(carrier.sources, file, `${at}.sources`);
      carrier.plans.forEach((plan, i) => {
        checkId(plan.id, file, `${at}.plans[${i}].id`);
        checkSources(plan.sources, file, `${at}.plans[${i}].sources`);
      });
      out.carriers.push(carrier);
    });
  }
  return out;
}
