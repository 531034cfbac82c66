import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AttractionSummary, EventInfo, TourRoute } from "../../../../main/api/contract";
import { ErrorNotice, Loading, TopBar } from "../../components/Chrome";
import { useKiosk } from "../../context";
import { useApiCall } from "../../use-api";
import { EntryList } from "../EntryList";
import { FallbackNote, SourceList } from "./parts";
import "./tourism.css";

const TABS = ["attractions", "routes", "events", "city"] as const;
type Tab = (typeof TABS)[number];

function AttractionGrid({ attractions }: { attractions: AttractionSummary[] }): React.JSX.Element {
  const { t } = useTranslation("tourism");
  const { open } = useKiosk();
  return (
    <ul className="attraction-grid" aria-label={t("grid.label")}>
      {attractions.map((attraction) => (
        <li key={attraction.id}>
          <button type="button" className="attraction-card" onClick={() => open({ name: "attraction", id: attraction.id })}>
            {attraction.image ? (
              <img className="attraction-image" src={attraction.image} alt="" width={320} height={240} />
            ) : null}
            <span className="attraction-card-text">
              <span className="attraction-name" lang={attraction.name.shownIn} dir="auto">
                {attraction.name.text}
              </span>
              {attraction.name.shownIn !== "zh-Hans" ? (
                <span className="attraction-name-zh" lang="zh-Hans">
                  {attraction.nameZh}
                </span>
              ) : null}
              <span className="attraction-district" lang={attraction.district.shownIn} dir="auto">
                {attraction.district.text}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function Attractions(): React.JSX.Element {
  const { api, lang } = useKiosk();
  const attractions = useApiCall(() => api.listAttractions({ lang }), [lang]);
  if (attractions.state === "loading") return <Loading />;
  if (attractions.state === "failed") return <ErrorNotice code={attractions.error.code} />;
  return <AttractionGrid attractions={attractions.value} />;
}

function RouteCard({ route }: { route: TourRoute }): React.JSX.Element {
  const { t } = useTranslation("tourism");
  const { open, lang } = useKiosk();
  return (
    <article className="tourism-card" aria-labelledby={`route-${route.id}`}>
      <h3 id={`route-${route.id}`} className="tourism-card-title" lang={route.name.shownIn} dir="auto">
        {route.name.text}
      </h3>
      <p className="tourism-badges">
        <span className="tourism-badge">{route.kind === "official" ? t("routes.official") : t("routes.itinerary")}</span>
        {route.days !== null ? <span className="tourism-badge">{t("routes.days", { count: route.days })}</span> : null}
      </p>
      <h4 className="tourism-subtitle">{t("routes.stops")}</h4>
      <ol className="route-stops">
        {route.stops.map((stop, index) => (
          <li key={`${route.id}-${index}`}>
            {stop.attractionId ? (
              <button type="button" className="route-stop-button" onClick={() => open({ name: "attraction", id: stop.attractionId ?? "" })}>
                <span lang={stop.name.shownIn} dir="auto">{stop.name.text}</span>
                <span className="route-stop-open">{t("routes.open")}</span>
              </button>
            ) : (
              <span className="route-stop" lang={stop.name.shownIn} dir="auto">
                {stop.name.text}
              </span>
            )}
          </li>
        ))}
      </ol>
      <FallbackNote text={route.description} wanted={lang} />
      <p className="tourism-text" lang={route.description.shownIn} dir="auto">
        {route.description.text}
      </p>
      <SourceList sources={route.sources} />
    </article>
  );
}

function Routes(): React.JSX.Element {
  const { t } = useTranslation("tourism");
  const { api, lang } = useKiosk();
  const routes = useApiCall(() => api.listTourRoutes({ lang }), [lang]);
  return (
    <>
      <p className="notice">{t("routes.intro")}</p>
      {routes.state === "loading" ? <Loading /> : null}
      {routes.state === "failed" ? <ErrorNotice code={routes.error.code} /> : null}
      {routes.state === "ready" ? routes.value.map((route) => <RouteCard key={route.id} route={route} />) : null}
    </>
  );
}

function EventCard({ event }: { event: EventInfo }): React.JSX.Element {
  const { t } = useTranslation("tourism");
  const { open, lang } = useKiosk();
  return (
    <article className="tourism-card" aria-labelledby={`event-${event.id}`}>
      <h3 id={`event-${event.id}`} className="tourism-card-title" lang={event.name.shownIn} dir="auto">
        {event.name.text}
      </h3>
      <FallbackNote text={event.description} wanted={lang} />
      <dl className="event-facts">
        <dt>{t("events.when")}</dt>
        <dd lang={event.when.shownIn} dir="auto">{event.when.text}</dd>
        <dt>{t("events.where")}</dt>
        <dd lang={event.where.shownIn} dir="auto">{event.where.text}</dd>
      </dl>
      <p className="tourism-text" lang={event.description.shownIn} dir="auto">
        {event.description.text}
      </p>
      {event.attractionId ? (
        <div className="card-actions">
          <button type="button" className="button-secondary" onClick={() => open({ name: "attraction", id: event.attractionId ?? "" })}>
            {t("routes.open")}
          </button>
        </div>
      ) : null}
      <SourceList sources={event.sources} />
    </article>
  );
}

function Events(): React.JSX.Element {
  const { t } = useTranslation("tourism");
  const { api, lang } = useKiosk();
  const events = useApiCall(() => api.listEvents({ lang }), [lang]);
  return (
    <>
      <p className="notice">{t("events.intro")}</p>
      {events.state === "loading" ? <Loading /> : null}
      {events.state === "failed" ? <ErrorNotice code={events.error.code} /> : null}
      {events.state === "ready" ? events.value.map((event) => <EventCard key={event.id} event={event} />) : null}
    </>
  );
}

function CityGuide(): React.JSX.Element {
  const { t } = useTranslation("tourism");
  const { api, lang } = useKiosk();
  const entries = useApiCall(() => api.listEntries({ lang, category: "city" }), [lang]);
  if (entries.state === "loading") return <Loading />;
  if (entries.state === "failed") return <ErrorNotice code={entries.error.code} />;
  if (entries.value.length === 0) return <p className="notice">{t("empty")}</p>;
  return <EntryList entries={entries.value} label={t("city.title")} />;
}

/** The culture-and-tourism tile: attractions, tour routes, events and the city answers. */
export function TourismScreen(): React.JSX.Element {
  const { t } = useTranslation("tourism");
  const [tab, setTab] = useState<Tab>("attractions");
  return (
    <>
      <TopBar title={t("title")} />
      <main className="screen tourism">
        <div className="tourism-tabs" role="tablist" aria-label={t("tabs.label")}>
          {TABS.map((item) => (
            <button
              key={item}
              type="button"
              role="tab"
              id={`tourism-tab-${item}`}
              aria-selected={tab === item}
              aria-controls="tourism-panel"
              className={tab === item ? "tourism-tab tourism-tab-active" : "tourism-tab"}
              onClick={() => setTab(item)}
            >
              {t(`tabs.${item}`)}
            </button>
          ))}
        </div>
        <section id="tourism-panel" role="tabpanel" aria-labelledby={`tourism-tab-${tab}`}>
          {tab === "attractions" ? <Attractions /> : null}
          {tab === "routes" ? <Routes /> : null}
          {tab === "events" ? <Events /> : null}
          {tab === "city" ? <CityGuide /> : null}
        </section>
      </main>
    </>
  );
}
