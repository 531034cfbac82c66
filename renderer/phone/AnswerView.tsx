import type { Block, Span } from "../../main/api/contract";
import type { PhoneAnswer } from "./content";
import { Around, formatDate, SLOT, usePhone } from "./context";

function Spans({ spans }: { spans: Span[] }): React.JSX.Element {
  const { t, lang } = usePhone();
  return (
    <>
      {spans.map((span, index) =>
        "fact" in span ? (
          <span key={index} className="fact">
            <strong>{/^\d{4}-\d{2}-\d{2}$/.test(span.value) ? formatDate(span.value, lang) : span.value}</strong>{" "}
            <span className="fact-date">({t("answer.asOf", { date: formatDate(span.asOf, lang) })})</span>
          </span>
        ) : (
          <span key={index}>{span.text}</span>
        ),
      )}
    </>
  );
}

function Blocks({ blocks }: { blocks: Block[] }): React.JSX.Element {
  return (
    <div className="rich-text">
      {blocks.map((block, index) => {
        switch (block.type) {
          case "paragraph":
            return (
              <p key={index}>
                <Spans spans={block.spans} />
              </p>
            );
          case "bullets":
          case "steps": {
            const items = block.items.map((item, i) => (
              <li key={i}>
                <Spans spans={item} />
              </li>
            ));
            return block.type === "bullets" ? <ul key={index}>{items}</ul> : <ol key={index}>{items}</ol>;
          }
        }
      })}
    </div>
  );
}

/** The answer the traveller read at the kiosk, with its numbers to call and its sources. */
export function AnswerView({ answer }: { answer: PhoneAnswer }): React.JSX.Element {
  const { t, lang } = usePhone();
  return (
    <article className="card" aria-labelledby="answer-title">
      <h1 id="answer-title" lang={answer.shownIn}>
        {answer.title}
      </h1>
      {answer.shownIn !== lang ? (
        <p className="note" role="note">
          {answer.shownIn === "zh-Hans" ? t("answer.shownInChinese") : t("answer.shownInEnglish")}
        </p>
      ) : null}
      {answer.phones.length > 0 ? (
        <ul className="actions">
          {answer.phones.map((phone) => (
            <li key={phone}>
              <a className="action action-call" href={`tel:${phone}`}>
                <Around text={t("answer.call", { number: SLOT })}>
                  <bdi dir="ltr">{phone}</bdi>
                </Around>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <div lang={answer.shownIn}>
        <Blocks blocks={answer.body} />
      </div>
      <footer className="sources">
        <h2>{t("answer.sources")}</h2>
        <ul>
          {answer.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} rel="noreferrer noopener" lang="en">
                {source.publisher}
              </a>
              {source.date ? ` · ${formatDate(source.date, lang)}` : ""}
            </li>
          ))}
        </ul>
        <p>{t("answer.reviewed", { date: formatDate(answer.reviewed, lang) })}</p>
      </footer>
    </article>
  );
}
