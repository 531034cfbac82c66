import type { ApiError } from "../../main/api/contract";
import { useStaffT, type StaffLoad } from "./staff-context";

export function StaffError({ error }: { error: ApiError }): React.JSX.Element {
  const t = useStaffT();
  return (
    <div className="staff-error" role="alert">
      <p>{t("common.error", { message: error.message })}</p>
      {error.issues && error.issues.length > 0 ? (
        <ul>
          {error.issues.map((issue) => (
            <li key={`${issue.path}-${issue.message}`}>
              <code>{issue.path}</code> {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Shows loading and errors, and the content once the value is there. */
export function Loaded<T>({ load, children }: { load: StaffLoad<T>; children: (value: T) => React.ReactNode }): React.JSX.Element {
  const t = useStaffT();
  if (load.state === "loading") return <p className="staff-note">{t("common.loading")}</p>;
  if (load.state === "failed") return <StaffError error={load.error} />;
  return <>{children(load.value)}</>;
}

export function formatTime(iso: string | null, lang: string): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** A horizontal bar chart in plain SVG: one bar per label, scaled to the largest count. */
export function BarChart({ title, rows }: { title: string; rows: { label: string; count: number }[] }): React.JSX.Element {
  const max = Math.max(1, ...rows.map((row) => row.count));
  const rowHeight = 30;
  const labelWidth = 210;
  const barWidth = 560;
  const height = Math.max(rowHeight, rows.length * rowHeight);
  return (
    <figure className="staff-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${labelWidth + barWidth + 70} ${height}`} role="img" aria-label={title} width="100%">
        {rows.map((row, index) => {
          const y = index * rowHeight;
          const width = Math.round((row.count / max) * barWidth);
          return (
            <g key={row.label}>
              <text x={labelWidth - 10} y={y + 20} textAnchor="end" fontSize="17" fill="#102a43">
                {row.label}
              </text>
              <rect x={labelWidth} y={y + 5} width={Math.max(width, 2)} height={rowHeight - 10} rx="4" fill="#1456a6" />
              <text x={labelWidth + Math.max(width, 2) + 8} y={y + 20} fontSize="17" fill="#102a43">
                {row.count}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
