export type CsvCell = string | number | null;

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage
 * return) gets a leading single quote, so an exported traveller query cannot become a formula.
 */
function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(cell: CsvCell): string {
  if (cell === null) return "";
  const text = typeof cell === "number" ? String(cell) : guardFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 text with CRLF line ends and a UTF-8 byte-order mark so spreadsheets read Chinese. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(quote).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
