import { useTranslation } from "react-i18next";
import type { Attraction } from "../../../../main/api/contract";
import { ErrorNotice, Loading, TopBar } from "../../components/Chrome";
import { ContinueOnPhone } from "../../components/ContinueOnPhone";
import { Icon } from "../../components/Icon";
import { useKiosk } from "../../context";
import { useApiCall } from "../../use-api";
import { FallbackNote, HoursText, SourceList } from "./parts";
import "./tourism.css";

function AddressCard({ attraction }: { attraction: Attraction }): React.JSX.Element {
  const { t } = useTranslation("tourism");
  const { open } = useKiosk();
  return (
    <section className="address-panel" aria-labelledby="address-title">
      <h2 id="address-title" className="tourism-subtitle">
        {t("attraction.address")}
      </h2>
      <p className="address-show">{t("attraction.showDriver")}</p>
      <div className="address-card">
        <p className="address-name" lang="zh-Hans">
          {attraction.nameZh}
        </p>
        <p className="address-text" lang="zh-Hans">
          {attraction.addressZh}
        </p>
      </div>
      <div className="card-actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => open({ name: "taxi", target: { kind: "attraction", id: attraction.id } })}
        >
          {t("attraction.taxiCard")}
        </button>
        {attraction.stationId ? (
          <button
            type="button"
            className="button-primary"
            onClick={() => open({ name: "journey", to: attraction.stationId ?? "" })}
          >
            <Icon name="metro" />
            <span>{t("attraction.metro")}</span>
          </button>
        ) : null}
      </div>
      {attraction.stationId ? null : <p className="notice">{t("attraction.noMetro")}</p>}
    </section>
  );
}

function AttractionView({ attraction }: { attraction: Attraction }): React.JSX.Element {
  const { t } = useTranslation("tourism");
  const { lang } = useKiosk();
  return (
    <article className="attraction" aria-labelledby="attraction-title">
      <div className="attraction-head">
        {attraction.image ? (
          <img className="attraction-hero" src={attraction.image} alt={t("grid.illustration", { name: attraction.name.text })} width={320} height={240} />
        ) : null}
        <div className="attraction-head-text">
          <h2 id="attraction-title" className="attraction-title" lang={attraction.name.shownIn} dir="auto">
            {attraction.name.text}
          </h2>
          {attraction.name.shownIn !== "zh-Hans" ? (
            <p className="attraction-title-zh" lang="zh-Hans">
              {attraction.nameZh}
            </p>
          ) : null}
          <p className="tourism-badges">
            <span className="tourism-badge" lang={attraction.district.shownIn} dir="auto">
              {attraction.district.text}
            </span>
            <span className="tourism-badge">{t(`kind.${attraction.kind}`)}</span>
          </p>
        </div>
      </div>
      <section aria-labelledby="about-title">
        <h2 id="about-title" className="tourism-subtitle">
          {t("attraction.about")}
        </h2>
        <FallbackNote text={attraction.description} wanted={lang} />
        <p className="tourism-text attraction-description" lang={attraction.description.shownIn} dir="auto">
          {attraction.description.text}
        </p>
      </section>
      {attraction.hours ? (
        <section aria-labelledby="hours-title">
          <h2 id="hours-title" className="tourism-subtitle">
            {t("attraction.hours")}
          </h2>
          <HoursText hours={attraction.hours} lang={lang} />
        </section>
      ) : null}
      <AddressCard attraction={attraction} />
      <ContinueOnPhone item={{ kind: "attraction", id: attraction.id }} />
      <SourceList sources={attraction.sources} />
    </article>
  );
}

/** One attraction: what it is, when it opens, the address card for a taxi and the metro route. */
export function AttractionScreen({ id }: { id: string }): React.JSX.Element {
  const { t } = useTranslation("tourism");
  const { api, lang } = useKiosk();
  const attraction = useApiCall(() => api.getAttraction({ lang, id }), [lang, id]);
  return (
    <>
      <TopBar title={attraction.state === "ready" ? attraction.value.name.text : t("title")} />
      <main className="screen tourism">
        {attraction.state === "loading" ? <Loading /> : null}
        {attraction.state === "failed" ? <ErrorNotice code={attraction.error.code} /> : null}
        {attraction.state === "ready" ? <AttractionView attraction={attraction.value} /> : null}
      </main>
    </>
  );
}
