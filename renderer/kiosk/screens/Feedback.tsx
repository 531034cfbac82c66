import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TopBar } from "../components/Chrome";
import { useKiosk } from "../context";

const SCORES = [1, 2, 3, 4, 5] as const;
const THANKS_MS = 2500;

/** Ending a session: one optional tap of feedback, then everything is wiped. */
export function FeedbackScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const { api, lang, sessionId, dispatch } = useKiosk();
  const [thanked, setThanked] = useState(false);

  const finish = (): void => dispatch({ type: "end" });

  const rate = (score: (typeof SCORES)[number]): void => {
    void api.submitFeedback({ session: sessionId, lang, score });
    setThanked(true);
    setTimeout(finish, THANKS_MS);
  };

  return (
    <>
      <TopBar title={t("feedback.title")} />
      <main className="screen feedback">
        {thanked ? (
          <p className="feedback-thanks" role="status">
            {t("feedback.thanks")}
          </p>
        ) : (
          <>
            <h2 className="feedback-question">{t("feedback.question")}</h2>
            <ul className="feedback-scores">
              {SCORES.map((score) => (
                <li key={score}>
                  <button type="button" className={`feedback-score score-${score}`} onClick={() => rate(score)}>
                    <span className="feedback-stars" aria-hidden="true">
                      {"★".repeat(score)}
                    </span>
                    <span>{t(`feedback.score_${score}`)}</span>
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="button-secondary feedback-skip" onClick={finish}>
              {t("feedback.skip")}
            </button>
          </>
        )}
      </main>
    </>
  );
}
