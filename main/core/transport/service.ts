/**
 * The transport service: the metro planner, station search, taxi cards and the transport
 * guide (airport buses, rail hubs, first and last trains), all read from content.db once at
 * start. Everything it returns is shaped for the screens (main/api/methods/transport.ts).
 */
import type Database from "better-sqlite3";
import { customPinyin, pinyin } from "pinyin-pro";
import type { Lang, Localized, SourceRef } from "../../api/contract";
import type {
  BusRouteView,
  FareView,
  JourneyPlan,
  JourneyView,
  LineRef,
  PopularDestination,
  RailHubView,
  StationRefView,
  StationSummary,
  TaxiCard,
  TaxiTarget,
  TransportGuide,
} from "../../api/methods/transport";
import type { LocalizedText } from "../../content/schema";
import { TRANSPORT_DOCUMENT, type TransportContent } from "../../content/transport-schema";
import { fallbackChain } from "../localize";
import type { Journey } from "./journey";
import type { MetroNetwork } from "./network";
import { parseMetroNetwork } from "./network";
import { createPlanner, type Planner } from "./planner";
import { createLandmarkLookup } from "./landmarks";
import { createStationSearch, type StationSearch } from "./station-search";

/** The metro station inside each terminal. */
export const TERMINAL_STATIONS = {
  T2: "terminal-2-of-jiangbei-airport",
  T3: "terminal-3-of-jiangbei-airport",
} as const;

/**
 * One-tap destinations. `jiefangbei-hongyadong`: both are reached from 小什字 Xiaoshizi
 * (content-facts §5, the routes named by the sources end there).
 */
export const POPULAR_DESTINATIONS: readonly { key: string; station: string }[] = [
  { key: "jiefangbei-hongyadong", station: "xiaoshizi" },
  { key: "station", station: "jiaochangkou" },
  { key: "station", station: "chaotianmen" },
  { key: "station", station: "guanyinqiao" },
  { key: "station", station: "liziba" },
  { key: "station", station: "ciqikou" },
  { key: "station", station: "south-square-of-chongqingbei-railway-station" },
  { key: "station", station: "chongqing-west-station" },
  { key: "station", station: "chongqingdong-railway-station" },
  { key: "station", station: "shapingba" },
];

/** "Hello, please take me to:" for the driver. */
export const DRIVER_REQUEST_ZH = "师傅您好，请送我到：";
export const STATION_KIND_ZH = "轨道交通站";

/**
 * Readings pinyin-pro gets wrong for station names (checked against the operator's own
 * romanisation in the network's English names).
 */
const PINYIN_FIXES: Record<string, string> = {
  小什字: "xiǎo shí zì",
  弹子石: "dàn zǐ shí",
  曾家岩: "zēng jiā yán",
};
customPinyin(PINYIN_FIXES);

/** Toneless pinyin with spaces: "xiao shi zi". */
export function plainPinyin(zh: string): string {
  return pinyin(zh, { toneType: "none", type: "array", nonZh: "consecutive" }).join(" ").toLowerCase();
}

/** Pinyin with tone marks, each syllable capitalised: "Xiǎo Shí Zì". */
export function tonedPinyin(zh: string): string {
  return pinyin(zh, { type: "array", nonZh: "consecutive" })
    .map((syllable) => syllable.charAt(0).toUpperCase() + syllable.slice(1))
    .join(" ");
}

export type TransportFailure = { code: "not_found" | "unavailable"; message: string };

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: TransportFailure };

export interface TransportService {
  searchStations(query: string, limit: number): StationSummary[];
  /** From the kiosk's station unless `from` is given. */
  planJourney(to: string, from?: string): Outcome<JourneyPlan>;
  taxiCard(lang: Lang, target: TaxiTarget): Outcome<TaxiCard>;
  guide(lang: Lang): Outcome<TransportGuide>;
}

export interface TransportServiceOptions {
  contentDb: Database.Database;
  terminal: () => "T2" | "T3";
}

function localize(text: LocalizedText | null | undefined, lang: Lang): Localized {
  if (!text) return { text: "", shownIn: lang };
  for (const candidate of fallbackChain(lang)) {
    const value = text[candidate];
    if (value) return { text: value, shownIn: candidate };
  }
  return { text: text.en, shownIn: "en" };
}

interface AttractionRow {
  id: string;
  name_zh: string;
  address_zh: string | null;
  station_id: string | null;
  json: string;
}

/** The traveller's-language name of an attraction, read leniently from its JSON. */
function attractionName(json: string, lang: Lang): Localized | null {
  try {
    const data = JSON.parse(json) as { name?: unknown };
    const name = data.name;
    if (typeof name !== "object" || name === null) return null;
    const texts = name as Record<string, unknown>;
    for (const candidate of fallbackChain(lang)) {
      const value = texts[candidate];
      if (typeof value === "string" && value !== "") return { text: value, shownIn: candidate };
    }
  } catch {
    return null;
  }
  return null;
}

function readDocument(db: Database.Database, name: string): unknown {
  const row = db.prepare("SELECT json FROM document WHERE name = ?").get(name) as { json: string } | undefined;
  return row ? (JSON.parse(row.json) as unknown) : undefined;
}

/**
 * Builds the service. A content database without a valid metro network gives a service that
 * answers "unavailable" to every call rather than stopping the kiosk.
 */
export function createTransportService(options: TransportServiceOptions): TransportService {
  const { contentDb } = options;
  const parsed = parseMetroNetwork(readDocument(contentDb, "metro"));
  if (!parsed.ok) {
    const error: TransportFailure = {
      code: "unavailable",
      message: `the metro network in the content pack is not valid (${parsed.errors[0]?.path ?? ""}: ${parsed.errors[0]?.message ?? ""})`,
    };
    return {
      searchStations: () => [],
      planJourney: () => ({ ok: false, error }),
      taxiCard: () => ({ ok: false, error }),
      guide: () => ({ ok: false, error }),
    };
  }
  const transport = (readDocument(contentDb, TRANSPORT_DOCUMENT) as TransportContent | undefined) ?? {
    busNote: null,
    buses: [],
    railHubs: [],
  };
  return buildService(parsed.network, transport, options);
}

function buildService(network: MetroNetwork, transport: TransportContent, options: TransportServiceOptions): TransportService {
  const { contentDb } = options;
  const planner: Planner = createPlanner(network);
  const search: StationSearch = createStationSearch(network);

  const lineRefs = new Map<string, LineRef>(
    network.lines.map((line) => [line.id, { id: line.id, nameZh: line.name_zh, nameEn: line.name_en, color: line.color }]),
  );
  const stations = new Map<string, StationRefView>(
    network.stations.map((s) => [s.id, { id: s.id, nameZh: s.name_zh, nameEn: s.name_en, pinyin: plainPinyin(s.name_zh) }]),
  );
  const linesAt = new Map<string, LineRef[]>();
  for (const line of network.lines) {
    const ref = lineRefs.get(line.id);
    if (!ref) continue;
    for (const id of line.stations) {
      const list = linesAt.get(id) ?? [];
      if (!list.some((item) => item.color === ref.color && item.nameZh === ref.nameZh)) list.push(ref);
      linesAt.set(id, list);
    }
  }
  const view = (id: string): StationRefView => stations.get(id) ?? { id, nameZh: id, nameEn: null, pinyin: "" };
  const summary = (id: string): StationSummary => ({ ...view(id), lines: linesAt.get(id) ?? [] });

  const sourceOf = contentDb.prepare("SELECT title, publisher, url, date, status FROM source WHERE id = ?");
  const sources = (ids: string[]): SourceRef[] =>
    ids.map((id) => sourceOf.get(id) as SourceRef | undefined).filter((ref): ref is SourceRef => ref !== undefined);

  const landmarks = createLandmarkLookup(contentDb);
  const hasAttractions =
    contentDb.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attraction'").get() !== undefined;
  const attractionOf = hasAttractions
    ? contentDb.prepare("SELECT id, name_zh, address_zh, station_id, json FROM attraction WHERE id = ?")
    : null;

  const fareView = (journey: Journey): FareView => {
    const fare = journey.fare;
    if (!fare || fare.kind === "unknown") return { kind: "unknown" };
    return { kind: fare.kind, yuan: fare.yuan };
  };

  const journeyView = (journey: Journey): JourneyView => ({
    from: view(journey.from.id),
    to: view(journey.to.id),
    legs: journey.legs.map((leg) => ({
      line: lineRefs.get(leg.lineId) ?? { id: leg.lineId, nameZh: leg.lineName.zh, nameEn: leg.lineName.en, color: leg.lineColor },
      direction: view(leg.direction.station.id),
      ...(leg.direction.sense ? { loopSense: leg.direction.sense } : {}),
      board: view(leg.board.id),
      alight: view(leg.alight.id),
      stops: leg.stops.map((stop) => view(stop.id)),
      minutes: leg.minutes,
    })),
    totalMinutes: journey.totalMinutes,
    transfers: journey.transfers,
    transferStations: journey.transferStations.map((station) => view(station.id)),
    fare: fareView(journey),
  });

  const kioskStation = (): string => TERMINAL_STATIONS[options.terminal()];

  const planJourney = (to: string, from?: string): Outcome<JourneyPlan> => {
    const origin = from ?? kioskStation();
    const result = planner.plan(origin, to);
    if (!result.ok) {
      const error = result.error;
      const message =
        error.code === "unknown-station"
          ? `there is no metro station with id "${error.stationId}" (${error.which})`
          : `there is no metro route from "${origin}" to "${to}"`;
      return { ok: false, error: { code: "not_found", message } };
    }
    return {
      ok: true,
      value: {
        fastest: journeyView(result.fastest),
        fewestTransfers: result.fewestTransfers ? journeyView(result.fewestTransfers) : null,
      },
    };
  };

  const taxiCard = (lang: Lang, target: TaxiTarget): Outcome<TaxiCard> => {
    if (target.kind === "station") {
      const station = stations.get(target.id);
      if (!station) return { ok: false, error: { code: "not_found", message: `there is no metro station with id "${target.id}"` } };
      const name: Localized =
        lang === "zh-Hans" || !station.nameEn ? { text: station.nameZh, shownIn: "zh-Hans" } : { text: station.nameEn, shownIn: "en" };
      return {
        ok: true,
        value: {
          target,
          requestZh: DRIVER_REQUEST_ZH,
          nameZh: station.nameZh,
          kindZh: STATION_KIND_ZH,
          addressZh: null,
          pinyin: tonedPinyin(station.nameZh),
          nameEn: station.nameEn,
          name,
          stationId: station.id,
        },
      };
    }
    const row = attractionOf?.get(target.id) as AttractionRow | undefined;
    if (!row) return { ok: false, error: { code: "not_found", message: `there is no attraction with id "${target.id}"` } };
    const english = attractionName(row.json, "en");
    const name = attractionName(row.json, lang) ?? { text: row.name_zh, shownIn: "zh-Hans" as const };
    return {
      ok: true,
      value: {
        target,
        requestZh: DRIVER_REQUEST_ZH,
        nameZh: row.name_zh,
        kindZh: null,
        addressZh: row.address_zh,
        pinyin: tonedPinyin(row.name_zh),
        nameEn: english && english.shownIn === "en" ? english.text : null,
        name,
        stationId: row.station_id !== null && stations.has(row.station_id) ? row.station_id : null,
      },
    };
  };

  const popular: PopularDestination[] = POPULAR_DESTINATIONS.filter((item) => stations.has(item.station)).map((item) => ({
    key: item.key,
    station: summary(item.station),
  }));

  const guide = (lang: Lang): Outcome<TransportGuide> => {
    const terminal = options.terminal();
    const here = TERMINAL_STATIONS[terminal];
    const buses: BusRouteView[] = transport.buses.map((route) => ({
      id: route.id,
      name: localize(route.name, lang),
      stops: route.stops.map((stop) => ({ nameZh: stop.name_zh, name: localize(stop.name, lang) })),
      fare: route.fare,
      hours: route.hours,
      asOf: route.asOf,
      sources: sources(route.sources),
    }));
    const railHubs: RailHubView[] = transport.railHubs
      .filter((hub) => stations.has(hub.station))
      .map((hub) => ({
        id: hub.id,
        nameZh: hub.name_zh,
        name: localize(hub.name, lang),
        station: summary(hub.station),
        description: localize(hub.description, lang),
        entryId: hub.entry ?? null,
        sources: sources(hub.sources),
      }));
    const firstLastTrains = network.airport_first_last
      .filter((row) => row.station === here)
      .map((row) => ({
        line: lineRefs.get(row.line) ?? { id: row.line, nameZh: row.line, nameEn: null, color: "#000000" },
        toward: view(row.toward),
        first: row.first,
        last: row.last,
      }));
    return {
      ok: true,
      value: {
        kioskStation: summary(here),
        terminal,
        popular,
        buses,
        busNote: transport.busNote ? localize(transport.busNote, lang) : null,
        railHubs,
        firstLastTrains,
      },
    };
  };

  return {
    searchStations: (query, limit) => {
      const fromLandmarks = landmarks(query);
      const fromNames = search.search(query, limit).map((match) => match.id).filter((id) => !fromLandmarks.includes(id));
      return [...fromLandmarks, ...fromNames].slice(0, limit).map(summary);
    },
    planJourney,
    taxiCard,
    guide,
  };
}
