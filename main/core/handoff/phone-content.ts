import type Database from "better-sqlite3";
import type { Lang, PhoneAnswer, PhoneAttraction, PhoneContent, PhoneMetro } from "../../api/contract";
import { createInquiryService, type FactLookup } from "../inquiry";
import { createTourismService } from "../tourism/service";

/** Station and line ids to their position in the content version's metro table. */
export interface MetroIndex {
  station(id: string): number | undefined;
  line(id: string): number | undefined;
  table: PhoneMetro;
}

interface MetroDocument {
  lines: { id: string; name_zh: string; name_en: string | null; color: string }[];
  stations: { id: string; name_zh: string; name_en: string | null }[];
}

export function readMetroIndex(db: Database.Database): MetroIndex {
  const row = db.prepare("SELECT json FROM document WHERE name = 'metro'").get() as { json: string } | undefined;
  const metro = row ? (JSON.parse(row.json) as MetroDocument) : { lines: [], stations: [] };
  const stations = new Map(metro.stations.map((station, index) => [station.id, index]));
  const lines = new Map(metro.lines.map((line, index) => [line.id, index]));
  return {
    station: (id) => stations.get(id),
    line: (id) => lines.get(id),
    table: {
      lines: metro.lines.map((line) => ({ zh: line.name_zh, en: line.name_en, color: line.color })),
      stations: metro.stations.map((station) => ({ zh: station.name_zh, en: station.name_en })),
    },
  };
}

export function buildPhoneContent(db: Database.Database, facts: FactLookup, version: string, lang: Lang): PhoneContent {
  const inquiry = createInquiryService(db, facts);
  const ids = (db.prepare("SELECT id FROM kb_entry ORDER BY category, position").all() as { id: string }[]).map((row) => row.id);
  const answers: Record<string, PhoneAnswer> = {};
  for (const id of ids) {
    const entry = inquiry.getEntry(lang, id);
    if (!entry) continue;
    answers[id] = {
      title: entry.title.text,
      shownIn: entry.shownIn,
      body: entry.body,
      phones: entry.phones,
      sources: entry.sources.map(({ publisher, title, url, date }) => ({ publisher, title, url, date })),
      reviewed: entry.reviewed,
    };
  }
  const tourism = createTourismService(db);
  const attractions: Record<string, PhoneAttraction> = {};
  for (const summary of tourism.listAttractions(lang)) {
    const attraction = tourism.getAttraction(lang, summary.id);
    if (!attraction) continue;
    attractions[attraction.id] = {
      name: attraction.name,
      nameZh: attraction.nameZh,
      addressZh: attraction.addressZh,
      description: attraction.description,
      hours: attraction.hours,
    };
  }
  return { format: 1, version, lang, answers, attractions, metro: readMetroIndex(db).table };
}
