import { useEffect, useState } from "react";
import { LANGUAGES } from "../../../main/api/contract";
import { GREETINGS, LANGUAGE_NAMES, TOUCH_TO_START } from "../../i18n/languages";
import { useStaffGesture } from "../../staff/gesture";

const CYCLE_MS = 2500;

/** The screen nobody is using: a greeting cycling through every language, tap anywhere to start. */
export function AttractScreen({ onStart, onStaff }: { onStart: () => void; onStaff?: () => void }): React.JSX.Element {
  const staffTap = useStaffGesture(onStaff);
  const [index, setIndex] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setIndex((value) => (value + 1) % LANGUAGES.length), CYCLE_MS);
    return () => clearInterval(timer);
  }, []);
  const lang = LANGUAGES[index] ?? "en";

  return (
    <>
      <button type="button" className="attract" onClick={onStart} aria-label={TOUCH_TO_START.en}>
        <span className="attract-mark" aria-hidden="true">
          1+4
        </span>
        <span className="attract-airport" lang="zh-Hans">
          重庆江北国际机场 · 入境服务
        </span>
        <span className="attract-airport-en">Chongqing Jiangbei International Airport · Arrivals service</span>
        <span className="attract-greeting" lang={lang} dir={lang === "ar" ? "rtl" : "ltr"}>
          {GREETINGS[lang]}
        </span>
        <span className="attract-touch" lang={lang} dir={lang === "ar" ? "rtl" : "ltr"}>
          {TOUCH_TO_START[lang]}
        </span>
        <span className="attract-languages" aria-hidden="true">
          {LANGUAGES.map((code) => (
            <span key={code} lang={code} className={code === lang ? "active" : undefined}>
              {LANGUAGE_NAMES[code]}
            </span>
          ))}
        </span>
      </button>
      {/* Staff mode: five taps on this corner within 3 seconds (README "Staff mode"). */}
      <div className="attract-staff-corner" aria-hidden="true" data-testid="staff-corner" onPointerDown={staffTap} />
    </>
  );
}
