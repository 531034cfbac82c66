import type { Lang } from "../../../main/api/contract";
import { LANGUAGE_NAMES } from "../../i18n/languages";

const TITLE: Record<Lang, string> = {
  "zh-Hans": "请选择语言",
  en: "Choose your language",
  ja: "言語を選択してください",
  ko: "언어를 선택하세요",
  ru: "Выберите язык",
  fr: "Choisissez votre langue",
  de: "Sprache wählen",
  es: "Elija su idioma",
  ar: "اختر لغتك",
  th: "เลือกภาษาของคุณ",
};

/** Each language named in its own script; the title repeats in the first two languages offered. */
export function LanguagePicker({
  languages,
  onChoose,
}: {
  languages: Lang[];
  onChoose: (lang: Lang) => void;
}): React.JSX.Element {
  return (
    <section className="language-picker" aria-labelledby="language-title">
      <h1 id="language-title" className="language-title">
        {TITLE.en}
        <span lang="zh-Hans">{TITLE["zh-Hans"]}</span>
      </h1>
      <ul className="language-grid">
        {languages.map((lang) => (
          <li key={lang}>
            <button type="button" className="language-button" lang={lang} onClick={() => onChoose(lang)}>
              <span className="language-name">{LANGUAGE_NAMES[lang]}</span>
              <span className="language-hint">{TITLE[lang]}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
