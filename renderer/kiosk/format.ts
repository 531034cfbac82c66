/** Formats a pack date (YYYY, YYYY-MM or YYYY-MM-DD) in the traveller's language. */
export function formatAsOf(value: string, lang: string): string {
  const [year, month, day] = value.split("-").map(Number);
  if (!year) return value;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }
    : month
      ? { year: "numeric", month: "long", timeZone: "UTC" }
      : { year: "numeric", timeZone: "UTC" };
  try {
    return new Intl.DateTimeFormat(lang, options).format(date);
  } catch {
    return value;
  }
}
