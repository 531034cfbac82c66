import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type SearchResults } from "../../../main/api/contract";
import { ErrorNotice, Loading, TopBar } from "../components/Chrome";
import { CallStaffButton } from "../components/CallStaff";
import { Icon } from "../components/Icon";
import { OnScreenKeyboard } from "../components/keyboard/OnScreenKeyboard";
import { useKiosk } from "../context";
import { useApiCall, type Loadable } from "../use-api";
import { CategoryGrid, EntryList } from "./EntryList";

const TYPING_PAUSE_MS = 180;

function useSearch(query: string): Loadable<SearchResults> | undefined {
  const { api, lang } = useKiosk();
  const [settled, setSettled] = useState(query);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(query), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const result = useApiCall(() => api.searchKnowledge({ lang, query: settled, limit: 20 }), [settled, lang]);
  return settled.trim() === "" ? undefined : result;
}

/** The inquiry desk: search as you type, or browse the topics. */
export function InquiryScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const { api, lang } = useKiosk();
  const [query, setQuery] = useState("");
  const results = useSearch(query);
  const categories = useApiCall(() => api.listCategories({ lang }), [lang]);

  return (
    <>
      <TopBar title={t("tiles.inquiry.title")} />
      <main className="screen inquiry">
        <div className="search-field">
          <label className="search-label">
            <span className="visually-hidden">{t("search.label")}</span>
            <Icon name="search" />
            <input
              type="search"
              value={query}
              maxLength={LIMITS.searchQueryChars}
              placeholder={t("search.placeholder")}
              autoComplete="off"
              spellCheck={false}
              inputMode="none"
              onChange={(event) => setQuery(event.target.value)}
            />
          </label>
          {query !== "" ? (
            <button type="button" className="search-clear" aria-label={t("search.clear")} onClick={() => setQuery("")}>
              ×
            </button>
          ) : null}
        </div>
        {results ? <SearchOutcome results={results} query={query} /> : null}
        <h2 className="section-title">{t("search.browse")}</h2>
        {categories.state === "ready" ? <CategoryGrid categories={categories.value} /> : null}
        {categories.state === "failed" ? <ErrorNotice code={categories.error.code} /> : null}
        <CallStaffButton />
      </main>
      <OnScreenKeyboard value={query} onChange={setQuery} maxLength={LIMITS.searchQueryChars} />
    </>
  );
}

function SearchOutcome({ results, query }: { results: Loadable<SearchResults>; query: string }): React.JSX.Element {
  const { t } = useTranslation();
  if (results.state === "loading") return <Loading />;
  if (results.state === "failed") return <ErrorNotice code={results.error.code} />;
  if (results.value.hits.length === 0) {
    return (
      <p className="notice" role="status">
        {t("search.none", { query: query.trim() })}
      </p>
    );
  }
  return (
    <section aria-live="polite">
      <h2 className="section-title">{t("search.results", { count: results.value.hits.length })}</h2>
      <EntryList entries={results.value.hits} label={t("search.label")} />
    </section>
  );
}
