import { useTranslation } from "react-i18next";
import type { CarrierView, Lang, Localized } from "../../../../main/api/contract";
import { ErrorNotice, Loading, TopBar } from "../../components/Chrome";
import { Icon } from "../../components/Icon";
import { useKiosk } from "../../context";
import { formatAsOf } from "../../format";
import { useApiCall } from "../../use-api";
import { TopicSection } from "../Topic";
import "./sim.css";

function Text({ value, wanted }: { value: Localized; wanted: Lang }): React.JSX.Element {
  const { t } = useTranslation("sim");
  return (
    <>
      <span lang={value.shownIn}>{value.text}</span>
      {value.shownIn !== wanted ? (
        <span className="sim-fallback">{value.shownIn === "zh-Hans" ? t("plans.shownInChinese") : t("plans.shownInEnglish")}</span>
      ) : null}
    </>
  );
}

function CarrierCard({ carrier }: { carrier: CarrierView }): React.JSX.Element {
  const { t } = useTranslation("sim");
  const { lang } = useKiosk();
  return (
    <li className="sim-carrier">
      <h3 className="sim-carrier-name">
        <Text value={carrier.name} wanted={lang} />
        {carrier.name.text !== carrier.nameZh ? (
          <span className="sim-carrier-zh" lang="zh-Hans">
            {carrier.nameZh}
          </span>
        ) : null}
      </h3>
      {carrier.hotline ? (
        <p className="sim-hotline">
          <Icon name="call" />
          <span>{t("plans.hotline")}</span>
          <strong dir="ltr">{carrier.hotline}</strong>
        </p>
      ) : null}
      {carrier.plans.length > 0 ? (
        <ul className="sim-plans">
          {carrier.plans.map((plan) => (
            <li key={plan.id} className="sim-plan">
              <p className="sim-plan-name">
                <Text value={plan.name} wanted={lang} />
              </p>
              <dl className="sim-plan-facts">
                <dt>{t("plans.price")}</dt>
                <dd>
                  <bdi dir="ltr">{plan.price}</bdi>
                </dd>
                <dt>{t("plans.validity")}</dt>
                <dd>
                  <Text value={plan.validity} wanted={lang} />
                </dd>
                <dt>{t("plans.includes")}</dt>
                <dd>
                  <Text value={plan.data} wanted={lang} />
                </dd>
              </dl>
              <p className="sim-plan-note">
                {t("plans.example")} {t("plans.asOf", { date: formatAsOf(plan.asOf, lang) })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The Communication tile: collect a pre-ordered SIM, walk-in carriers, and the SIM answers. */
export function SimHub(): React.JSX.Element {
  const { t } = useTranslation("sim");
  const { t: tShared } = useTranslation();
  const { api, lang, open } = useKiosk();
  const carriers = useApiCall(() => api.listSimPlans({ lang }), [lang]);
  const documents = carriers.state === "ready" ? carriers.value[0]?.documents : undefined;

  return (
    <>
      <TopBar title={tShared("tiles.communication.title")} />
      <main className="screen sim">
        <button type="button" className="sim-pickup-button" onClick={() => open({ name: "sim-pickup" })}>
          <Icon name="phone" className="sim-pickup-icon" />
          <span className="sim-pickup-text">
            <span className="sim-pickup-title">{t("pickup.button")}</span>
            <span className="sim-pickup-hint">{t("pickup.buttonHint")}</span>
          </span>
          <Icon name="chevron" className="flip-rtl" />
        </button>

        <h2 className="section-title">{t("plans.title")}</h2>
        {carriers.state === "loading" ? <Loading /> : null}
        {carriers.state === "failed" ? <ErrorNotice code={carriers.error.code} /> : null}
        {documents?.text ? (
          <div className="notice sim-documents">
            <strong>{t("plans.documents")}</strong>
            <p>
              <Text value={documents} wanted={lang} />
            </p>
          </div>
        ) : null}
        {carriers.state === "ready" ? (
          <>
            <p className="notice">{t("plans.askCounter")}</p>
            <ul className="sim-carriers">
              {carriers.value.map((carrier) => (
                <CarrierCard key={carrier.id} carrier={carrier} />
              ))}
            </ul>
          </>
        ) : null}

        <TopicSection category="sim" />
      </main>
    </>
  );
}
