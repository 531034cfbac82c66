import type { Lang, Localized } from "../contract";

export interface SimPlanView {
  id: string;
  name: Localized;
  price: string;
  data: Localized;
  validity: Localized;
  asOf: string;
}

export interface CarrierView {
  id: string;
  nameZh: string;
  name: Localized;
  hotline: string;
  documents: Localized;
  plans: SimPlanView[];
}

/** What the kiosk shows a traveller who checked in for a pre-ordered SIM card. */
export interface SimPickup {
  ticket: string;
  carrier: string;
  plan: string;
  /** Where to collect the card, as staff describe the counter. */
  counter: string;
  status: "arrived" | "handed-over";
}

export interface SimApi {
  /** Order code plus the last 4 passport characters or the surname. Rate-limited. */
  lookupSimOrder: { request: { lang: Lang; code: string; factor: string }; response: SimPickup };
  listSimPlans: { request: { lang: Lang }; response: CarrierView[] };
}

export const SIM_METHODS = ["lookupSimOrder", "listSimPlans"] as const;
