/** Turning a carrier's CSV export (bytes) into rows of cells, with every problem kept per row. */

export type DecodedText =
  | { ok: true; text: string; encoding: "utf-8" | "utf-8-bom" | "gbk" }
  | { ok: false; errors: { row: number; message: string }[] };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function decodes(bytes: Uint8Array, encoding: "utf-8" | "gbk"): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

/**
 * Accepts UTF-8 (with or without a byte-order mark) and GBK, the encoding Chinese spreadsheet
 * programs still write by default. Anything else is refused with the rows that hold the bytes
 * that neither encoding reads, so staff can see what to fix.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, errors: [{ row: 1, message: "the file is UTF-16; save it as CSV in UTF-8" }] };
  }
  if (bytes.includes(0)) {
    return { ok: false, errors: [{ row: 1, message: "the file holds binary data, not CSV text" }] };
  }
  const hasBom = UTF8_BOM.every((byte, i) => bytes[i] === byte);
  const body = hasBom ? bytes.subarray(3) : bytes;

  const utf8 = decodes(body, "utf-8");
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: hasBom ? "utf-8-bom" : "utf-8" };
  if (!hasBom) {
    const gbk = decodes(body, "gbk");
    if (gbk !== undefined) return { ok: true, text: gbk, encoding: "gbk" };
  }

  const errors = splitLines(body)
    .map((line, index) => ({ line, row: index + 1 }))
    .filter(({ line }) => decodes(line, "utf-8") === undefined && (hasBom || decodes(line, "gbk") === undefined))
    .slice(0, 50)
    .map(({ row }) => ({ row, message: "characters in an unknown encoding; save the file as CSV in UTF-8" }));
  const fallback = [{ row: 1, message: "the file is neither UTF-8 nor GBK; save it as CSV in UTF-8" }];
  return { ok: false, errors: errors.length > 0 ? errors : fallback };
}

export interface CsvRow {
  /** Line number in the file where the row starts (the header is row 1). */
  row: number;
  cells: string[];
}

/**
 * RFC 4180 parsing: comma separated, double quotes around cells that hold commas, quotes or line
 * breaks, a doubled quote inside a quoted cell. Empty lines are skipped.
 */
export function parseCsv(text: string): { rows: CsvRow[]; errors: { row: number; message: string }[] } {
  const rows: CsvRow[] = [];
  const errors: { row: number; message: string }[] = [];
  let line = 1;
  let i = 0;

  while (i < text.length) {
    const startLine = line;
    const cells: string[] = [];
    let cell = "";
    let quoted = false;
    let atCellStart = true;
    let bad: string | undefined;

    for (; i < text.length; i += 1) {
      const char = text[i];
      if (quoted) {
        if (char === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else if (char === '"') {
          quoted = false;
        } else {
          if (char === "\n") line += 1;
          cell += char;
        }
        continue;
      }
      if (char === '"' && atCellStart) {
        quoted = true;
        atCellStart = false;
      } else if (char === '"') {
        bad ??= "a quote inside a cell that does not start with a quote";
        cell += char;
      } else if (char === ",") {
        cells.push(cell);
        cell = "";
        atCellStart = true;
      } else if (char === "\n" || char === "\r") {
        if (char === "\r" && text[i + 1] === "\n") i += 1;
        i += 1;
        line += 1;
        break;
      } else {
        cell += char;
        atCellStart = false;
      }
    }
    if (quoted) bad = "a quoted cell is never closed";
    cells.push(cell);

    if (bad) errors.push({ row: startLine, message: bad });
    else if (!(cells.length === 1 && cells[0]?.trim() === "")) rows.push({ row: startLine, cells });
  }
  return { rows, errors };
}
