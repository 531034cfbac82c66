import { useEffect, useState } from "react";
import type { ApiError, CsvTable } from "../../main/api/contract";
import { LANGUAGE_NAMES } from "../i18n/languages";
import { downloadFile } from "./download";
import { Loaded, StaffError, formatTime } from "./parts";
import { useStaff, useStaffLoad, useStaffRun, useStaffT } from "./staff-context";

const TICKET_REFRESH_MS = 10_000;

export function TicketsTab(): React.JSX.Element {
  const t = useStaffT();
  const { api, lang } = useStaff();
  const run = useStaffRun();
  const [tickets, reload] = useStaffLoad((token) => api.staffListTickets({ token }), []);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    const timer = setInterval(reload, TICKET_REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  const close = (ticket: number): void => {
    void run((token) => api.staffCloseTicket({ token, ticket })).then((result) => {
      setError(result.ok ? null : result.error);
      reload();
    });
  };
  return (
    <div className="staff-stack">
      <div className="staff-heading">
        <h3>{t("tickets.title")}</h3>
        <button type="button" className="staff-button" onClick={reload}>
          {t("common.refresh")}
        </button>
      </div>
      {error ? <StaffError error={error} /> : null}
      <Loaded load={tickets}>
        {(list) =>
          list.length === 0 ? (
            <p className="staff-note">{t("common.none")}</p>
          ) : (
            <table className="staff-table">
              <thead>
                <tr>
                  <th>{t("tickets.ticket")}</th>
                  <th>{t("tickets.lang")}</th>
                  <th>{t("tickets.issuedAt")}</th>
                  <th>{t("tickets.closedAt")}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {list.map((ticket) => (
                  <tr key={`${ticket.ticket}-${ticket.issuedAt}`}>
                    <td className="staff-strong">{ticket.ticket}</td>
                    <td lang={ticket.lang}>{LANGUAGE_NAMES[ticket.lang]}</td>
                    <td>{formatTime(ticket.issuedAt, lang)}</td>
                    <td>{ticket.closedAt ? formatTime(ticket.closedAt, lang) : t("tickets.open")}</td>
                    <td>
                      {ticket.closedAt ? null : (
                        <button type="button" className="staff-button staff-primary" onClick={() => close(ticket.ticket)}>
                          {t("tickets.close")}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </div>
  );
}

export function UnansweredTab(): React.JSX.Element {
  const t = useStaffT();
  const { api, lang } = useStaff();
  const [list] = useStaffLoad((token) => api.staffUnanswered({ token }), []);
  return (
    <div className="staff-stack">
      <p className="staff-note">{t("unanswered.intro")}</p>
      <Loaded load={list}>
        {(rows) =>
          rows.length === 0 ? (
            <p className="staff-note">{t("common.none")}</p>
          ) : (
            <table className="staff-table">
              <thead>
                <tr>
                  <th>{t("unanswered.text")}</th>
                  <th>{t("unanswered.lang")}</th>
                  <th>{t("unanswered.count")}</th>
                  <th>{t("unanswered.lastAt")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.lang}-${row.text}`}>
                    <td lang={row.lang}>{row.text}</td>
                    <td>{LANGUAGE_NAMES[row.lang]}</td>
                    <td>{row.count}</td>
                    <td>{formatTime(row.lastAt, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </div>
  );
}

export function AuditTab(): React.JSX.Element {
  const t = useStaffT();
  const { api, lang } = useStaff();
  const [list] = useStaffLoad((token) => api.staffAuditLog({ token, limit: 300 }), []);
  return (
    <Loaded load={list}>
      {(rows) => (
        <table className="staff-table">
          <thead>
            <tr>
              <th>{t("audit.at")}</th>
              <th>{t("audit.action")}</th>
              <th>{t("audit.detail")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td>{formatTime(row.at, lang)}</td>
                <td>
                  <code>{row.action}</code>
                </td>
                <td>{row.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Loaded>
  );
}

const CSV_TABLES: CsvTable[] = ["usage", "feedback", "sim-orders", "unanswered", "audit", "tickets"];

export function ExportsTab(): React.JSX.Element {
  const t = useStaffT();
  const { api } = useStaff();
  const run = useStaffRun();
  const [error, setError] = useState<ApiError | null>(null);
  const exportCsv = (table: CsvTable): void => {
    void run((token) => api.staffExportCsv({ token, table })).then((result) => {
      setError(result.ok ? null : result.error);
      if (result.ok) downloadFile(result.value.fileName, result.value.csv, "text/csv;charset=utf-8");
    });
  };
  const exportLogs = (): void => {
    void run((token) => api.staffExportLogs({ token })).then((result) => {
      setError(result.ok ? null : result.error);
      if (result.ok) downloadFile(result.value.fileName, result.value.text, "text/plain;charset=utf-8");
    });
  };
  return (
    <div className="staff-stack">
      <h3>{t("exports.csv")}</h3>
      <div className="staff-actions">
        {CSV_TABLES.map((table) => (
          <button key={table} type="button" className="staff-button" onClick={() => exportCsv(table)}>
            {t(`exports.tables.${table}`)}
          </button>
        ))}
      </div>
      <h3>{t("exports.logs")}</h3>
      <button type="button" className="staff-button" onClick={exportLogs}>
        {t("exports.logsButton")}
      </button>
      {error ? <StaffError error={error} /> : null}
    </div>
  );
}
