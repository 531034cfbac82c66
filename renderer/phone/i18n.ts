import type { Lang } from "../../main/api/contract";
import { messages } from "../i18n/locales/phone";

type Messages = typeof messages.en;
type Paths<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type PhoneKey = Paths<Messages>;
export type Translate = (key: PhoneKey, values?: Record<string, string | number>) => string;

function lookup(tree: unknown, key: string): string | undefined {
  let node = tree;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/**
 * The phone page's own small translator: one namespace, `{{name}}` placeholders, English as the
 * fallback. The page needs none of the kiosk's i18next set-up, which keeps its bundle small.
 */
export function translator(lang: Lang): Translate {
  return (key, values = {}) => {
    const template = lookup(messages[lang], key) ?? lookup(messages.en, key) ?? key;
    return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole));
  };
}
