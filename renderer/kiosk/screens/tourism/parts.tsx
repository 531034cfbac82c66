import { useTranslation } from "react-i18next";
import type { Lang, Localized, OpeningHours } from "../../../../main/api/contract";
import { formatAsOf } from "../../format";

/** A text shown in another language than the traveller's says so, once, beside it. */
export function FallbackNote({ text, wanted }: { text: Localized; wanted: Lang }): React.JSX.Element | null {
  const { t } = useTranslation("tourism");
  if (text.shownIn === wanted || text.text === "") return null;
  return (
    <p className="tourism-fallback">
      {text.shownIn === "zh-Hans" ? t("attraction.shownInChinese") : t("attraction.shownInEnglish")}
    </p>
  );
}

/** Opening hours worded in the traveller's language, with the date of their source. */
export function HoursText({ hours, lang }: { hours: OpeningHours; lang: Lang }): React.JSX.Element {
  const { t } = useTranslation("tourism");
  const lines: string[] = [];
  if (hours.open && hours.close) {
    lines.push(
      hours.closedMondays
        ? t("hours.closedMondays", { open: hours.open, close: hours.close })
        : t("hours.daily", { open: hours.open, close: hours.close }),
    );
    if (hours.lastEntry) lines.push(t("hours.lastEntry", { time: hours.lastEntry }));
  } else if (hours.lastEntry) {
    lines.push(t("hours.entryUntil", { time: hours.lastEntry }));
  }
  return (
    <div className="tourism-hours">
      {lines.map((line) => (
        <p key={line} className="tourism-hours-line" dir="auto">
          {line}
        </p>
      ))}
      <p className="tourism-as-of">{t("hours.asOf", { date: formatAsOf(hours.asOf, lang) })}</p>
    </div>
  );
}

/** Where the facts on a screen come from: title and address of each source. */
export function SourceList({ sources }: { sources: { title: string; url: string }[] }): React.JSX.Element {
  const { t } = useTranslation("tourism");
  return (
    <details className="tourism-sources">
      <summary>{t("attraction.sources")}</summary>
      <ul>
        {sources.map((source) => (
          <li key={source.url}>
            <span className="tourism-source-title">{source.title}</span>
            <span className="tourism-source-url" dir="ltr">
              {source.url}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
