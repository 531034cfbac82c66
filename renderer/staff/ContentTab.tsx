import { useState } from "react";
import type { ApiError, FactView, FieldIssue, PackInfo } from "../../main/api/contract";
import { base64ToBytes, downloadFile, readFileBase64 } from "./download";
import { Loaded, StaffError, formatTime } from "./parts";
import { useStaff, useStaffLoad, useStaffRun, useStaffT } from "./staff-context";

type Import =
  | { state: "idle" }
  | { state: "reading"; percent: number }
  | { state: "installing" }
  | { state: "installed"; pack: PackInfo }
  | { state: "rejected"; issues: FieldIssue[] }
  | { state: "failed"; error: ApiError };

function PackLine({ pack }: { pack: PackInfo }): React.JSX.Element {
  const t = useStaffT();
  const { lang } = useStaff();
  return (
    <p>
      {t("content.pack", { id: pack.packId, version: pack.version, published: pack.published })}
      {pack.installedAt ? ` · ${t("content.installedAt", { date: formatTime(pack.installedAt, lang) })}` : ""}
    </p>
  );
}

function FactRow({ fact, onSaved }: { fact: FactView; onSaved: () => void }): React.JSX.Element {
  const t = useStaffT();
  const { api } = useStaff();
  const run = useStaffRun();
  const [value, setValue] = useState(fact.value);
  const [asOf, setAsOf] = useState(fact.asOf);
  const [error, setError] = useState<ApiError | null>(null);
  const save = (next: string | null): void => {
    void run((token) => api.staffSetFact({ token, id: fact.id, value: next, ...(next !== null ? { asOf } : {}) })).then((result) => {
      setError(result.ok ? null : result.error);
      if (result.ok) onSaved();
    });
  };
  return (
    <tr>
      <td>
        <code>{fact.id}</code>
        {fact.overridden ? <span className="staff-badge">{t("content.factOverridden")}</span> : null}
      </td>
      <td>
        <input aria-label={t("content.factValue")} value={value} maxLength={120} onChange={(event) => setValue(event.target.value)} />
        {error ? <StaffError error={error} /> : null}
      </td>
      <td>
        <input aria-label={t("content.factAsOf")} value={asOf} maxLength={10} onChange={(event) => setAsOf(event.target.value)} />
      </td>
      <td>
        {fact.packValue} ({fact.packAsOf})
      </td>
      <td className="staff-actions">
        <button type="button" className="staff-button" onClick={() => save(value)}>
          {t("common.save")}
        </button>
        {fact.overridden ? (
          <button type="button" className="staff-button" onClick={() => save(null)}>
            {t("content.factReset")}
          </button>
        ) : null}
      </td>
    </tr>
  );
}

/** The content pack: status, import with progress, export, rollback and staff fact overrides. */
export function ContentTab(): React.JSX.Element {
  const t = useStaffT();
  const { api } = useStaff();
  const run = useStaffRun();
  const [status, reloadStatus] = useStaffLoad((token) => api.staffContentStatus({ token }), []);
  const [facts, reloadFacts] = useStaffLoad((token) => api.staffListFacts({ token }), []);
  const [importing, setImporting] = useState<Import>({ state: "idle" });
  const [confirmRollback, setConfirmRollback] = useState(false);
  const [actionError, setActionError] = useState<ApiError | null>(null);

  const importPack = async (file: File): Promise<void> => {
    setImporting({ state: "reading", percent: 0 });
    const dataBase64 = await readFileBase64(file, (percent) => setImporting({ state: "reading", percent }));
    setImporting({ state: "installing" });
    const result = await run((token) => api.staffImportPack({ token, fileName: file.name, dataBase64 }));
    if (!result.ok) return setImporting({ state: "failed", error: result.error });
    if ("installed" in result.value) setImporting({ state: "installed", pack: result.value.installed });
    else setImporting({ state: "rejected", issues: result.value.rejected });
    reloadStatus();
    reloadFacts();
  };

  const exportPack = (): void => {
    void run((token) => api.staffExportPack({ token })).then((result) => {
      if (!result.ok) return setActionError(result.error);
      downloadFile(result.value.fileName, base64ToBytes(result.value.dataBase64), "application/zip");
    });
  };

  const rollback = (): void => {
    if (!confirmRollback) return setConfirmRollback(true);
    setConfirmRollback(false);
    void run((token) => api.staffRollbackPack({ token })).then((result) => {
      setActionError(result.ok ? null : result.error);
      reloadStatus();
      reloadFacts();
    });
  };

  return (
    <div className="staff-stack">
      <Loaded load={status}>
        {(value) => (
          <section>
            <h3>{t("content.current")}</h3>
            <PackLine pack={value.current} />
            <h3>{t("content.previous")}</h3>
            {value.previous ? <PackLine pack={value.previous} /> : <p>{t("content.noPrevious")}</p>}
          </section>
        )}
      </Loaded>
      <section>
        <label className="staff-file">
          {t("content.import")}
          <input
            type="file"
            accept=".zip,.json,application/zip,application/json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void importPack(file);
            }}
          />
        </label>
        {importing.state === "reading" ? (
          <div className="staff-progress">
            <progress max={100} value={importing.percent} />
            <span>{t("content.reading", { percent: importing.percent })}</span>
          </div>
        ) : null}
        {importing.state === "installing" ? (
          <div className="staff-progress">
            <progress />
            <span>{t("content.installing")}</span>
          </div>
        ) : null}
        {importing.state === "installed" ? <p className="staff-ok">{t("content.installed", { id: importing.pack.packId, version: importing.pack.version })}</p> : null}
        {importing.state === "rejected" ? (
          <div className="staff-error" role="alert">
            <p>{t("content.rejected")}</p>
            <ul>
              {importing.issues.slice(0, 200).map((issue, index) => (
                <li key={index}>
                  <code>{issue.path}</code> {issue.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {importing.state === "failed" ? <StaffError error={importing.error} /> : null}
      </section>
      <section className="staff-actions">
        <button type="button" className="staff-button" onClick={exportPack}>
          {t("content.export")}
        </button>
        <button type="button" className="staff-button staff-danger" onClick={rollback}>
          {confirmRollback ? t("content.rollbackConfirm") : t("content.rollback")}
        </button>
      </section>
      {actionError ? <StaffError error={actionError} /> : null}
      <section>
        <h3>{t("content.facts")}</h3>
        <Loaded load={facts}>
          {(list) => (
            <table className="staff-table">
              <thead>
                <tr>
                  <th>{t("content.factId")}</th>
                  <th>{t("content.factValue")}</th>
                  <th>{t("content.factAsOf")}</th>
                  <th>{t("content.factPack")}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {list.map((fact) => (
                  <FactRow key={`${fact.id}-${fact.value}-${fact.asOf}`} fact={fact} onSaved={reloadFacts} />
                ))}
              </tbody>
            </table>
          )}
        </Loaded>
      </section>
    </div>
  );
}
