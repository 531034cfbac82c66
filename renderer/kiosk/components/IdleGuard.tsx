import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

const ACTIVITY_EVENTS = ["pointerdown", "keydown", "input", "wheel", "touchstart"] as const;

/**
 * Watches for a traveller who walked away: after `timeoutSeconds - warningSeconds` without a
 * touch it asks "Are you still there?" and counts down; at zero the session ends and everything
 * is wiped (design §3).
 */
export function IdleGuard({
  timeoutSeconds,
  warningSeconds,
  onExpire,
}: {
  timeoutSeconds: number;
  warningSeconds: number;
  onExpire: () => void;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const [lastActivity, setLastActivity] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const touch = (): void => setLastActivity(Date.now());
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { capture: true, passive: true });
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch, { capture: true });
      clearInterval(timer);
    };
  }, []);

  const idleSeconds = (now - lastActivity) / 1000;
  const remaining = Math.ceil(timeoutSeconds - idleSeconds);

  useEffect(() => {
    if (remaining <= 0) onExpire();
  }, [remaining, onExpire]);

  if (remaining > warningSeconds || remaining <= 0) return null;
  return (
    <div className="idle-overlay" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-message">
      <div className="idle-dialog">
        <h2 id="idle-title">{t("idle.title")}</h2>
        <p id="idle-message">{t("idle.message", { count: remaining })}</p>
        <div className="idle-count" aria-hidden="true">
          {remaining}
        </div>
        <div className="idle-actions">
          <button type="button" className="button-primary" onClick={() => setLastActivity(Date.now())}>
            {t("idle.stay")}
          </button>
          <button type="button" className="button-secondary" onClick={onExpire}>
            {t("idle.end")}
          </button>
        </div>
      </div>
    </div>
  );
}
