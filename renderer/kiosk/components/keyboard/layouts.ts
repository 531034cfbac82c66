import type { Lang } from "../../../../main/api/contract";

export type LayoutId = "latin" | "pinyin" | "kana" | "hangul" | "cyrillic" | "arabic" | "thai";

export interface Layout {
  id: LayoutId;
  /** What the layout switch key shows, in the layout's own script. */
  label: string;
  rows: string[][];
  /** A second page (capitals, Thai upper layer, katakana is computed) where the script has one. */
  shiftRows?: string[][];
  dir: "ltr" | "rtl";
}

const split = (row: string): string[] => [...row].filter((char) => char !== " ");

const DIGITS = split("1 2 3 4 5 6 7 8 9 0");

export const LAYOUTS: Record<LayoutId, Layout> = {
  latin: {
    id: "latin",
    label: "ABC",
    dir: "ltr",
    rows: [DIGITS, split("qwertyuiop"), split("asdfghjkl"), split("zxcvbnm-"), split("éèàçäöüßñá")],
    shiftRows: [DIGITS, split("QWERTYUIOP"), split("ASDFGHJKL"), split("ZXCVBNM-"), split("ÉÈÀÇÄÖÜÑÍÓ")],
  },
  pinyin: {
    id: "pinyin",
    label: "拼音",
    dir: "ltr",
    rows: [DIGITS, split("qwertyuiop"), split("asdfghjkl"), split("zxcvbnm")],
  },
  kana: {
    id: "kana",
    label: "かな",
    dir: "ltr",
    rows: [split("あかさたなはまやらわ"), split("いきしちにひみゆりを"), split("うくすつぬふむよるん"), split("えけせてねへめーれ、"), split("おこそとのほも？ろ。")],
  },
  hangul: {
    id: "hangul",
    label: "한글",
    dir: "ltr",
    rows: [DIGITS, split("ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ"), split("ㅁㄴㅇㄹㅎㅗㅓㅏㅣ"), split("ㅋㅌㅊㅍㅠㅜㅡ")],
    shiftRows: [DIGITS, split("ㅃㅉㄸㄲㅆㅛㅕㅑㅒㅖ"), split("ㅁㄴㅇㄹㅎㅗㅓㅏㅣ"), split("ㅋㅌㅊㅍㅠㅜㅡ")],
  },
  cyrillic: {
    id: "cyrillic",
    label: "АБВ",
    dir: "ltr",
    rows: [DIGITS, split("йцукенгшщзхъ"), split("фывапролджэ"), split("ячсмитьбюё")],
    shiftRows: [DIGITS, split("ЙЦУКЕНГШЩЗХЪ"), split("ФЫВАПРОЛДЖЭ"), split("ЯЧСМИТЬБЮЁ")],
  },
  arabic: {
    id: "arabic",
    label: "أ ب ت",
    dir: "rtl",
    rows: [split("١٢٣٤٥٦٧٨٩٠"), split("ضصثقفغعهخحجد"), split("شسيبلاتنمكط"), split("ئءؤرىةوزظذ")],
  },
  thai: {
    id: "thai",
    label: "กขค",
    dir: "ltr",
    rows: [split("ๅภถุึคตจขช"), split("ๆไำพะัีรนยบล"), split("ฟหกดเ้่าสวง"), split("ผปแอิืทมใฝ")],
    shiftRows: [split("+๑๒๓๔ู฿๕๖๗"), split("๐\"ฎฑธํ๊ณฯญฐ"), split("ฤฆฏโฌ็๋ษศซ."), split("()ฉฮฺ์?ฒฬฦ")],
  },
};

/** The traveller's own keyboard first, then Latin (for station names, codes and English words). */
export function layoutsFor(lang: Lang): LayoutId[] {
  const native: Partial<Record<Lang, LayoutId>> = {
    "zh-Hans": "pinyin",
    ja: "kana",
    ko: "hangul",
    ru: "cyrillic",
    ar: "arabic",
    th: "thai",
  };
  const own = native[lang];
  return own ? [own, "latin"] : ["latin"];
}
