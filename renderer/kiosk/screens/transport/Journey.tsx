import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import type { JourneyLegView, JourneyPlan, JourneyView, Lang, StationRefView } from "../../../../main/api/contract";
import { ErrorNotice, Loading, TopBar } from "../../components/Chrome";
import { ContinueOnPhone } from "../../components/ContinueOnPhone";
import { useKiosk } from "../../context";
import { useApiCall } from "../../use-api";
import { LineBadge, StationLabel, stationName } from "./parts";
import { FirstLastTrains } from "./TransportHub";
import "./transport.css";

const RAIL_WIDTH = 56;
const RAIL_X = RAIL_WIDTH / 2;
const TRACK_WIDTH = 14;

/** The strip's left column: track above and/or below the row's middle, and the stop's circle. */
function Rail({ above, below, stop }: { above?: string; below?: string; stop?: "major" | "minor" | "change" }): React.JSX.Element {
  return (
    <svg className="strip-rail" width={RAIL_WIDTH} overflow="visible" aria-hidden="true" focusable="false">
      {above ? <line x1={RAIL_X} x2={RAIL_X} y1="-4" y2="50%" stroke={above} strokeWidth={TRACK_WIDTH} /> : null}
      {below ? <line x1={RAIL_X} x2={RAIL_X} y1="50%" y2="100%" stroke={below} strokeWidth={TRACK_WIDTH} /> : null}
      {stop === "minor" ? <circle cx={RAIL_X} cy="50%" r="5" fill="#ffffff" /> : null}
      {stop === "major" ? <circle cx={RAIL_X} cy="50%" r="18" fill="#ffffff" stroke={below ?? above ?? "#0b2239"} strokeWidth="8" /> : null}
      {stop === "change" ? (
        <>
          <circle cx={RAIL_X} cy="50%" r="22" fill="#ffffff" stroke="#0b2239" strokeWidth="6" />
          <circle cx={RAIL_X} cy="50%" r="9" fill="#0b2239" />
        </>
      ) : null}
    </svg>
  );
}

function LegRow({ leg, lang }: { leg: JourneyLegView; lang: Lang }): React.JSX.Element {
  const { t } = useTranslation("transport");
  const [showStops, setShowStops] = useState(false);
  const color = leg.line.color;
  const towards = stationName(leg.direction, lang);
  const direction = leg.loopSense
    ? t("journey.loopToward", { sense: t(`journey.${leg.loopSense}`), station: towards })
    : t("journey.toward", { station: towards });
  const between = leg.stops.slice(1, -1);
  return (
    <>
      <li className="strip-row strip-leg">
        <Rail above={color} below={color} />
        <div className="strip-text">
          <p className="leg-line">
            <LineBadge line={leg.line} lang={lang} />
            <span className="leg-direction">{direction}</span>
          </p>
          <p className="leg-facts">
            {t("journey.stops", { count: leg.stops.length - 1 })} · {t("journey.minutes", { minutes: leg.minutes })}
          </p>
          {between.length > 0 ? (
            <button type="button" className="button-secondary leg-toggle" aria-expanded={showStops} onClick={() => setShowStops(!showStops)}>
              {showStops ? t("journey.hideStops") : t("journey.showStops")}
            </button>
          ) : null}
        </div>
      </li>
      {showStops
        ? between.map((stop) => (
            <li key={stop.id} className="strip-row strip-minor">
              <Rail above={color} below={color} stop="minor" />
              <div className="strip-text">
                <StationLabel station={stop} lang={lang} className="station-small" />
              </div>
            </li>
          ))
        : null}
    </>
  );
}

function StopRow({
  label,
  station,
  next,
  above,
  below,
  change,
}: {
  label: string;
  station: StationRefView;
  next?: StationRefView;
  above?: string;
  below?: string;
  change?: boolean;
}): React.JSX.Element {
  const { lang } = useKiosk();
  return (
    <li className={change ? "strip-row strip-stop strip-change" : "strip-row strip-stop"}>
      <Rail {...(above ? { above } : {})} {...(below ? { below } : {})} stop={change ? "change" : "major"} />
      <div className="strip-text">
        <span className="strip-label">{label}</span>
        <StationLabel station={station} lang={lang} className="station-large" />
        {next && next.id !== station.id ? <StationLabel station={next} lang={lang} className="station-large" /> : null}
      </div>
    </li>
  );
}

/** The journey as a vertical strip: one coloured track per leg, a ringed circle at each change. */
export function StripDiagram({ journey }: { journey: JourneyView }): React.JSX.Element {
  const { t } = useTranslation("transport");
  const { lang } = useKiosk();
  const legs = journey.legs;
  return (
    <ol className="strip" aria-label={t("journey.title")}>
      {legs.map((leg, index) => {
        const next = legs[index + 1];
        return (
          <Fragment key={`${leg.line.id}-${leg.board.id}`}>
            {index === 0 ? <StopRow label={t("journey.board")} station={leg.board} below={leg.line.color} /> : null}
            <LegRow leg={leg} lang={lang} />
            {next ? (
              <StopRow
                label={t("journey.change")}
                station={leg.alight}
                next={next.board}
                above={leg.line.color}
                below={next.line.color}
                change
              />
            ) : (
              <StopRow label={t("journey.alight")} station={leg.alight} above={leg.line.color} />
            )}
          </Fragment>
        );
      })}
    </ol>
  );
}

function FareLine({ journey }: { journey: JourneyView }): React.JSX.Element {
  const { t } = useTranslation("transport");
  const fare = journey.fare;
  const [value, note] =
    fare.kind === "official"
      ? [t("journey.fareOfficial", { yuan: fare.yuan }), t("journey.fareOfficialNote")]
      : fare.kind === "estimated"
        ? [t("journey.fareEstimated", { yuan: fare.yuan }), t("journey.fareEstimatedNote")]
        : [t("journey.fareUnknown"), t("journey.fareUnknownNote")];
  return (
    <div className={`summary-item fare-${fare.kind}`}>
      <dt>{t("journey.fare")}</dt>
      <dd>
        <strong>{value}</strong>
        <span className="summary-note">{note}</span>
      </dd>
    </div>
  );
}

function Summary({ journey }: { journey: JourneyView }): React.JSX.Element {
  const { t } = useTranslation("transport");
  return (
    <dl className="journey-summary">
      <div className="summary-item">
        <dt>{t("journey.time")}</dt>
        <dd>
          <strong>{t("journey.minutes", { minutes: journey.totalMinutes })}</strong>
          <span className="summary-note">
            {journey.transfers === 0 ? t("journey.direct") : t("journey.changes", { count: journey.transfers })}
          </span>
        </dd>
      </div>
      <FareLine journey={journey} />
    </dl>
  );
}

function PlanView({ plan }: { plan: JourneyPlan }): React.JSX.Element {
  const { t } = useTranslation("transport");
  const { api, lang, open } = useKiosk();
  const [choice, setChoice] = useState<"fastest" | "fewest">("fastest");
  const guide = useApiCall(() => api.getTransportGuide({ lang }), [lang]);
  const journey = choice === "fewest" && plan.fewestTransfers ? plan.fewestTransfers : plan.fastest;
  const firstLeg = journey.legs[0];
  return (
    <>
      <h2 className="journey-route">
        {t("journey.fromTo", { from: stationName(journey.from, lang), to: stationName(journey.to, lang) })}
      </h2>
      {journey.legs.length === 0 ? (
        <p className="notice" role="status">
          {t("journey.same")}
        </p>
      ) : (
        <>
          {plan.fewestTransfers ? (
            <div className="journey-choice" role="group">
              <button type="button" className="choice-button" aria-pressed={choice === "fastest"} onClick={() => setChoice("fastest")}>
                <span>{t("journey.fastest")}</span>
                <span className="choice-detail">
                  {t("journey.minutes", { minutes: plan.fastest.totalMinutes })} ·{" "}
                  {plan.fastest.transfers === 0 ? t("journey.direct") : t("journey.changes", { count: plan.fastest.transfers })}
                </span>
              </button>
              <button type="button" className="choice-button" aria-pressed={choice === "fewest"} onClick={() => setChoice("fewest")}>
                <span>{t("journey.fewest")}</span>
                <span className="choice-detail">
                  {t("journey.minutes", { minutes: plan.fewestTransfers.totalMinutes })} ·{" "}
                  {plan.fewestTransfers.transfers === 0
                    ? t("journey.direct")
                    : t("journey.changes", { count: plan.fewestTransfers.transfers })}
                </span>
              </button>
            </div>
          ) : null}
          {choice === "fewest" ? <p className="transport-small">{t("journey.fewestNote")}</p> : null}
          <Summary journey={journey} />
          <StripDiagram journey={journey} />
          <p className="transport-small">{t("journey.waitNote")}</p>
        </>
      )}
      <div className="card-actions">
        <button type="button" className="button-primary" onClick={() => open({ name: "taxi", target: { kind: "station", id: journey.to.id } })}>
          {t("action.taxi")}
        </button>
      </div>
      {guide.state === "ready" && firstLeg && firstLeg.board.id === guide.value.kioskStation.id ? (
        <FirstLastTrains guide={guide.value} lineId={firstLeg.line.id} />
      ) : null}
      {journey.legs.length > 0 ? <ContinueOnPhone item={{ kind: "journey", from: journey.from.id, to: journey.to.id, route: choice }} /> : null}
    </>
  );
}

/** A planned metro journey from the kiosk's station (or `from`) to a station. */
export function JourneyScreen({ to, from }: { to: string; from?: string }): React.JSX.Element {
  const { t } = useTranslation("transport");
  const { api } = useKiosk();
  const plan = useApiCall(() => api.planJourney(from ? { from, to } : { to }), [from, to]);
  return (
    <>
      <TopBar title={t("journey.title")} />
      <main className="screen transport journey">
        {plan.state === "loading" ? <Loading /> : null}
        {plan.state === "failed" ? <ErrorNotice code={plan.error.code} /> : null}
        {plan.state === "ready" ? <PlanView plan={plan.value} /> : null}
      </main>
    </>
  );
}
