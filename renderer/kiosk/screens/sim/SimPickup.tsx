import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SimPickup } from "../../../../main/api/contract";
import { TopBar } from "../../components/Chrome";
import { ContinueOnPhone } from "../../components/ContinueOnPhone";
import { OnScreenKeyboard } from "../../components/keyboard/OnScreenKeyboard";
import { useKiosk } from "../../context";
import "./sim.css";

const CODE_MAX = 40;
const FACTOR_MAX = 60;

type Field = "code" | "factor";
type Lookup = { state: "form" } | { state: "searching" } | { state: "refused"; code: string } | { state: "found"; pickup: SimPickup };

function refusalKey(code: string): "pickup.notFound" | "pickup.rateLimited" | "pickup.failed" {
  if (code === "not_found" || code === "bad_request") return "pickup.notFound";
  if (code === "rate_limited") return "pickup.rateLimited";
  return "pickup.failed";
}

function TicketView({ pickup }: { pickup: SimPickup }): React.JSX.Element {
  const { t } = useTranslation("sim");
  const { dispatch } = useKiosk();
  return (
    <section className="sim-ticket" aria-labelledby="sim-ticket-title">
      <h2 id="sim-ticket-title" className="sim-ticket-heading">
        {t("ticket.title")}
      </h2>
      <p className="sim-ticket-label">{t("ticket.number")}</p>
      <p className="sim-ticket-number" dir="ltr" data-testid="sim-ticket">
        {pickup.ticket}
      </p>
      {pickup.status === "handed-over" ? <p className="notice">{t("ticket.handedOver")}</p> : null}
      <dl className="sim-ticket-facts">
        <dt>{t("ticket.order")}</dt>
        <dd>
          {pickup.carrier} · {pickup.plan}
        </dd>
        <dt>{t("ticket.counter")}</dt>
        <dd>{pickup.counter || t("ticket.counterUnknown")}</dd>
        <dt>{t("ticket.bring")}</dt>
        <dd>{t("ticket.passport")}</dd>
      </dl>
      <ContinueOnPhone item={{ kind: "sim-ticket", ticket: pickup.ticket }} />
      <button type="button" className="button-primary" onClick={() => dispatch({ type: "home" })}>
        {t("ticket.done")}
      </button>
    </section>
  );
}

/** "I ordered a SIM online": order code plus a second factor, then the pickup ticket. */
export function SimPickupScreen(): React.JSX.Element {
  const { t } = useTranslation("sim");
  const { api, lang } = useKiosk();
  const [code, setCode] = useState("");
  const [factor, setFactor] = useState("");
  const [field, setField] = useState<Field>("code");
  const [lookup, setLookup] = useState<Lookup>({ state: "form" });

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    if (code.trim() === "" || factor.trim() === "") return;
    setLookup({ state: "searching" });
    void api.lookupSimOrder({ lang, code: code.trim(), factor: factor.trim() }).then((result) => {
      if (result.ok) {
        // The details typed are not needed any more once the ticket is shown.
        setCode("");
        setFactor("");
        setLookup({ state: "found", pickup: result.value });
      } else {
        setLookup({ state: "refused", code: result.error.code });
      }
    });
  };

  if (lookup.state === "found") {
    return (
      <>
        <TopBar title={t("pickup.title")} />
        <main className="screen sim">
          <TicketView pickup={lookup.pickup} />
        </main>
      </>
    );
  }

  return (
    <>
      <TopBar title={t("pickup.title")} />
      <main className="screen sim">
        <p className="sim-intro">{t("pickup.intro")}</p>
        <form className="sim-form" onSubmit={submit}>
          <label className="sim-field">
            <span>{t("pickup.code")}</span>
            <input
              value={code}
              maxLength={CODE_MAX}
              autoComplete="off"
              spellCheck={false}
              inputMode="none"
              dir="ltr"
              className={field === "code" ? "active" : undefined}
              onFocus={() => setField("code")}
              onChange={(event) => setCode(event.target.value.toUpperCase())}
            />
          </label>
          <label className="sim-field">
            <span>{t("pickup.factor")}</span>
            <input
              value={factor}
              maxLength={FACTOR_MAX}
              autoComplete="off"
              spellCheck={false}
              inputMode="none"
              className={field === "factor" ? "active" : undefined}
              onFocus={() => setField("factor")}
              onChange={(event) => setFactor(event.target.value)}
            />
          </label>
          {lookup.state === "refused" ? (
            <p className="notice notice-error" role="alert">
              {t(refusalKey(lookup.code))}
            </p>
          ) : null}
          {lookup.state === "searching" ? (
            <p className="notice" role="status">
              {t("pickup.searching")}
            </p>
          ) : null}
          <button
            type="submit"
            className="button-primary sim-submit"
            disabled={lookup.state === "searching" || code.trim() === "" || factor.trim() === ""}
          >
            {t("pickup.submit")}
          </button>
        </form>
      </main>
      {field === "code" ? (
        <OnScreenKeyboard key="code" value={code} onChange={(next) => setCode(next.toUpperCase())} maxLength={CODE_MAX} layouts={["latin"]} />
      ) : (
        <OnScreenKeyboard key="factor" value={factor} onChange={setFactor} maxLength={FACTOR_MAX} />
      )}
    </>
  );
}
