import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useKiosk } from "../context";
import { formatAsOf } from "../format";
import { useApiCall } from "../use-api";
import { ErrorNotice } from "./Chrome";

const AMOUNT_KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", ".", "0", "⌫"] as const;
const MAX_DIGITS = 9;

function formatMoney(value: number, currency: string, lang: string): string {
  try {
    return new Intl.NumberFormat(lang, { style: "currency", currency, maximumFractionDigits: 2 }).format(value);
  } catch {
    return `${value.toFixed(2)} ${currency}`;
  }
}

function nextAmount(amount: string, key: (typeof AMOUNT_KEYS)[number]): string {
  if (key === "⌫") return amount.slice(0, -1);
  if (key === "." && amount.includes(".")) return amount;
  if (amount.replace(".", "").length >= MAX_DIGITS) return amount;
  const [, decimals] = amount.split(".");
  if (decimals !== undefined && decimals.length >= 2) return amount;
  return amount === "0" && key !== "." ? key : amount + key;
}

/** Converts an amount into yuan at the rates the service centre's staff set, with their date. */
export function Converter(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { api } = useKiosk();
  const rates = useApiCall(() => api.getExchangeRates({}), []);
  const [currency, setCurrency] = useState<string | null>(null);
  const [amount, setAmount] = useState("100");

  if (rates.state === "loading") return <section className="converter" aria-busy="true" />;
  if (rates.state === "failed") return <ErrorNotice code={rates.error.code} />;
  const { rates: list, setAt } = rates.value;
  if (list.length === 0) {
    return (
      <section className="converter" aria-labelledby="converter-title">
        <h2 id="converter-title" className="section-title">
          {t("converter.title")}
        </h2>
        <p className="notice">{t("converter.none")}</p>
      </section>
    );
  }
  const chosen = list.find((rate) => rate.currency === currency) ?? list[0];
  if (!chosen) return <section className="converter" />;
  const value = Number(amount || "0");

  return (
    <section className="converter" aria-labelledby="converter-title">
      <h2 id="converter-title" className="section-title">
        {t("converter.title")}
      </h2>
      <div className="converter-currencies" role="group" aria-label={t("converter.choose")}>
        {list.map((rate) => (
          <button
            key={rate.currency}
            type="button"
            className={`converter-currency${rate.currency === chosen.currency ? " on" : ""}`}
            aria-pressed={rate.currency === chosen.currency}
            onClick={() => setCurrency(rate.currency)}
          >
            {rate.currency}
          </button>
        ))}
      </div>
      <div className="converter-display">
        <span className="converter-label">{t("converter.amount", { currency: chosen.currency })}</span>
        <output className="converter-amount" dir="ltr">
          {formatMoney(value, chosen.currency, i18n.language)}
        </output>
        <output className="converter-result" dir="auto">
          {t("converter.result", { cny: formatMoney(value * chosen.cnyPerUnit, "CNY", i18n.language) })}
        </output>
      </div>
      <div className="converter-keys">
        {AMOUNT_KEYS.map((key) => (
          <button key={key} type="button" className="kb-key" onClick={() => setAmount(nextAmount(amount, key))}>
            {key}
          </button>
        ))}
      </div>
      {setAt ? <p className="converter-date">{t("converter.setAt", { date: formatAsOf(setAt.slice(0, 10), i18n.language) })}</p> : null}
      <p className="converter-note">{t("converter.note")}</p>
    </section>
  );
}
