import { createHmac } from "node:crypto";
import type { CsvRow } from "./csv-read";

/** The columns of a carrier's order export, in any order; see README.md "SIM orders". */
export const ORDER_COLUMNS = ["order_code", "carrier", "plan", "surname", "passport_last4", "arrival_date"] as const;
type Column = (typeof ORDER_COLUMNS)[number];

export const MAX_ORDER_ROWS = 5000;

/** One order as it is kept: the surname and passport characters only as salted hashes. */
export interface OrderRow {
  row: number;
  code: string;
  carrier: string;
  plan: string;
  surname: string;
  passportLast4: string;
  arrivalDate: string;
}

export interface RowError {
  row: number;
  message: string;
}

const CODE = /^[A-Z0-9][A-Z0-9-]{3,31}$/;
const LAST4 = /^[A-Z0-9]{4}$/;
/** Letters then digits, as most passports are numbered: such a cell anywhere is refused. */
const FULL_PASSPORT = /^[A-Z]{0,2}[0-9]{6,9}$/;
const FORBIDDEN_HEADERS = /passport(?!_last4$)|护照|證件|证件/i;

export function normaliseCode(value: string): string {
  return value.trim().toUpperCase();
}

/** Upper case, accents and everything but letters removed: "O'Brien" and "obrien" match. */
export function normaliseSurname(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[^\p{L}]/gu, "");
}

export function normaliseLast4(value: string): string {
  return value.trim().toUpperCase().replace(/\s+/g, "");
}

export function hashFactor(salt: string, value: string): string {
  return createHmac("sha256", salt).update(value).digest("hex");
}

function validDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

function readHeader(header: CsvRow, errors: RowError[]): Map<Column, number> | undefined {
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const forbidden = names.find((name) => FORBIDDEN_HEADERS.test(name));
  if (forbidden) {
    errors.push({
      row: header.row,
      message: `column "${forbidden}" is not accepted: send only passport_last4, never the full passport number`,
    });
    return undefined;
  }
  const index = new Map<Column, number>();
  for (const column of ORDER_COLUMNS) {
    const at = names.indexOf(column);
    if (at < 0) errors.push({ row: header.row, message: `the header has no "${column}" column` });
    else index.set(column, at);
  }
  const unknown = names.filter((name) => name !== "" && !(ORDER_COLUMNS as readonly string[]).includes(name));
  if (unknown.length > 0) errors.push({ row: header.row, message: `unknown columns: ${unknown.slice(0, 5).join(", ")}` });
  return errors.length > 0 ? undefined : index;
}

function checkRow(row: CsvRow, index: Map<Column, number>): { order?: OrderRow; problems: string[] } {
  const cell = (column: Column): string => (row.cells[index.get(column) ?? -1] ?? "").trim();
  const problems: string[] = [];
  if (row.cells.length !== index.size) problems.push(`expected ${index.size} cells, found ${row.cells.length}`);

  const code = normaliseCode(cell("order_code"));
  if (!CODE.test(code)) problems.push("order_code must be 4-32 letters, digits or hyphens");
  const carrier = cell("carrier");
  if (carrier.length < 1 || carrier.length > 60) problems.push("carrier must be 1-60 characters");
  const plan = cell("plan");
  if (plan.length < 1 || plan.length > 100) problems.push("plan must be 1-100 characters");
  const surname = normaliseSurname(cell("surname"));
  if (surname.length < 1 || surname.length > 60) problems.push("surname must hold 1-60 letters");
  if (/[0-9]/.test(cell("surname"))) problems.push("surname must not hold digits");
  const last4 = normaliseLast4(cell("passport_last4"));
  if (last4.length > 4 && /^[A-Z0-9]+$/.test(last4)) {
    problems.push("passport_last4 holds more than 4 characters: send only the last 4, never the full passport number");
  } else if (!LAST4.test(last4)) {
    problems.push("passport_last4 must be the last 4 letters or digits of the passport number");
  }
  const arrivalDate = cell("arrival_date");
  if (!validDate(arrivalDate)) problems.push("arrival_date must be a date YYYY-MM-DD");
  for (const column of ["order_code", "carrier", "plan", "surname", "arrival_date"] as const) {
    if (FULL_PASSPORT.test(cell(column).toUpperCase().replace(/\s+/g, "")) && column !== "order_code") {
      problems.push(`${column} looks like a passport number; the file must not carry passport numbers`);
    }
  }

  if (problems.length > 0) return { problems };
  return {
    order: { row: row.row, code, carrier, plan, surname, passportLast4: last4, arrivalDate },
    problems,
  };
}

/** Checks the header and every row; returns the orders only when no row has a problem. */
export function readOrderRows(rows: CsvRow[]): { orders: OrderRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const [header, ...body] = rows;
  if (!header) return { orders: [], errors: [{ row: 1, message: "the file is empty" }] };
  const index = readHeader(header, errors);
  if (!index) return { orders: [], errors };
  if (body.length === 0) return { orders: [], errors: [{ row: header.row, message: "the file has no orders" }] };
  if (body.length > MAX_ORDER_ROWS) {
    return { orders: [], errors: [{ row: header.row, message: `more than ${MAX_ORDER_ROWS} orders in one file` }] };
  }

  const orders: OrderRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of body) {
    const { order, problems } = checkRow(row, index);
    for (const message of problems) errors.push({ row: row.row, message });
    if (!order) continue;
    const first = firstRowOf.get(order.code);
    if (first !== undefined) {
      errors.push({ row: row.row, message: `order code ${order.code} already appears in row ${first}` });
      continue;
    }
    firstRowOf.set(order.code, row.row);
    orders.push(order);
  }
  return { orders, errors };
}
