import { useState } from "react";
import type { ApiError, ImportReport, SimOrderView } from "../../main/api/contract";
import { readFileBase64 } from "./download";
import { Loaded, StaffError, formatTime } from "./parts";
import { useStaff, useStaffLoad, useStaffRun, useStaffT } from "./staff-context";

function OrdersTable({ orders, onHandOver }: { orders: SimOrderView[]; onHandOver?: (code: string) => void }): React.JSX.Element {
  const t = useStaffT();
  const { lang } = useStaff();
  if (orders.length === 0) return <p className="staff-note">{t("common.none")}</p>;
  return (
    <table className="staff-table">
      <thead>
        <tr>
          <th>{t("sim.ticket")}</th>
          <th>{t("sim.code")}</th>
          <th>{t("sim.carrier")}</th>
          <th>{t("sim.plan")}</th>
          <th>{t("sim.status")}</th>
          <th>{t("sim.arrivedAt")}</th>
          {onHandOver ? <th /> : null}
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.code} data-testid={`order-${order.code}`}>
            <td className="staff-strong">{order.ticket ?? ""}</td>
            <td>
              <code>{order.code}</code>
            </td>
            <td>{order.carrier}</td>
            <td>{order.plan}</td>
            <td>{t(`sim.statuses.${order.status}`)}</td>
            <td>{formatTime(order.arrivedAt, lang)}</td>
            {onHandOver ? (
              <td>
                <button type="button" className="staff-button staff-primary" onClick={() => onHandOver(order.code)}>
                  {t("sim.handOver")}
                </button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** SIM orders: CSV import with its report, the pickup queue, and every order. */
export function SimTab(): React.JSX.Element {
  const t = useStaffT();
  const { api } = useStaff();
  const run = useStaffRun();
  const [queue, reloadQueue] = useStaffLoad((token) => api.staffListSimOrders({ token, status: "arrived" }), []);
  const [all, reloadAll] = useStaffLoad((token) => api.staffListSimOrders({ token }), []);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = (): void => {
    reloadQueue();
    reloadAll();
  };

  const importCsv = async (file: File): Promise<void> => {
    setBusy(true);
    setReport(null);
    const dataBase64 = await readFileBase64(file, () => undefined);
    const result = await run((token) => api.staffImportSimOrders({ token, fileName: file.name, dataBase64 }));
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) setReport(result.value);
    reload();
  };

  const handOver = (code: string): void => {
    void run((token) => api.staffHandOverSim({ token, code })).then((result) => {
      setError(result.ok ? null : result.error);
      reload();
    });
  };

  return (
    <div className="staff-stack">
      <section>
        <label className="staff-file">
          {t("sim.import")}
          <input
            type="file"
            accept=".csv,text/csv"
            data-testid="sim-csv"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void importCsv(file);
            }}
          />
        </label>
        <p className="staff-note">{t("sim.format")}</p>
        {busy ? <p className="staff-note">{t("common.working")}</p> : null}
        {report && report.errors.length === 0 ? (
          <p className="staff-ok" role="status">
            {t("sim.report", { imported: report.imported, updated: report.updated, unchanged: report.unchanged })}
          </p>
        ) : null}
        {report && report.errors.length > 0 ? (
          <div className="staff-error" role="alert">
            <p>{t("sim.refused")}</p>
            <table className="staff-table">
              <thead>
                <tr>
                  <th>{t("sim.row")}</th>
                  <th>{t("sim.problem")}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((row, index) => (
                  <tr key={index}>
                    <td>{row.row}</td>
                    <td>{row.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {error ? <StaffError error={error} /> : null}
      </section>
      <section>
        <div className="staff-heading">
          <h3>{t("sim.queue")}</h3>
          <button type="button" className="staff-button" onClick={reload}>
            {t("common.refresh")}
          </button>
        </div>
        <Loaded load={queue}>{(orders) => <OrdersTable orders={orders} onHandOver={handOver} />}</Loaded>
      </section>
      <section>
        <h3>{t("sim.all")}</h3>
        <Loaded load={all}>{(orders) => <OrdersTable orders={orders} />}</Loaded>
      </section>
    </div>
  );
}
