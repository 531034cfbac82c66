import type { PhoneItem } from "../../main/api/handoff-payload";
import type { PhoneMetro } from "./content";
import { Around, SLOT, usePhone } from "./context";
import { mapLinks, placeQuery } from "./maps";
import { MapLinks } from "./PlaceView";

type Journey = Extract<PhoneItem, { kind: "journey" }>;

function StationName({ station }: { station: PhoneMetro["stations"][number] | undefined }): React.JSX.Element {
  const { lang } = usePhone();
  if (!station) return <bdi>?</bdi>;
  if (lang === "zh-Hans" || !station.en) return <bdi lang="zh-Hans">{station.zh}</bdi>;
  return (
    <bdi className="station">
      <span lang="en">{station.en}</span> <span lang="zh-Hans" className="station-zh">{station.zh}</span>
    </bdi>
  );
}

/** The legs of the metro journey the kiosk planned, each in its line's colour. */
export function JourneyView({ journey, metro }: { journey: Journey; metro: PhoneMetro }): React.JSX.Element {
  const { t, lang } = usePhone();
  const from = metro.stations[journey.legs[0]?.board ?? -1];
  const to = metro.stations[journey.legs.at(-1)?.alight ?? -1];
  return (
    <article className="card" aria-labelledby="journey-title">
      <h1 id="journey-title">{t("journey.title")}</h1>
      <p className="journey-ends">
        <span>
          <StationName station={from} />
        </span>
        <span aria-hidden="true" className="journey-arrow">
          ↓
        </span>
        <span>
          <StationName station={to} />
        </span>
      </p>
      <p className="journey-facts">
        <span>{t("journey.total", { minutes: journey.minutes })}</span>
        <span>{t("journey.changes", { count: Math.max(0, journey.legs.length - 1) })}</span>
        {journey.fare ? <span>{t(journey.fare.kind === "official" ? "journey.fare" : "journey.fareEstimated", { yuan: journey.fare.yuan })}</span> : null}
      </p>
      <ol className="legs">
        {journey.legs.map((leg, index) => {
          const line = metro.lines[leg.line];
          return (
            <li key={index} className="leg">
              <svg className="leg-bar" viewBox="0 0 12 100" preserveAspectRatio="none" aria-hidden="true">
                <rect width="12" height="100" rx="6" fill={line?.color ?? "#666666"} />
              </svg>
              <div className="leg-body">
                <p className="leg-line">
                  <strong lang={lang === "zh-Hans" || !line?.en ? "zh-Hans" : "en"}>{lang === "zh-Hans" ? line?.zh : (line?.en ?? line?.zh)}</strong>{" "}
                  <Around text={t("journey.toward", { station: SLOT })}>
                    <StationName station={metro.stations[leg.toward]} />
                  </Around>
                  {leg.sense ? <span> ({t(leg.sense === "clockwise" ? "journey.clockwise" : "journey.anticlockwise")})</span> : null}
                </p>
                <p>
                  <span className="leg-label">{t("journey.board")}</span> <StationName station={metro.stations[leg.board]} />
                </p>
                <p className="leg-ride">{t("journey.ride", { count: leg.stops, minutes: leg.minutes })}</p>
                <p>
                  <span className="leg-label">{t("journey.alight")}</span> <StationName station={metro.stations[leg.alight]} />
                </p>
              </div>
            </li>
          );
        })}
      </ol>
      {to ? (
        <section aria-label={t("journey.destination")}>
          <MapLinks links={mapLinks(placeQuery(to.zh, true))} />
        </section>
      ) : null}
    </article>
  );
}
