import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useKiosk } from "../../context";
import { useApiCall } from "../../use-api";
import { backspaceHangul, isJamo, typeHangul } from "./hangul";
import { modifyLastKana, toKatakana, type KanaModifier } from "./kana";
import { LAYOUTS, layoutsFor, type LayoutId } from "./layouts";
import "./keyboard.css";

export interface OnScreenKeyboardProps {
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  /** Restricts the layouts, e.g. ["latin"] for an order code. Defaults to the traveller's own. */
  layouts?: LayoutId[];
}

function PinyinCandidates({ letters, onPick, onKeepLetters }: { letters: string; onPick: (word: string) => void; onKeepLetters: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const { api } = useKiosk();
  const candidates = useApiCall(() => api.suggestChinese({ pinyin: letters }), [letters]);
  return (
    <div className="kb-candidates" role="group" aria-label={t("keyboard.candidates")}>
      <button type="button" className="kb-key kb-letters" lang="en" onClick={onKeepLetters}>
        {letters}
      </button>
      {candidates.state === "ready"
        ? candidates.value.map((word) => (
            <button key={word} type="button" className="kb-key kb-candidate" lang="zh-Hans" onClick={() => onPick(word)}>
              {word}
            </button>
          ))
        : null}
    </div>
  );
}

/**
 * A touch keyboard for every shipped language: Latin, pinyin with Chinese candidates drawn from
 * the kiosk's own content, kana, Hangul with syllable composition, Cyrillic, Arabic and Thai.
 */
export function OnScreenKeyboard({ value, onChange, maxLength, layouts }: OnScreenKeyboardProps): React.JSX.Element {
  const { t } = useTranslation();
  const { lang } = useKiosk();
  const available = layouts ?? layoutsFor(lang);
  const [index, setIndex] = useState(0);
  const [shift, setShift] = useState(false);
  const [katakana, setKatakana] = useState(false);
  const [letters, setLetters] = useState("");
  const layout = LAYOUTS[available[index % available.length] ?? "latin"];

  const put = (next: string): void => {
    if ([...next].length <= maxLength) onChange(next);
  };

  const press = (key: string): void => {
    if (layout.id === "pinyin" && /^[a-z]$/.test(key)) {
      setLetters((current) => (current.length < 30 ? current + key : current));
      return;
    }
    if (layout.id === "hangul" && isJamo(key)) put(typeHangul(value, key));
    else put(value + (layout.id === "kana" && katakana ? toKatakana(key) : key));
    if (shift && layout.id !== "thai") setShift(false);
  };

  const backspace = (): void => {
    if (letters !== "") {
      setLetters(letters.slice(0, -1));
      return;
    }
    onChange(layout.id === "hangul" ? backspaceHangul(value) : [...value].slice(0, -1).join(""));
  };

  const space = (): void => {
    if (letters === "") {
      put(`${value} `);
      return;
    }
    put(value + letters);
    setLetters("");
  };

  const rows = shift && layout.shiftRows ? layout.shiftRows : layout.rows;
  const modifiers: KanaModifier[] = ["dakuten", "handakuten", "small"];

  return (
    <div className="keyboard" role="group" aria-label={t("keyboard.label")} dir={layout.dir}>
      {layout.id === "pinyin" && letters !== "" ? (
        <PinyinCandidates
          letters={letters}
          onPick={(word) => {
            put(value + word);
            setLetters("");
          }}
          onKeepLetters={() => {
            put(value + letters);
            setLetters("");
          }}
        />
      ) : null}
      {rows.map((row, rowIndex) => (
        <div key={rowIndex} className="kb-row">
          {row.map((key) => {
            const shown = layout.id === "kana" && katakana ? toKatakana(key) : key;
            return (
              <button key={key} type="button" className="kb-key" onClick={() => press(key)}>
                {shown}
              </button>
            );
          })}
        </div>
      ))}
      <div className="kb-row kb-controls">
        {available.length > 1 ? (
          <button
            type="button"
            className="kb-key kb-wide"
            aria-label={t("keyboard.switch")}
            onClick={() => {
              setIndex((current) => (current + 1) % available.length);
              setShift(false);
              setLetters("");
            }}
          >
            {LAYOUTS[available[(index + 1) % available.length] ?? "latin"].label}
          </button>
        ) : null}
        {layout.shiftRows ? (
          <button type="button" className={`kb-key kb-wide${shift ? " kb-on" : ""}`} aria-pressed={shift} aria-label={t("keyboard.shift")} onClick={() => setShift(!shift)}>
            ⇧
          </button>
        ) : null}
        {layout.id === "kana" ? (
          <>
            {modifiers.map((modifier) => (
              <button key={modifier} type="button" className="kb-key" aria-label={t(`keyboard.${modifier}`)} onClick={() => onChange(modifyLastKana(value, modifier))}>
                {modifier === "dakuten" ? "゛" : modifier === "handakuten" ? "゜" : "小"}
              </button>
            ))}
            <button type="button" className={`kb-key kb-wide${katakana ? " kb-on" : ""}`} aria-pressed={katakana} onClick={() => setKatakana(!katakana)}>
              カナ
            </button>
          </>
        ) : null}
        <button type="button" className="kb-key kb-space" onClick={space}>
          {t("keyboard.space")}
        </button>
        <button type="button" className="kb-key kb-wide" aria-label={t("keyboard.delete")} onClick={backspace}>
          ⌫
        </button>
        <button
          type="button"
          className="kb-key kb-wide"
          onClick={() => {
            setLetters("");
            onChange("");
          }}
        >
          {t("keyboard.clear")}
        </button>
      </div>
    </div>
  );
}
