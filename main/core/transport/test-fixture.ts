/** Test helper: loads the metro JSON shipped in content/metro (never ../shared). */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { MetroNetwork } from "./network";
import { parseMetroNetwork } from "./network";

export const METRO_JSON_PATH = fileURLToPath(new URL("../../../content/metro/chongqing-metro.json", import.meta.url));

/** A fresh deep copy of the raw JSON, safe to mutate in a test. */
export function loadRawNetwork(): Record<string, unknown> {
  return JSON.parse(readFileSync(METRO_JSON_PATH, "utf8")) as Record<string, unknown>;
}

export function loadNetwork(): MetroNetwork {
  const result = parseMetroNetwork(loadRawNetwork());
  if (!result.ok) throw new Error(`metro data invalid: ${JSON.stringify(result.errors.slice(0, 5))}`);
  return result.network;
}
