/** One row of `npm run bench`: a measured figure next to its budget. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The budget from design §8, in the same unit; null where the row is informational. */
  budget: number | null;
  /** How the value compares with the budget: "max" means value must be at most budget. */
  kind: "max" | "ratio-max" | "info";
  /** A baseline measured in the same run, where the budget is a ratio or for context. */
  baseline?: { name: string; value: number };
  note?: string;
}
