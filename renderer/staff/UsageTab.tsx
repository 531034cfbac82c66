import { useState } from "react";
import { LANGUAGE_NAMES } from "../i18n/languages";
import { BarChart, Loaded } from "./parts";
import { useStaff, useStaffLoad, useStaffT } from "./staff-context";

const PERIODS = [1, 7, 30, 90] as const;
const TILES = ["inquiry", "payment", "communication", "transport", "tourism"] as const;

function tileLabel(tile: string, t: ReturnType<typeof useStaffT>): string {
  return (TILES as readonly string[]).includes(tile) ? t(`tiles.${tile as (typeof TILES)[number]}`) : tile;
}

/** Usage figures as numbers and simple bar charts; everything counted is anonymous. */
export function UsageTab(): React.JSX.Element {
  const t = useStaffT();
  const { api } = useStaff();
  const [days, setDays] = useState<number>(7);
  const [figures] = useStaffLoad((token) => api.staffUsage({ token, days }), [days]);
  return (
    <div className="staff-stack">
      <p className="staff-note">{t("usage.privacy")}</p>
      <div className="staff-actions" role="group" aria-label={t("usage.days")}>
        {PERIODS.map((period) => (
          <button key={period} type="button" className={period === days ? "staff-button staff-primary" : "staff-button"} aria-pressed={period === days} onClick={() => setDays(period)}>
            {t("usage.daysOption", { count: period })}
          </button>
        ))}
      </div>
      <Loaded load={figures}>
        {(value) => (
          <>
            <dl className="staff-totals">
              <div>
                <dt>{t("usage.sessions")}</dt>
                <dd data-testid="usage-sessions">{value.sessions}</dd>
              </div>
              <div>
                <dt>{t("usage.handoffs")}</dt>
                <dd>{value.handoffs}</dd>
              </div>
              <div>
                <dt>{t("usage.feedbackCount")}</dt>
                <dd>{value.feedback.count}</dd>
              </div>
              <div>
                <dt>{t("usage.feedbackAverage")}</dt>
                <dd>{value.feedback.average ?? "–"}</dd>
              </div>
            </dl>
            <BarChart title={t("usage.byDay")} rows={value.sessionsByDay.map((row) => ({ label: row.day, count: row.count }))} />
            <BarChart title={t("usage.byLanguage")} rows={value.byLanguage.map((row) => ({ label: LANGUAGE_NAMES[row.lang], count: row.count }))} />
            <BarChart title={t("usage.byTile")} rows={value.byTile.map((row) => ({ label: tileLabel(row.tile, t), count: row.count }))} />
            <BarChart title={t("usage.byHour")} rows={value.byHour.map((row) => ({ label: `${String(row.hour).padStart(2, "0")}:00`, count: row.count }))} />
            <BarChart title={t("usage.feedback")} rows={value.feedback.byScore.map((row) => ({ label: "★".repeat(row.score), count: row.count }))} />
          </>
        )}
      </Loaded>
    </div>
  );
}
