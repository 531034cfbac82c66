import { useTranslation } from "react-i18next";
import type { KbCategory } from "../../../main/api/contract";
import { ErrorNotice, Loading, TopBar } from "../components/Chrome";
import { useKiosk } from "../context";
import { useApiCall } from "../use-api";
import { EntryList } from "./EntryList";

export function CategoryScreen({ category }: { category: KbCategory }): React.JSX.Element {
  const { t } = useTranslation();
  const { api, lang } = useKiosk();
  const entries = useApiCall(() => api.listEntries({ lang, category }), [lang, category]);
  const title = t(`categories.${category}`);
  return (
    <>
      <TopBar title={title} />
      <main className="screen">
        {entries.state === "loading" ? <Loading /> : null}
        {entries.state === "failed" ? <ErrorNotice code={entries.error.code} /> : null}
        {entries.state === "ready" ? <EntryList entries={entries.value} label={title} /> : null}
      </main>
    </>
  );
}
