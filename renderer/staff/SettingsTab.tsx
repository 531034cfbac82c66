import { useState } from "react";
import { LANGUAGES, type ApiError, type Lang, type StaffSettings } from "../../main/api/contract";
import { LANGUAGE_NAMES } from "../i18n/languages";
import { Loaded, StaffError, formatTime } from "./parts";
import { useStaff, useStaffLoad, useStaffRun, useStaffT } from "./staff-context";

type Wifi = NonNullable<StaffSettings["wifi"]>;

function SettingsForm({ initial, onSaved }: { initial: StaffSettings; onSaved: () => void }): React.JSX.Element {
  const t = useStaffT();
  const { api, lang } = useStaff();
  const run = useStaffRun();
  const [draft, setDraft] = useState<StaffSettings>(initial);
  const [rates, setRates] = useState(initial.exchangeRates.map((rate) => ({ currency: rate.currency, value: String(rate.cnyPerUnit) })));
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof StaffSettings>(key: K, value: StaffSettings[K]): void => {
    setSaved(false);
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const setWifi = (patch: Partial<Wifi>): void => set("wifi", { ssid: "", password: "", security: "WPA", ...draft.wifi, ...patch });

  const toggleLanguage = (code: Lang): void => {
    const next = draft.languages.includes(code) ? draft.languages.filter((item) => item !== code) : LANGUAGES.filter((item) => item === code || draft.languages.includes(item));
    set("languages", next);
  };

  const save = (event: React.FormEvent): void => {
    event.preventDefault();
    const exchangeRates = rates
      .filter((rate) => rate.currency.trim() !== "")
      .map((rate) => ({ currency: rate.currency.trim().toUpperCase(), cnyPerUnit: Number(rate.value) }));
    const changedRates = JSON.stringify(exchangeRates) !== JSON.stringify(initial.exchangeRates);
    const patch: Partial<StaffSettings> = {
      kioskId: draft.kioskId,
      terminal: draft.terminal,
      languages: draft.languages,
      defaultLanguage: draft.defaultLanguage,
      idleTimeoutSeconds: draft.idleTimeoutSeconds,
      idleWarningSeconds: draft.idleWarningSeconds,
      handoffBaseUrl: draft.handoffBaseUrl.trim(),
      wifi: draft.wifi && draft.wifi.ssid.trim() !== "" ? draft.wifi : null,
      simCounter: draft.simCounter,
      simPurgeDays: draft.simPurgeDays,
      ...(changedRates ? { exchangeRates } : {}),
    };
    void run((token) => api.staffUpdateSettings({ token, patch })).then((result) => {
      if (!result.ok) return setError(result.error);
      setError(null);
      setSaved(true);
      onSaved();
    });
  };

  return (
    <form className="staff-form" onSubmit={save}>
      <label>
        {t("settings.kioskId")}
        <input value={draft.kioskId} onChange={(event) => set("kioskId", event.target.value)} maxLength={40} />
      </label>
      <label>
        {t("settings.terminal")}
        <select value={draft.terminal} onChange={(event) => set("terminal", event.target.value === "T2" ? "T2" : "T3")}>
          <option value="T2">T2</option>
          <option value="T3">T3</option>
        </select>
      </label>
      <fieldset>
        <legend>{t("settings.languages")}</legend>
        <div className="staff-checks">
          {LANGUAGES.map((code) => (
            <label key={code} className="staff-check">
              <input type="checkbox" checked={draft.languages.includes(code)} onChange={() => toggleLanguage(code)} />
              <span lang={code}>{LANGUAGE_NAMES[code]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label>
        {t("settings.defaultLanguage")}
        <select value={draft.defaultLanguage} onChange={(event) => set("defaultLanguage", event.target.value as Lang)}>
          {draft.languages.map((code) => (
            <option key={code} value={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("settings.idleTimeout")}
        <input type="number" min={10} max={900} value={draft.idleTimeoutSeconds} onChange={(event) => set("idleTimeoutSeconds", Number(event.target.value))} />
      </label>
      <label>
        {t("settings.idleWarning")}
        <input type="number" min={5} max={120} value={draft.idleWarningSeconds} onChange={(event) => set("idleWarningSeconds", Number(event.target.value))} />
      </label>
      <label>
        {t("settings.handoffBaseUrl")}
        <input value={draft.handoffBaseUrl} maxLength={200} dir="ltr" onChange={(event) => set("handoffBaseUrl", event.target.value)} />
      </label>
      <fieldset>
        <legend>{t("settings.wifi")}</legend>
        <label>
          {t("settings.wifiSsid")}
          <input value={draft.wifi?.ssid ?? ""} maxLength={32} onChange={(event) => setWifi({ ssid: event.target.value })} />
        </label>
        <label>
          {t("settings.wifiPassword")}
          <input value={draft.wifi?.password ?? ""} maxLength={63} onChange={(event) => setWifi({ password: event.target.value })} />
        </label>
        <label>
          {t("settings.wifiSecurity")}
          <select value={draft.wifi?.security ?? "WPA"} onChange={(event) => setWifi({ security: event.target.value as Wifi["security"] })}>
            <option value="WPA">WPA</option>
            <option value="WEP">WEP</option>
            <option value="nopass">—</option>
          </select>
        </label>
        {!draft.wifi || draft.wifi.ssid === "" ? <p className="staff-note">{t("settings.wifiNone")}</p> : null}
      </fieldset>
      <fieldset>
        <legend>{t("settings.rates")}</legend>
        <p className="staff-note" data-testid="rates-set-at">
          {initial.exchangeRatesSetAt ? t("settings.ratesSetAt", { date: formatTime(initial.exchangeRatesSetAt, lang) }) : t("settings.ratesNever")}
        </p>
        {rates.map((rate, index) => (
          <div key={index} className="staff-rate">
            <input
              aria-label={t("settings.rateCurrency")}
              placeholder="USD"
              value={rate.currency}
              maxLength={3}
              onChange={(event) => setRates((all) => all.map((item, i) => (i === index ? { ...item, currency: event.target.value } : item)))}
            />
            <input
              aria-label={t("settings.rateValue")}
              inputMode="decimal"
              value={rate.value}
              maxLength={12}
              onChange={(event) => setRates((all) => all.map((item, i) => (i === index ? { ...item, value: event.target.value } : item)))}
            />
            <button type="button" className="staff-button" onClick={() => setRates((all) => all.filter((_, i) => i !== index))}>
              {t("settings.rateRemove")}
            </button>
          </div>
        ))}
        <button type="button" className="staff-button" onClick={() => setRates((all) => [...all, { currency: "", value: "" }])}>
          {t("settings.rateAdd")}
        </button>
      </fieldset>
      <label>
        {t("settings.simCounter")}
        <input value={draft.simCounter} maxLength={200} onChange={(event) => set("simCounter", event.target.value)} />
      </label>
      <label>
        {t("settings.simPurgeDays")}
        <input type="number" min={1} max={365} value={draft.simPurgeDays} onChange={(event) => set("simPurgeDays", Number(event.target.value))} />
      </label>
      {error ? <StaffError error={error} /> : null}
      {saved ? (
        <p className="staff-ok" role="status">
          {t("common.saved")}
        </p>
      ) : null}
      <button type="submit" className="staff-button staff-primary">
        {t("common.save")}
      </button>
    </form>
  );
}

function ChangePin(): React.JSX.Element {
  const t = useStaffT();
  const { api } = useStaff();
  const run = useStaffRun();
  const [currentPin, setCurrentPin] = useState("");
  const [newPin, setNewPin] = useState("");
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; error: ApiError } | null>(null);
  const change = (event: React.FormEvent): void => {
    event.preventDefault();
    void run((token) => api.staffChangePin({ token, currentPin, newPin })).then((result) => {
      setCurrentPin("");
      setNewPin("");
      setOutcome(result.ok ? { ok: true } : { ok: false, error: result.error });
    });
  };
  return (
    <form className="staff-form" onSubmit={change}>
      <h3>{t("settings.changePin")}</h3>
      <label>
        {t("settings.currentPin")}
        <input type="password" inputMode="numeric" autoComplete="off" maxLength={12} value={currentPin} onChange={(event) => setCurrentPin(event.target.value)} />
      </label>
      <label>
        {t("settings.newPin")}
        <input type="password" inputMode="numeric" autoComplete="off" maxLength={12} value={newPin} onChange={(event) => setNewPin(event.target.value)} />
      </label>
      {outcome?.ok ? <p className="staff-ok">{t("settings.pinChanged")}</p> : null}
      {outcome && !outcome.ok ? <StaffError error={outcome.error} /> : null}
      <button type="submit" className="staff-button" disabled={currentPin.length < 6 || newPin.length < 6}>
        {t("common.save")}
      </button>
    </form>
  );
}

export function SettingsTab(): React.JSX.Element {
  const { api } = useStaff();
  const [load, reload] = useStaffLoad((token) => api.staffGetSettings({ token }), []);
  return (
    <>
      <Loaded load={load}>{(settings) => <SettingsForm initial={settings} onSaved={reload} />}</Loaded>
      <ChangePin />
    </>
  );
}
