import type Database from "better-sqlite3";
import type { CarrierView, Lang, Localized } from "../../api/contract";
import type { SimContent } from "../../content/sim-schema";
import { SIM_DOCUMENT } from "../../content/sim-schema";
import { fallbackChain } from "../localize";

type Texts = Partial<Record<Lang, string>>;

function localize(texts: Texts, lang: Lang): Localized {
  for (const candidate of fallbackChain(lang)) {
    const text = texts[candidate];
    if (text) return { text, shownIn: candidate };
  }
  return { text: "", shownIn: "en" };
}

/** The walk-in carriers and plans of the running pack, localized; an older pack has none. */
export function listSimPlans(contentDb: Database.Database, lang: Lang): CarrierView[] {
  const row = contentDb.prepare("SELECT json FROM document WHERE name = ?").get(SIM_DOCUMENT) as { json: string } | undefined;
  if (!row) return [];
  const content = JSON.parse(row.json) as SimContent;
  const documents = content.documents ? localize(content.documents, lang) : { text: "", shownIn: lang };
  return content.carriers.map((carrier) => ({
    id: carrier.id,
    nameZh: carrier.nameZh,
    name: localize(carrier.name, lang),
    hotline: carrier.hotline ?? "",
    documents,
    plans: carrier.plans.map((plan) => ({
      id: plan.id,
      name: localize(plan.name, lang),
      price: plan.price,
      data: localize(plan.data, lang),
      validity: localize(plan.validity, lang),
      asOf: plan.asOf,
    })),
  }));
}
