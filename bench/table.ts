/** The bench table: each row judged against its budget, then printed in aligned columns. */
import type { BenchRow } from "./types";

export interface JudgedRow extends BenchRow {
  ratio: number | null;
  pass: boolean | null;
}

/** "max": value ≤ budget. "ratio-max": value / baseline ≤ budget. "info": no verdict. */
export function judge(input: BenchRow): JudgedRow {
  const ratio = input.baseline && input.baseline.value > 0 ? input.value / input.baseline.value : null;
  let pass: boolean | null = null;
  if (input.kind === "max" && input.budget !== null) pass = Number.isFinite(input.value) && input.value <= input.budget;
  if (input.kind === "ratio-max" && input.budget !== null) pass = ratio !== null && ratio <= input.budget;
  return { ...input, ratio, pass };
}

function figure(value: number): string {
  if (!Number.isFinite(value)) return "—";
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(value === 0 ? 0 : 3).replace(/0+$/, "").replace(/\.$/, "");
}

function budgetText(judged: JudgedRow): string {
  if (judged.budget === null) return "—";
  if (judged.kind === "ratio-max") return `≤ ×${figure(judged.budget)} of baseline`;
  return `≤ ${figure(judged.budget)} ${judged.unit}`;
}

function ratioText(judged: JudgedRow): string {
  if (!judged.baseline) return "—";
  const ratio = judged.ratio === null ? "—" : `×${judged.ratio.toFixed(2)}`;
  return `${ratio} (${judged.baseline.name} ${figure(judged.baseline.value)} ${judged.unit})`;
}

export function formatTable(rows: JudgedRow[]): string {
  const header = ["row", "value", "unit", "budget", "ratio / baseline", "result"];
  const lines = rows.map((judged) => [
    judged.name,
    figure(judged.value),
    judged.unit,
    budgetText(judged),
    ratioText(judged),
    judged.pass === null ? "info" : judged.pass ? "pass" : "FAIL",
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] ?? "").length)));
  const render = (cells: string[]): string => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  const rule = `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`;
  const notes = rows.filter((judged) => judged.note).map((judged) => `  - ${judged.name}: ${judged.note}`);
  return [render(header), rule, ...lines.map(render), "", "Notes:", ...notes].join("\n");
}
