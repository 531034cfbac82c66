import en from "./en.json";
import zh from "./zh-Hans.json";
import type { Lang } from "../../../main/api/contract";

/**
 * The staff console's strings (namespace "staff"). Staff work in English or Chinese, and the
 * console offers only those two; the other languages point at the English text. They live
 * beside the console rather than in renderer/i18n/locales/, whose folders hold traveller-facing
 * strings in all ten languages.
 */
export const messages = { "zh-Hans": zh, en, ja: en, ko: en, ru: en, fr: en, de: en, es: en, ar: en, th: en } satisfies Record<Lang, unknown>;
