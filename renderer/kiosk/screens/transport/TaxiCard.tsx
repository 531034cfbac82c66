import { useTranslation } from "react-i18next";
import type { TaxiCard, TaxiTarget } from "../../../../main/api/contract";
import { ErrorNotice, Loading, TopBar } from "../../components/Chrome";
import { ContinueOnPhone } from "../../components/ContinueOnPhone";
import { useKiosk } from "../../context";
import { useApiCall } from "../../use-api";
import "./transport.css";

function Card({ card }: { card: TaxiCard }): React.JSX.Element {
  const { t } = useTranslation("transport");
  const { open } = useKiosk();
  const showName = card.name.text !== card.nameZh && card.name.text !== card.nameEn;
  return (
    <>
      <p className="taxi-show">{t("taxi.show")}</p>
      <article className="taxi-card" aria-label={t("taxi.title")}>
        <p className="taxi-request" lang="zh-Hans">
          {card.requestZh}
        </p>
        <p className="taxi-name" lang="zh-Hans">
          {card.nameZh}
        </p>
        {card.kindZh ? (
          <p className="taxi-kind" lang="zh-Hans">
            {card.kindZh}
          </p>
        ) : null}
        {card.addressZh ? (
          <p className="taxi-address" lang="zh-Hans">
            {card.addressZh}
          </p>
        ) : null}
        <p className="taxi-pinyin" lang="zh-Latn-pinyin">
          {card.pinyin}
        </p>
        {card.nameEn ? (
          <p className="taxi-english" lang="en">
            {card.nameEn}
          </p>
        ) : null}
        {showName ? (
          <p className="taxi-local" lang={card.name.shownIn}>
            {card.name.text}
          </p>
        ) : null}
        {card.kindZh && t("taxi.metro") !== card.kindZh ? <p className="taxi-kind-local">{t("taxi.metro")}</p> : null}
      </article>
      {card.stationId ? (
        <div className="card-actions">
          <button type="button" className="button-secondary" onClick={() => open({ name: "journey", to: card.stationId ?? "" })}>
            {t("action.route")}
          </button>
        </div>
      ) : null}
      <ContinueOnPhone item={{ kind: "taxi", target: card.target }} />
    </>
  );
}

/** Full-screen card for the taxi driver: the destination in very large Chinese. */
export function TaxiCardScreen({ target }: { target: TaxiTarget }): React.JSX.Element {
  const { t } = useTranslation("transport");
  const { api, lang } = useKiosk();
  const card = useApiCall(() => api.getTaxiCard({ lang, target }), [lang, target.kind, target.id]);
  return (
    <>
      <TopBar title={t("taxi.title")} />
      <main className="screen transport taxi">
        {card.state === "loading" ? <Loading /> : null}
        {card.state === "failed" ? <ErrorNotice code={card.error.code} /> : null}
        {card.state === "ready" ? <Card card={card.value} /> : null}
      </main>
    </>
  );
}
