import { createContext, createElement, Fragment, useContext, type ReactNode } from "react";
import type { Lang } from "../../main/api/contract";
import type { Translate } from "./i18n";

export interface PhoneContextValue {
  lang: Lang;
  t: Translate;
}

export const PhoneContext = createContext<PhoneContextValue | null>(null);

export function usePhone(): PhoneContextValue {
  const value = useContext(PhoneContext);
  if (!value) throw new Error("usePhone outside the phone page");
  return value;
}

/** A pack date (YYYY, YYYY-MM or YYYY-MM-DD) in the traveller's language. */
export function formatDate(value: string, lang: Lang): string {
  const [year, month, day] = value.split("-").map(Number);
  if (!year) return value;
  const options: Intl.DateTimeFormatOptions = { year: "numeric", timeZone: "UTC", ...(month ? { month: "long" } : {}), ...(day ? { day: "numeric" } : {}) };
  try {
    return new Intl.DateTimeFormat(lang, options).format(new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)));
  } catch {
    return value;
  }
}

/** Stands for a placeholder in a translated sentence, so a node can take its place in any word order. */
export const SLOT = "\u0000";

/** Renders a translated sentence with `children` where SLOT stood. */
export function Around({ text, children }: { text: string; children: ReactNode }): React.JSX.Element {
  const [before = "", after = ""] = text.split(SLOT);
  return createElement(Fragment, null, before, children, after);
}
