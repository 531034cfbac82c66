import type Database from "better-sqlite3";
import { pinyin } from "pinyin-pro";
import { foldLatin } from "./station-search";

/**
 * Travellers ask for landmarks ("Hongyadong", "解放碑") more often than for the stations that
 * serve them. Every attraction in the pack that names its nearest station makes its names a way
 * to find that station: the English name, the Chinese name, its pinyin and its id.
 */
export type LandmarkLookup = (query: string) => string[];

const MIN_LATIN = 3;

interface LandmarkKeys {
  stationId: string;
  latin: string[];
  zh: string;
}

export function createLandmarkLookup(db: Database.Database): LandmarkLookup {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attraction'").get() !== undefined;
  if (!hasTable) return () => [];
  const rows = db
    .prepare("SELECT id, name_zh, station_id, json FROM attraction WHERE station_id IS NOT NULL")
    .all() as { id: string; name_zh: string; station_id: string; json: string }[];
  const landmarks: LandmarkKeys[] = rows.map((row) => {
    const english = (JSON.parse(row.json) as { name?: { en?: string } }).name?.en ?? "";
    const py = pinyin(row.name_zh, { toneType: "none", type: "array", nonZh: "removed" }).join("");
    return {
      stationId: row.station_id,
      latin: [foldLatin(english), foldLatin(py), foldLatin(row.id)].filter((key) => key !== ""),
      zh: row.name_zh,
    };
  });

  return (query) => {
    const latin = foldLatin(query);
    const han = query.replace(/[^\p{Script=Han}]/gu, "");
    const found: string[] = [];
    for (const landmark of landmarks) {
      const byLatin = latin.length >= MIN_LATIN && landmark.latin.some((key) => key.startsWith(latin));
      const byHan = han.length >= 2 && landmark.zh.includes(han);
      if ((byLatin || byHan) && !found.includes(landmark.stationId)) found.push(landmark.stationId);
    }
    return found;
  };
}
