/** Voicing marks for the kana keyboard: ゛ turns か into が, ゜ turns は into ぱ. */

const DAKUTEN_PAIRS = "かがきぎくぐけげこごさざしじすずせぜそぞただちぢつづてでとどはばひびふぶへべほぼカガキギクグケゲコゴサザシジスズセゼソゾタダチヂツヅテデトドハバヒビフブヘベホボウヴ";
const HANDAKUTEN_PAIRS = "はぱひぴふぷへぺほぽハパヒピフプヘペホポ";
const SMALL_PAIRS = "あぁいぃうぅえぇおぉやゃゆゅよょつっわゎアァイィウゥエェオォヤャユュヨョツッワヮ";

function pairMap(pairs: string): Map<string, string> {
  const map = new Map<string, string>();
  const chars = [...pairs];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const plain = chars[i];
    const marked = chars[i + 1];
    if (plain && marked) map.set(plain, marked);
  }
  return map;
}

const DAKUTEN = pairMap(DAKUTEN_PAIRS);
const HANDAKUTEN = pairMap(HANDAKUTEN_PAIRS);
const SMALL = pairMap(SMALL_PAIRS);
const UNMARK = new Map<string, string>([...DAKUTEN, ...HANDAKUTEN, ...SMALL].map(([plain, marked]) => [marked, plain]));

export type KanaModifier = "dakuten" | "handakuten" | "small";

/** Applies a mark to the last kana typed; tapping it again takes the mark off. */
export function modifyLastKana(text: string, modifier: KanaModifier): string {
  const chars = [...text];
  const last = chars.pop();
  if (last === undefined) return text;
  const table = modifier === "dakuten" ? DAKUTEN : modifier === "handakuten" ? HANDAKUTEN : SMALL;
  const marked = table.get(last) ?? table.get(UNMARK.get(last) ?? "");
  if (marked && marked !== last) return chars.join("") + marked;
  const plain = UNMARK.get(last);
  return plain ? chars.join("") + plain : text;
}

/** Hiragana to katakana, for the katakana page of the keyboard. */
export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60));
}
