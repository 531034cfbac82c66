/**
 * Turns text into the tokens the full-text index stores, and a traveller's query into an FTS5
 * match expression over the same tokens.
 *
 * Chinese, Japanese, Korean and Thai are written without spaces between words, so a word
 * tokenizer would index a whole sentence as one token and never find "退税" inside it. Runs of
 * those scripts are indexed as overlapping character pairs instead; a query is matched as the
 * phrase of its pairs, which finds any substring of two or more characters. Other scripts are
 * indexed word by word and matched by prefix, so results appear while the traveller types.
 */

const NGRAM_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}ー]+/u;
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}ー]+|[\p{L}\p{N}\p{M}]+/gu;

/** The definite article al- is written joined to Arabic nouns; the index holds both forms. */
const ARABIC_ARTICLE = /^(?:ال|وال|بال|لل)(?=\p{Script=Arabic}{2,})/u;

export type QueryTerm = { kind: "phrase"; tokens: string[] } | { kind: "prefix"; token: string };

function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

function stripMarks(word: string): string {
  return word.normalize("NFD").replace(/\p{M}+/gu, "").normalize("NFC");
}

function pairs(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i += 1) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}

function wordForms(word: string): string[] {
  const plain = stripMarks(word);
  const withoutArticle = plain.replace(ARABIC_ARTICLE, "");
  return withoutArticle !== plain ? [plain, withoutArticle] : [plain];
}

/** The space-separated tokens stored in the index for a piece of text. */
export function indexTokens(text: string): string {
  const out: string[] = [];
  for (const match of normalize(text).matchAll(TOKEN)) {
    const token = match[0];
    if (NGRAM_RUN.test(token)) out.push(...pairs(stripMarksThai(token)));
    else out.push(...wordForms(token));
  }
  return out.join(" ");
}

/** Thai tone marks are typed inconsistently; dropping them matches both spellings. */
function stripMarksThai(run: string): string {
  return /\p{Script=Thai}/u.test(run) ? run.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, "") : run;
}

/** Splits a query into terms: a phrase of pairs per CJK/Thai run, a prefix per word. */
export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const match of normalize(query).matchAll(TOKEN)) {
    const token = match[0];
    if (NGRAM_RUN.test(token)) {
      const run = stripMarksThai(token);
      const grams = pairs(run);
      if ([...run].length < 2) terms.push({ kind: "prefix", token: run });
      else terms.push({ kind: "phrase", tokens: grams });
      continue;
    }
    const forms = wordForms(token);
    terms.push({ kind: "prefix", token: forms[forms.length - 1] ?? token });
  }
  return terms.slice(0, 12);
}

function quote(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}

function termExpression(term: QueryTerm): string {
  return term.kind === "prefix" ? `${quote(term.token)}*` : quote(term.tokens.join(" "));
}

/** An FTS5 MATCH expression; every token is quoted, so no query text is read as syntax. */
export function matchExpression(terms: QueryTerm[], mode: "all" | "any"): string {
  return terms.map(termExpression).join(mode === "all" ? " AND " : " OR ");
}

/**
 * Each index row carries its language as one token, so a search can be narrowed to the languages
 * the traveller can be shown (theirs, English, Chinese) inside the full-text match itself: FTS5
 * then scores only those rows instead of every language's copy of every answer.
 */
export function languageTag(lang: string): string {
  return `lang${lang.toLowerCase().replace(/[^a-z]/g, "")}`;
}

export function inLanguages(expression: string, langs: readonly string[]): string {
  return `(${expression}) AND langtag : (${langs.map((lang) => quote(languageTag(lang))).join(" OR ")})`;
}
