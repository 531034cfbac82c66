import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { LANGUAGES, RTL_LANGUAGES, type Lang } from "../../main/api/contract";
import ar from "./locales/ar.json";
import de from "./locales/de.json";
import en from "./locales/en.json";
import es from "./locales/es.json";
import fr from "./locales/fr.json";
import ja from "./locales/ja.json";
import ko from "./locales/ko.json";
import ru from "./locales/ru.json";
import th from "./locales/th.json";
import zhHans from "./locales/zh-Hans.json";
import { messages as transportMessages } from "./locales/transport";
import { messages as handoffMessages } from "./locales/handoff";
import { messages as simMessages } from "./locales/sim";
import { messages as staffMessages } from "../staff/locales";
import { messages as tourismMessages } from "./locales/tourism";

/** The shared strings (namespace "translation"): navigation, errors, the home screen. */
export const MESSAGES = { "zh-Hans": zhHans, en, ja, ko, ru, fr, de, es, ar, th } satisfies Record<Lang, unknown>;

/**
 * Each area of the kiosk keeps its strings in its own namespace, `locales/<area>/<lang>.json`,
 * with an index.ts exporting `messages: Record<Lang, …>`. Register an area here and in the
 * type below; screens then call `useTranslation("<area>")`.
 */
export const NAMESPACES = {
  transport: transportMessages,
  handoff: handoffMessages,
  sim: simMessages,
  staff: staffMessages,
  tourism: tourismMessages,
} satisfies Record<string, Record<Lang, unknown>>;

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: {
      translation: typeof en;
      transport: typeof transportMessages.en;
      handoff: typeof handoffMessages.en;
      sim: typeof simMessages.en;
      staff: typeof staffMessages.en;
      tourism: typeof tourismMessages.en;
    };
  }
}

export function initI18n(): typeof i18next {
  const resources = Object.fromEntries(
    LANGUAGES.map((lang) => [
      lang,
      {
        translation: MESSAGES[lang],
        ...Object.fromEntries(Object.entries(NAMESPACES).map(([ns, messages]) => [ns, (messages as Record<Lang, unknown>)[lang]])),
      },
    ]),
  );
  void i18next.use(initReactI18next).init({
    resources,
    lng: "en",
    fallbackLng: "en",
    ns: ["translation", ...Object.keys(NAMESPACES)],
    defaultNS: "translation",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

/** Sets the language of the page itself: `lang` picks the right fonts, `dir` mirrors Arabic. */
export function applyDocumentLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL_LANGUAGES.includes(lang) ? "rtl" : "ltr";
}
