import { useEffect, useState } from "react";
import type { KioskApi, StaffSession, StaffStatus } from "../../main/api/contract";
import { formatTime } from "./parts";
import { useStaffT, type StaffLang } from "./staff-context";

const PIN_MIN = 6;
const PIN_MAX = 12;
const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"] as const;

function PinPad({ label, onSubmit, busy }: { label: string; onSubmit: (pin: string) => void; busy: boolean }): React.JSX.Element {
  const t = useStaffT();
  const [pin, setPin] = useState("");
  const press = (digit: string): void => setPin((current) => (current.length < PIN_MAX ? current + digit : current));
  const submit = (): void => {
    onSubmit(pin);
    setPin("");
  };
  return (
    <div className="pin-pad">
      <p className="pin-label" id="pin-label">
        {label}
      </p>
      <output className="pin-dots" aria-labelledby="pin-label" aria-live="polite" data-testid="pin-dots">
        <span aria-hidden="true">{"●".repeat(pin.length) || " "}</span>
        <span className="visually-hidden">{t("pin.digits", { count: pin.length })}</span>
      </output>
      <div className="pin-keys">
        {KEYS.map((digit) => (
          <button key={digit} type="button" className="pin-key" onClick={() => press(digit)}>
            {digit}
          </button>
        ))}
        <button type="button" className="pin-key pin-key-small" onClick={() => setPin("")}>
          {t("pin.clear")}
        </button>
        <button type="button" className="pin-key" onClick={() => press("0")}>
          0
        </button>
        <button type="button" className="pin-key pin-key-small" onClick={() => setPin((current) => current.slice(0, -1))}>
          {t("pin.delete")}
        </button>
      </div>
      <button type="button" className="pin-ok" disabled={busy || pin.length < PIN_MIN} onClick={submit}>
        {t("pin.ok")}
      </button>
    </div>
  );
}

type Phase = { kind: "loading" } | { kind: "setup"; first: string | null } | { kind: "login" };

/** First run: choose the PIN twice. Afterwards: enter it. Shows any lock and its end. */
export function PinGate({
  api,
  lang,
  notice,
  onSession,
}: {
  api: KioskApi;
  lang: StaffLang;
  notice: string | null;
  onSession: (session: StaffSession) => void;
}): React.JSX.Element {
  const t = useStaffT();
  const [status, setStatus] = useState<StaffStatus | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "loading" });
  const [message, setMessage] = useState<string | null>(notice);
  const [busy, setBusy] = useState(false);

  const refresh = (): void => {
    void api.staffStatus({}).then((result) => {
      if (!result.ok) return setMessage(t("pin.failed"));
      setStatus(result.value);
      setPhase(result.value.pinSet ? { kind: "login" } : { kind: "setup", first: null });
    });
  };
  useEffect(refresh, [api]);

  const lockedText = (until: string): string => t("pin.locked", { time: formatTime(until, lang) });

  const login = (pin: string): void => {
    setBusy(true);
    void api.staffLogin({ pin }).then((result) => {
      setBusy(false);
      if (result.ok) return onSession(result.value);
      if (result.error.code === "rate_limited") {
        const until = /until (\S+)$/.exec(result.error.message)?.[1];
        setMessage(until ? lockedText(until) : result.error.message);
      } else setMessage(result.error.code === "unauthorized" ? t("pin.wrong") : t("pin.failed"));
      refresh();
    });
  };

  const setup = (pin: string): void => {
    if (phase.kind !== "setup") return;
    if (phase.first === null) {
      setMessage(null);
      return setPhase({ kind: "setup", first: pin });
    }
    if (phase.first !== pin) {
      setMessage(t("pin.mismatch"));
      return setPhase({ kind: "setup", first: null });
    }
    setBusy(true);
    void api.staffSetupPin({ pin }).then((result) => {
      setBusy(false);
      if (result.ok) return onSession(result.value);
      setMessage(result.error.code === "bad_request" ? t("pin.tooShort") : t("pin.failed"));
      refresh();
    });
  };

  const locked = status?.lockedUntil ?? null;
  return (
    <section className="pin-gate" aria-labelledby="pin-title">
      <h2 id="pin-title">{phase.kind === "setup" ? t("pin.setupTitle") : t("pin.enter")}</h2>
      {phase.kind === "setup" ? <p>{t("pin.setupIntro")}</p> : null}
      {message ? (
        <p className="staff-error" role="alert">
          {message}
        </p>
      ) : null}
      {locked && !message ? (
        <p className="staff-error" role="alert">
          {lockedText(locked)}
        </p>
      ) : null}
      {phase.kind === "login" ? <PinPad key="login" label={t("pin.enter")} onSubmit={login} busy={busy} /> : null}
      {phase.kind === "setup" ? (
        <PinPad
          key={phase.first === null ? "first" : "again"}
          label={phase.first === null ? t("pin.setupFirst") : t("pin.setupAgain")}
          onSubmit={setup}
          busy={busy}
        />
      ) : null}
    </section>
  );
}
