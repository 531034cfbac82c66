import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useKiosk } from "../context";
import { ErrorNotice } from "./Chrome";
import { Icon } from "./Icon";

type CallState = { state: "idle" } | { state: "calling" } | { state: "called"; ticket: number } | { state: "failed"; code: string };

/** "Call staff": a numbered ticket that staff see in their console. */
export function CallStaffButton(): React.JSX.Element {
  const { t } = useTranslation();
  const { api, lang, sessionId } = useKiosk();
  const [call, setCall] = useState<CallState>({ state: "idle" });

  const request = (): void => {
    setCall({ state: "calling" });
    void api.callStaff({ session: sessionId, lang }).then((result) => {
      setCall(result.ok ? { state: "called", ticket: result.value.ticket } : { state: "failed", code: result.error.code });
    });
  };

  return (
    <>
      <button type="button" className="button-secondary call-staff" disabled={call.state === "calling"} onClick={request}>
        <Icon name="call" />
        {t("staffCall.button")}
      </button>
      {call.state === "failed" ? <ErrorNotice code={call.code} /> : null}
      {call.state === "called" ? (
        <div className="idle-overlay" role="dialog" aria-modal="true" aria-labelledby="staff-call-title">
          <div className="idle-dialog">
            <h2 id="staff-call-title">{t("staffCall.title")}</h2>
            <p>{t("staffCall.ticket")}</p>
            <div className="idle-count" dir="ltr">
              {call.ticket}
            </div>
            <p>{t("staffCall.message")}</p>
            <button type="button" className="button-primary" onClick={() => setCall({ state: "idle" })}>
              {t("staffCall.close")}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
