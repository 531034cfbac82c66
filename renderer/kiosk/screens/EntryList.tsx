import { useTranslation } from "react-i18next";
import type { EntrySummary, SearchHit } from "../../../main/api/contract";
import { Icon } from "../components/Icon";
import { useKiosk } from "../context";

/** A list of answers to open; a title shown in a fallback language carries that language's tag. */
export function EntryList({ entries, label }: { entries: (EntrySummary | SearchHit)[]; label: string }): React.JSX.Element {
  const { open, lang } = useKiosk();
  return (
    <ul className="entry-list" aria-label={label}>
      {entries.map((entry) => (
        <li key={"kind" in entry ? `${entry.kind}-${entry.id}` : entry.id}>
          <button
            type="button"
            className="entry-button"
            onClick={() => open("kind" in entry && entry.kind === "attraction" ? { name: "attraction", id: entry.id } : { name: "answer", id: entry.id })}
          >
            <span className="entry-text">
              <span className="entry-title" lang={entry.title.shownIn}>
                {entry.title.text}
              </span>
              {"snippet" in entry && entry.snippet.text && entry.snippet.shownIn === lang ? (
                <span className="entry-snippet">{entry.snippet.text}</span>
              ) : null}
            </span>
            <Icon name="chevron" className="flip-rtl" />
          </button>
        </li>
      ))}
    </ul>
  );
}

export function CategoryGrid({ categories }: { categories: { id: string; entryCount: number }[] }): React.JSX.Element {
  const { t } = useTranslation();
  const { open } = useKiosk();
  return (
    <ul className="category-grid">
      {categories.map((category) => (
        <li key={category.id}>
          <button
            type="button"
            className="category-button"
            onClick={() => open({ name: "category", category: category.id as never })}
          >
            <span className="category-name">{t(`categories.${category.id}` as "categories.entry")}</span>
            <span className="category-count">{t("category.count", { count: category.entryCount })}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
