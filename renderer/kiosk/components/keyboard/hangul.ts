/**
 * Hangul composition for the on-screen keyboard (two-set layout): jamo typed one at a time are
 * combined into syllables the way a Korean keyboard does it.
 */

const INITIALS = ["ㄱ", "ㄲ", "ㄴ", "ㄷ", "ㄸ", "ㄹ", "ㅁ", "ㅂ", "ㅃ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅉ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"];
const VOWELS = ["ㅏ", "ㅐ", "ㅑ", "ㅒ", "ㅓ", "ㅔ", "ㅕ", "ㅖ", "ㅗ", "ㅘ", "ㅙ", "ㅚ", "ㅛ", "ㅜ", "ㅝ", "ㅞ", "ㅟ", "ㅠ", "ㅡ", "ㅢ", "ㅣ"];
const FINALS = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"];

const COMPOUND_VOWELS: Record<string, string> = {
  "ㅗㅏ": "ㅘ",
  "ㅗㅐ": "ㅙ",
  "ㅗㅣ": "ㅚ",
  "ㅜㅓ": "ㅝ",
  "ㅜㅔ": "ㅞ",
  "ㅜㅣ": "ㅟ",
  "ㅡㅣ": "ㅢ",
};

const COMPOUND_FINALS: Record<string, string> = {
  "ㄱㅅ": "ㄳ",
  "ㄴㅈ": "ㄵ",
  "ㄴㅎ": "ㄶ",
  "ㄹㄱ": "ㄺ",
  "ㄹㅁ": "ㄻ",
  "ㄹㅂ": "ㄼ",
  "ㄹㅅ": "ㄽ",
  "ㄹㅌ": "ㄾ",
  "ㄹㅍ": "ㄿ",
  "ㄹㅎ": "ㅀ",
  "ㅂㅅ": "ㅄ",
};

const SPLIT_FINALS: Record<string, [string, string]> = Object.fromEntries(
  Object.entries(COMPOUND_FINALS).map(([pair, final]) => [final, [pair[0] ?? "", pair[1] ?? ""]]),
);

const SPLIT_VOWELS: Record<string, string> = Object.fromEntries(
  Object.entries(COMPOUND_VOWELS).map(([pair, vowel]) => [vowel, pair[0] ?? ""]),
);

const BASE = 0xac00;

interface Syllable {
  initial: number;
  vowel: number;
  final: number;
}

function decompose(char: string): Syllable | undefined {
  const code = char.charCodeAt(0) - BASE;
  if (code < 0 || code > 11171) return undefined;
  return { initial: Math.floor(code / 588), vowel: Math.floor((code % 588) / 28), final: code % 28 };
}

function compose({ initial, vowel, final }: Syllable): string {
  return String.fromCharCode(BASE + initial * 588 + vowel * 28 + final);
}

export function isJamo(key: string): boolean {
  return INITIALS.includes(key) || VOWELS.includes(key);
}

function addConsonant(last: string, jamo: string): string | undefined {
  const syllable = decompose(last);
  if (!syllable) return undefined;
  const currentFinal = FINALS[syllable.final] ?? "";
  if (currentFinal === "") {
    const final = FINALS.indexOf(jamo);
    return final > 0 ? compose({ ...syllable, final }) : undefined;
  }
  const compound = COMPOUND_FINALS[currentFinal + jamo];
  return compound ? compose({ ...syllable, final: FINALS.indexOf(compound) }) : undefined;
}

function addVowel(last: string, jamo: string): string | undefined {
  const vowel = VOWELS.indexOf(jamo);
  const initial = INITIALS.indexOf(last);
  if (initial >= 0) return compose({ initial, vowel, final: 0 });
  const syllable = decompose(last);
  if (!syllable) return undefined;
  const currentFinal = FINALS[syllable.final] ?? "";
  if (currentFinal === "") {
    const compound = COMPOUND_VOWELS[(VOWELS[syllable.vowel] ?? "") + jamo];
    return compound ? compose({ ...syllable, vowel: VOWELS.indexOf(compound) }) : undefined;
  }
  const split = SPLIT_FINALS[currentFinal];
  const keep = split ? FINALS.indexOf(split[0]) : 0;
  const moved = split ? split[1] : currentFinal;
  const movedInitial = INITIALS.indexOf(moved);
  if (movedInitial < 0) return undefined;
  return compose({ ...syllable, final: keep }) + compose({ initial: movedInitial, vowel, final: 0 });
}

/** Types one jamo at the end of `text`, joining it to the last syllable where Korean does. */
export function typeHangul(text: string, jamo: string): string {
  const chars = [...text];
  const last = chars.pop();
  if (last === undefined) return jamo;
  const joined = VOWELS.includes(jamo) ? addVowel(last, jamo) : addConsonant(last, jamo);
  return joined === undefined ? text + jamo : chars.join("") + joined;
}

/** Deletes the last jamo typed: a final, then a compound vowel's second part, then the vowel. */
export function backspaceHangul(text: string): string {
  const chars = [...text];
  const last = chars.pop();
  if (last === undefined) return "";
  const syllable = decompose(last);
  if (!syllable) return chars.join("");
  const final = FINALS[syllable.final] ?? "";
  if (final !== "") {
    const split = SPLIT_FINALS[final];
    return chars.join("") + compose({ ...syllable, final: split ? FINALS.indexOf(split[0]) : 0 });
  }
  const base = SPLIT_VOWELS[VOWELS[syllable.vowel] ?? ""];
  if (base) return chars.join("") + compose({ ...syllable, vowel: VOWELS.indexOf(base) });
  return chars.join("") + (INITIALS[syllable.initial] ?? "");
}
