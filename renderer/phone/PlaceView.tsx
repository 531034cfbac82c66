import { useEffect, useState, type ReactNode } from "react";
import type { OpeningHours } from "../../main/api/contract";
import type { PhoneItem } from "../../main/api/handoff-payload";
import { messages } from "../i18n/locales/phone";
import type { PhoneAttraction } from "./content";
import { formatDate, usePhone } from "./context";
import { mapLinks, placeQuery, type MapLink } from "./maps";

export function MapLinks({ links }: { links: MapLink[] }): React.JSX.Element {
  const { t } = usePhone();
  return (
    <nav className="maps" aria-label={t("place.maps")}>
      <h2>{t("place.maps")}</h2>
      <ul className="actions">
        {links.map((link) => (
          <li key={link.app}>
            <a className={`action action-${link.app}`} href={link.href} rel="noreferrer noopener">
              {t(`place.${link.app}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

interface Place {
  nameZh: string;
  addressZh: string | null;
  /** The name in the traveller's language (or English), when it is not Chinese. */
  ownName: string | null;
  station: boolean;
}

/** The destination in large Chinese, filling the screen, for the traveller to hand to a driver. */
function DriverCard({ place, onClose }: { place: Place; onClose: () => void }): React.JSX.Element {
  const { t, lang } = usePhone();
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === "Escape") onClose();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);
  return (
    <div className="driver" role="dialog" aria-modal="true" aria-labelledby="driver-name">
      <button type="button" className="driver-close" onClick={onClose} autoFocus>
        <span lang="zh-Hans" className="driver-request">
          {messages["zh-Hans"].driverRequest}
        </span>
        <span id="driver-name" lang="zh-Hans" className="driver-name">
          {place.nameZh}
        </span>
        {place.station ? (
          <span lang="zh-Hans" className="driver-address">
            {messages["zh-Hans"].place.metroStation}
          </span>
        ) : null}
        {place.addressZh ? (
          <span lang="zh-Hans" className="driver-address">
            {place.addressZh}
          </span>
        ) : null}
        {lang !== "zh-Hans" ? <span className="driver-own">{t("driverRequest")}</span> : null}
        <span className="driver-hint">{t("place.closeDriver")}</span>
      </button>
    </div>
  );
}

/** A place to go: the Chinese name and address, the driver view and map links. */
function PlaceCard({ kicker, place, children }: { kicker: string; place: Place; children?: ReactNode }): React.JSX.Element {
  const { t } = usePhone();
  const [driver, setDriver] = useState(false);
  return (
    <article className="card" aria-labelledby="place-title">
      <p className="kicker">{kicker}</p>
      <h1 id="place-title" lang="zh-Hans" className="place-zh">
        {place.nameZh}
      </h1>
      {place.ownName ? <p className="place-own">{place.ownName}</p> : null}
      {place.station ? <p className="note">{t("place.metroStation")}</p> : null}
      {place.addressZh ? (
        <section className="address">
          <h2>{t("place.address")}</h2>
          <p lang="zh-Hans">{place.addressZh}</p>
        </section>
      ) : null}
      <button type="button" className="action action-driver" onClick={() => setDriver(true)}>
        {t("place.showDriver")}
      </button>
      {children}
      <MapLinks links={mapLinks(placeQuery(place.nameZh, place.station))} />
      {driver ? <DriverCard place={place} onClose={() => setDriver(false)} /> : null}
    </article>
  );
}

/** A taxi card to a metro station; every name came in the payload. */
export function TaxiView({ item }: { item: Extract<PhoneItem, { kind: "taxi" }> }): React.JSX.Element {
  const { t, lang } = usePhone();
  const { place } = item;
  const ownName = place.name ?? (lang === "zh-Hans" ? null : place.nameEn);
  return <PlaceCard kicker={t("place.taxiTitle")} place={{ nameZh: place.nameZh, addressZh: place.addressZh, ownName, station: true }} />;
}

function Hours({ hours }: { hours: OpeningHours }): React.JSX.Element {
  const { t, lang } = usePhone();
  return (
    <ul className="hours">
      {hours.open && hours.close ? <li>{t("place.open", { open: hours.open, close: hours.close })}</li> : null}
      {hours.lastEntry ? <li>{t("place.lastEntry", { time: hours.lastEntry })}</li> : null}
      {hours.closedMondays ? <li>{t("place.closedMondays")}</li> : null}
      <li className="hours-date">{t("answer.asOf", { date: formatDate(hours.asOf, lang) })}</li>
    </ul>
  );
}

/** An attraction from the content file: as a taxi card, or as a place to visit with its description. */
export function AttractionView({ attraction, taxi }: { attraction: PhoneAttraction; taxi: boolean }): React.JSX.Element {
  const { t } = usePhone();
  const ownName = attraction.name.shownIn === "zh-Hans" ? null : attraction.name.text;
  return (
    <PlaceCard
      kicker={t(taxi ? "place.taxiTitle" : "place.attractionTitle")}
      place={{ nameZh: attraction.nameZh, addressZh: attraction.addressZh, ownName, station: false }}
    >
      {taxi ? null : (
        <section className="about" lang={attraction.description.shownIn}>
          {attraction.hours ? <Hours hours={attraction.hours} /> : null}
          <p>{attraction.description.text}</p>
        </section>
      )}
    </PlaceCard>
  );
}
