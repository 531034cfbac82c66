import { useTranslation } from "react-i18next";
import type { KbAnswer, Lang } from "../../../main/api/contract";
import { ErrorNotice, Loading, TopBar } from "../components/Chrome";
import { ContinueOnPhone } from "../components/ContinueOnPhone";
import { Icon } from "../components/Icon";
import { RichText } from "../components/RichText";
import { useKiosk } from "../context";
import { formatAsOf } from "../format";
import { useApiCall } from "../use-api";

function FallbackMark({ shownIn, wanted }: { shownIn: Lang; wanted: Lang }): React.JSX.Element | null {
  const { t } = useTranslation();
  if (shownIn === wanted) return null;
  return (
    <p className="fallback-mark" role="note">
      {shownIn === "zh-Hans" ? t("answer.shownInChinese") : t("answer.shownInEnglish")}
    </p>
  );
}

function AnswerBody({ answer }: { answer: KbAnswer }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { lang } = useKiosk();
  return (
    <article className="answer" aria-labelledby="answer-title">
      <h2 id="answer-title" className="answer-title" lang={answer.title.shownIn}>
        {answer.title.text}
      </h2>
      <FallbackMark shownIn={answer.shownIn} wanted={lang} />
      <div lang={answer.shownIn}>
        <RichText blocks={answer.body} />
      </div>
      {answer.phones.length > 0 ? (
        <ul className="phone-list">
          {answer.phones.map((phone) => (
            <li key={phone} className="phone-chip">
              <Icon name="call" />
              <span>{t("answer.call", { number: "" })}</span>
              <strong dir="ltr">{phone}</strong>
            </li>
          ))}
        </ul>
      ) : null}
      <footer className="answer-sources">
        <h3>{t("answer.sources")}</h3>
        <ul>
          {answer.sources.map((source) => (
            <li key={source.url}>
              <span lang="en">{source.publisher}</span>
              {source.date ? ` · ${formatAsOf(source.date, i18n.language)}` : ""} ·{" "}
              {t(source.status === "verified" ? "answer.verified" : "answer.partial")}
            </li>
          ))}
        </ul>
        <p>{t("answer.reviewed", { date: formatAsOf(answer.reviewed, i18n.language) })}</p>
      </footer>
    </article>
  );
}

export function AnswerScreen({ id }: { id: string }): React.JSX.Element {
  const { t } = useTranslation();
  const { api, lang } = useKiosk();
  const answer = useApiCall(() => api.getEntry({ lang, id }), [lang, id]);
  return (
    <>
      <TopBar title={answer.state === "ready" ? t(`categories.${answer.value.category}`) : t("tiles.inquiry.title")} />
      <main className="screen">
        {answer.state === "loading" ? <Loading /> : null}
        {answer.state === "failed" ? <ErrorNotice code={answer.error.code} /> : null}
        {answer.state === "ready" ? <AnswerBody answer={answer.value} /> : null}
        {answer.state === "ready" ? <ContinueOnPhone item={{ kind: "answer", id }} /> : null}
      </main>
    </>
  );
}
