/** Longest unanswered question kept for staff. */
export const UNANSWERED_MAX_CHARS = 80;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** Five or more digits with the separators people type in phone numbers. */
const PHONE_LIKE = /\+?[\d\uFF10-\uFF19][\d\uFF10-\uFF19\s().\-\u2010-\u2015]{3,}[\d\uFF10-\uFF19]/gu;
const DIGITS = /[\p{Nd}]/gu;

/**
 * What is left of a search that found nothing once anything that might identify the traveller
 * is gone: e-mail addresses, phone-like sequences and every other digit (passport, booking and
 * card numbers are mostly digits), cut to 80 characters. Returns "" when nothing useful is left.
 */
export function scrubQuestion(query: string): string {
  const cleaned = query
    .normalize("NFKC")
    .replace(EMAIL, " ")
    .replace(PHONE_LIKE, " ")
    .replace(DIGITS, "")
    .replace(/[\p{Cc}\p{Cf}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const cut = Array.from(cleaned).slice(0, UNANSWERED_MAX_CHARS).join("").trim();
  return /[\p{L}]/u.test(cut) ? cut : "";
}
