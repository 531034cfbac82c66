import { useTranslation } from "react-i18next";
import type { Block, Span } from "../../../main/api/contract";
import { formatAsOf } from "../format";

function Spans({ spans }: { spans: Span[] }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  return (
    <>
      {spans.map((span, index) =>
        "fact" in span ? (
          <span key={index} className="fact">
            <strong>{/^\d{4}-\d{2}-\d{2}$/.test(span.value) ? formatAsOf(span.value, i18n.language) : span.value}</strong>{" "}
            <span className="fact-date">({t("answer.asOf", { date: formatAsOf(span.asOf, i18n.language) })})</span>
          </span>
        ) : (
          <span key={index}>{span.text}</span>
        ),
      )}
    </>
  );
}

/** Renders an answer body: paragraphs, bullet lists and numbered steps, with dated facts. */
export function RichText({ blocks }: { blocks: Block[] }): React.JSX.Element {
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
            return (
              <ul key={index}>
                {block.items.map((item, i) => (
                  <li key={i}>
                    <Spans spans={item} />
                  </li>
                ))}
              </ul>
            );
          case "steps":
            return (
              <ol key={index}>
                {block.items.map((item, i) => (
                  <li key={i}>
                    <Spans spans={item} />
                  </li>
                ))}
              </ol>
            );
        }
      })}
    </div>
  );
}
