import { useTranslation } from "react-i18next";
import { useKiosk } from "../context";
import type { AccessOption } from "../session";

const OPTIONS: AccessOption[] = ["larger", "contrast", "lowered"];

/** Larger text, high contrast and a lowered layout for wheelchair users; wiped with the session. */
export function AccessOptions(): React.JSX.Element {
  const { t } = useTranslation();
  const { access, dispatch } = useKiosk();
  return (
    <div className="access-options" role="group" aria-label={t("access.title")}>
      {OPTIONS.map((option) => (
        <button
          key={option}
          type="button"
          className={`access-toggle${access[option] ? " on" : ""}`}
          aria-pressed={access[option]}
          onClick={() => dispatch({ type: "toggleAccess", option })}
        >
          <span className={`access-icon access-icon-${option}`} aria-hidden="true" />
          {t(`access.${option}`)}
        </button>
      ))}
    </div>
  );
}
