import { useTranslation } from "react-i18next";
import { LANGUAGE_NAMES } from "../../i18n/languages";
import { useKiosk } from "../context";
import { Icon } from "./Icon";

/** Back, home and language on every screen after the language picker (design §3). */
export function TopBar({ title }: { title: string }): React.JSX.Element {
  const { t } = useTranslation();
  const { dispatch } = useKiosk();
  return (
    <header className="top-bar">
      <button type="button" className="nav-button" aria-label={t("nav.back")} onClick={() => dispatch({ type: "back" })}>
        <Icon name="back" className="flip-rtl" />
        <span>{t("nav.back")}</span>
      </button>
      <h1 className="top-title">{title}</h1>
      <button type="button" className="nav-button" aria-label={t("nav.home")} onClick={() => dispatch({ type: "home" })}>
        <Icon name="home" />
        <span>{t("nav.home")}</span>
      </button>
      <LanguageButton />
      <DoneButton />
    </header>
  );
}

/** Changes the language mid-session; the screens stay where they are. */
export function LanguageButton(): React.JSX.Element {
  const { t } = useTranslation();
  const { dispatch, lang } = useKiosk();
  return (
    <button
      type="button"
      className="nav-button"
      aria-label={t("language.change")}
      onClick={() => dispatch({ type: "changeLanguage" })}
    >
      <Icon name="globe" />
      <span lang={lang}>{LANGUAGE_NAMES[lang]}</span>
    </button>
  );
}

/** Ends the session, through the optional feedback screen. */
export function DoneButton(): React.JSX.Element {
  const { t } = useTranslation();
  const { open } = useKiosk();
  return (
    <button type="button" className="nav-button" onClick={() => open({ name: "feedback" })}>
      <span>{t("nav.done")}</span>
    </button>
  );
}

const EMERGENCY_NUMBERS = [
  { number: "110", label: "emergency.police" },
  { number: "119", label: "emergency.fire" },
  { number: "120", label: "emergency.ambulance" },
  { number: "122", label: "emergency.traffic" },
  { number: "12345", label: "emergency.hotline" },
] as const;

/** The emergency numbers, one tap from every screen; a tap opens the emergency answers. */
export function EmergencyBar(): React.JSX.Element {
  const { t } = useTranslation();
  const { open } = useKiosk();
  return (
    <nav className="emergency-bar" aria-label={t("emergency.title")}>
      <span className="emergency-title">
        <Icon name="alert" />
        {t("emergency.title")}
      </span>
      {EMERGENCY_NUMBERS.map((item) => (
        <button
          key={item.number}
          type="button"
          className="emergency-number"
          onClick={() => open({ name: "category", category: item.number === "12345" ? "hotline" : "emergency" })}
        >
          <strong dir="ltr">{item.number}</strong>
          <span>{t(item.label)}</span>
        </button>
      ))}
    </nav>
  );
}

export function ErrorNotice({ code }: { code: string }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <p className="notice notice-error" role="alert">
      {t(`errors.${code}` as "errors.internal", { defaultValue: t("errors.internal") })}
    </p>
  );
}

export function Loading(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <p className="notice" role="status">
      {t("common.loading")}
    </p>
  );
}
