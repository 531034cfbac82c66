import { useTranslation } from "react-i18next";
import type { KbCategory } from "../../../main/api/contract";
import { ErrorNotice, Loading, TopBar } from "../components/Chrome";
import { Converter } from "../components/Converter";
import { useKiosk } from "../context";
import type { Tile } from "../session";
import { useApiCall } from "../use-api";
import { EntryList } from "./EntryList";

/** Which answer topics each of the four needs gathers. */
export const TILE_CATEGORIES: Record<Exclude<Tile, "inquiry">, KbCategory[]> = {
  payment: ["payment", "tax-refund"],
  communication: ["sim"],
  transport: ["transport", "airport"],
  tourism: ["city"],
};

export function TopicSection({ category }: { category: KbCategory }): React.JSX.Element {
  const { t } = useTranslation();
  const { api, lang } = useKiosk();
  const entries = useApiCall(() => api.listEntries({ lang, category }), [lang, category]);
  const title = t(`categories.${category}`);
  return (
    <section className="topic-section">
      <h2 className="section-title">{title}</h2>
      {entries.state === "loading" ? <Loading /> : null}
      {entries.state === "failed" ? <ErrorNotice code={entries.error.code} /> : null}
      {entries.state === "ready" ? <EntryList entries={entries.value} label={title} /> : null}
    </section>
  );
}

/** One of the four needs: its answers, topic by topic. */
export function TopicScreen({ tile }: { tile: Exclude<Tile, "inquiry"> }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <TopBar title={t(`tiles.${tile}.title`)} />
      <main className="screen">
        {tile === "payment" ? <Converter /> : null}
        {TILE_CATEGORIES[tile].map((category) => (
          <TopicSection key={category} category={category} />
        ))}
      </main>
    </>
  );
}
