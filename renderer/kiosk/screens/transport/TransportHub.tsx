import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BusRouteView, KbCategory, RailHubView, StationSummary, TransportGuide } from "../../../../main/api/contract";
import { ErrorNotice, Loading, TopBar } from "../../components/Chrome";
import { Icon } from "../../components/Icon";
import { OnScreenKeyboard } from "../../components/keyboard/OnScreenKeyboard";
import type { LayoutId } from "../../components/keyboard/layouts";
import { useKiosk } from "../../context";
import { formatAsOf } from "../../format";
import { useApiCall, type Loadable } from "../../use-api";
import { EntryList } from "../EntryList";
import { LineBadge, LineList, StationLabel, stationName } from "./parts";
import "./transport.css";

const TYPING_PAUSE_MS = 150;
const QUERY_MAX_CHARS = 60;
const ANSWER_CATEGORIES: KbCategory[] = ["transport", "airport"];

function useStationSearch(query: string): Loadable<StationSummary[]> | undefined {
  const { api } = useKiosk();
  const [settled, setSettled] = useState(query);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(query), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const result = useApiCall(() => api.searchStations({ query: settled, limit: 8 }), [settled]);
  return settled.trim() === "" ? undefined : result;
}

function StationButton({ station, label }: { station: StationSummary; label?: string }): React.JSX.Element {
  const { open, lang } = useKiosk();
  return (
    <button type="button" className="station-button" onClick={() => open({ name: "journey", to: station.id })}>
      <span className="station-button-text">
        {label ? <span className="station-area">{label}</span> : null}
        <StationLabel station={station} lang={lang} />
        <LineList station={station} lang={lang} />
      </span>
      <Icon name="chevron" className="flip-rtl" />
    </button>
  );
}

function StationSearch(): React.JSX.Element {
  const { t } = useTranslation("transport");
  const { lang } = useKiosk();
  const [query, setQuery] = useState("");
  const [keyboard, setKeyboard] = useState(false);
  const results = useStationSearch(query);
  const layouts: LayoutId[] = lang === "zh-Hans" ? ["pinyin", "latin"] : ["latin"];
  return (
    <section className="transport-search" aria-labelledby="transport-search-title">
      <h2 id="transport-search-title" className="transport-heading">
        {t("search.heading")}
      </h2>
      <div className="transport-search-row">
        <label className="search-field">
          <span className="visually-hidden">{t("search.label")}</span>
          <Icon name="search" />
          <input
            type="search"
            value={query}
            maxLength={QUERY_MAX_CHARS}
            placeholder={t("search.placeholder")}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setQuery(event.target.value)}
          />
          {query !== "" ? (
            <button type="button" className="search-clear" aria-label={t("search.clear")} onClick={() => setQuery("")}>
              ×
            </button>
          ) : null}
        </label>
        <button type="button" className="button-secondary keyboard-toggle" aria-pressed={keyboard} onClick={() => setKeyboard(!keyboard)}>
          {keyboard ? t("search.hideKeyboard") : t("search.showKeyboard")}
        </button>
      </div>
      {keyboard ? <OnScreenKeyboard value={query} onChange={setQuery} maxLength={QUERY_MAX_CHARS} layouts={layouts} /> : null}
      {results?.state === "loading" ? <Loading /> : null}
      {results?.state === "failed" ? <ErrorNotice code={results.error.code} /> : null}
      {results?.state === "ready" && results.value.length === 0 ? (
        <p className="notice" role="status">
          {t("search.none", { query: query.trim() })}
        </p>
      ) : null}
      {results?.state === "ready" && results.value.length > 0 ? (
        <ul className="station-results" aria-live="polite" aria-label={t("search.label")}>
          {results.value.map((station) => (
            <li key={station.id}>
              <StationButton station={station} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function Popular({ guide }: { guide: TransportGuide }): React.JSX.Element {
  const { t } = useTranslation("transport");
  return (
    <section aria-labelledby="transport-popular">
      <h2 id="transport-popular" className="section-title">
        {t("hub.popular")}
      </h2>
      <ul className="popular-grid">
        {guide.popular.map((item) => (
          <li key={item.station.id}>
            <StationButton
              station={item.station}
              {...(item.key === "jiefangbei-hongyadong" ? { label: t("popular.jiefangbei-hongyadong") } : {})}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function FirstLastTrains({ guide, lineId }: { guide: TransportGuide; lineId?: string }): React.JSX.Element | null {
  const { t } = useTranslation("transport");
  const { lang } = useKiosk();
  const rows = guide.firstLastTrains.filter((row) => lineId === undefined || row.line.id === lineId);
  if (rows.length === 0) return null;
  return (
    <section className="first-last" aria-labelledby="transport-first-last">
      <h2 id="transport-first-last" className="section-title">
        {t("hub.firstLast")}
      </h2>
      <table className="first-last-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t("search.label")}</span>
            </th>
            <th scope="col">{t("hub.first")}</th>
            <th scope="col">{t("hub.last")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.line.id}-${row.toward.id}`}>
              <th scope="row">
                <LineBadge line={row.line} lang={lang} />{" "}
                <span className="first-last-toward">{t("journey.toward", { station: stationName(row.toward, lang) })}</span>
              </th>
              <td dir="ltr">{row.first}</td>
              <td dir="ltr">{row.last}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="transport-small">{t("hub.timetable")}</p>
    </section>
  );
}

function Sources({ sources }: { sources: BusRouteView["sources"] }): React.JSX.Element | null {
  const { t } = useTranslation("transport");
  if (sources.length === 0) return null;
  return (
    <p className="transport-small">
      {t("sources")}: <span lang="en">{sources.map((source) => source.publisher).join(" · ")}</span>
    </p>
  );
}

function RailHub({ hub }: { hub: RailHubView }): React.JSX.Element {
  const { t } = useTranslation("transport");
  const { open, lang } = useKiosk();
  return (
    <li className="transport-card">
      <h3 className="transport-card-title">
        <span lang={hub.name.shownIn}>{hub.name.text}</span>
        {hub.name.text !== hub.nameZh ? (
          <span className="station-zh" lang="zh-Hans">
            {hub.nameZh}
          </span>
        ) : null}
      </h3>
      <p lang={hub.description.shownIn}>{hub.description.text}</p>
      <p className="hub-station">
        <Icon name="metro" />
        <StationLabel station={hub.station} lang={lang} />
        <LineList station={hub.station} lang={lang} />
      </p>
      <div className="card-actions">
        <button type="button" className="button-primary" onClick={() => open({ name: "journey", to: hub.station.id })}>
          {t("action.route")}
        </button>
        {hub.entryId ? (
          <button type="button" className="button-secondary" onClick={() => open({ name: "answer", id: hub.entryId ?? "" })}>
            {t("action.more")}
          </button>
        ) : null}
      </div>
      <Sources sources={hub.sources} />
    </li>
  );
}

function BusRoute({ route }: { route: BusRouteView }): React.JSX.Element {
  const { t, i18n } = useTranslation("transport");
  return (
    <li className="transport-card">
      <h3 className="transport-card-title" lang={route.name.shownIn}>
        {route.name.text}
      </h3>
      <ol className="bus-stops" aria-label={t("bus.stops")}>
        {route.stops.map((stop, index) => (
          <li key={`${index}-${stop.nameZh}`}>
            <span lang={stop.name.shownIn}>{stop.name.text}</span>
            {stop.name.text !== stop.nameZh ? (
              <span className="station-zh" lang="zh-Hans">
                {stop.nameZh}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      <dl className="bus-facts">
        {route.fare ? (
          <div>
            <dt>{t("bus.fare")}</dt>
            <dd dir="ltr">{route.fare}</dd>
          </div>
        ) : null}
        {route.hours ? (
          <div>
            <dt>{t("bus.hours")}</dt>
            <dd dir="ltr">{route.hours}</dd>
          </div>
        ) : null}
      </dl>
      <p className="transport-small">{t("bus.asOf", { date: formatAsOf(route.asOf, i18n.language) })}</p>
      <Sources sources={route.sources} />
    </li>
  );
}

function Answers({ category }: { category: KbCategory }): React.JSX.Element | null {
  const { t } = useTranslation();
  const { api, lang } = useKiosk();
  const entries = useApiCall(() => api.listEntries({ lang, category }), [lang, category]);
  if (entries.state === "loading") return <Loading />;
  if (entries.state === "failed") return <ErrorNotice code={entries.error.code} />;
  if (entries.value.length === 0) return null;
  const title = t(`categories.${category}`);
  return (
    <section className="topic-section">
      <h3 className="section-subtitle">{title}</h3>
      <EntryList entries={entries.value} label={title} />
    </section>
  );
}

function Guide({ guide }: { guide: TransportGuide }): React.JSX.Element {
  const { t } = useTranslation("transport");
  const { lang } = useKiosk();
  return (
    <>
      <p className="kiosk-here">
        <Icon name="metro" />
        <span>{t("hub.here", { station: stationName(guide.kioskStation, lang) })}</span>
        <LineList station={guide.kioskStation} lang={lang} />
      </p>
      <Popular guide={guide} />
      <FirstLastTrains guide={guide} />
      {guide.railHubs.length > 0 ? (
        <section aria-labelledby="transport-rail">
          <h2 id="transport-rail" className="section-title">
            {t("hub.railHubs")}
          </h2>
          <ul className="transport-cards">
            {guide.railHubs.map((hub) => (
              <RailHub key={hub.id} hub={hub} />
            ))}
          </ul>
        </section>
      ) : null}
      {guide.buses.length > 0 ? (
        <section aria-labelledby="transport-buses">
          <h2 id="transport-buses" className="section-title">
            {t("hub.buses")}
          </h2>
          {guide.busNote ? (
            <p className="notice notice-caution" lang={guide.busNote.shownIn}>
              {guide.busNote.text}
            </p>
          ) : null}
          <ul className="transport-cards">
            {guide.buses.map((route) => (
              <BusRoute key={route.id} route={route} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** The Transport tile: where to, one-tap destinations, trains here, rail hubs, buses, answers. */
export function TransportHub(): React.JSX.Element {
  const { t } = useTranslation("transport");
  const { api, lang } = useKiosk();
  const guide = useApiCall(() => api.getTransportGuide({ lang }), [lang]);
  return (
    <>
      <TopBar title={t("title")} />
      <main className="screen transport">
        <StationSearch />
        {guide.state === "loading" ? <Loading /> : null}
        {guide.state === "failed" ? <ErrorNotice code={guide.error.code} /> : null}
        {guide.state === "ready" ? <Guide guide={guide.value} /> : null}
        <section aria-labelledby="transport-answers">
          <h2 id="transport-answers" className="section-title">
            {t("hub.answers")}
          </h2>
          {ANSWER_CATEGORIES.map((category) => (
            <Answers key={category} category={category} />
          ))}
        </section>
      </main>
    </>
  );
}
