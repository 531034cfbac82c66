import { useEffect, useState } from "react";
import { OnScreenKeyboard } from "../kiosk/components/keyboard/OnScreenKeyboard";
import { useStaffT } from "./staff-context";

const TYPED_INPUTS = new Set(["text", "number", "password", "search", "url", ""]);
const DEFAULT_MAX = 200;

function isTypedInput(target: EventTarget | null): target is HTMLInputElement {
  return target instanceof HTMLInputElement && TYPED_INPUTS.has(target.type);
}

/** Sets a React-controlled input's value the way typing would, so its onChange runs. */
function typeInto(input: HTMLInputElement, value: string): void {
  // The prototype's setter, not the instance's: React tracks the latter to spot real typing.
  Reflect.set(HTMLInputElement.prototype, "value", value, input);
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

/**
 * The kiosk has no hardware keyboard: the on-screen one types into whichever console field was
 * touched last. Tapping its keys moves focus to the keys, so the field is remembered, not read
 * from document.activeElement.
 */
export function StaffKeyboard(): React.JSX.Element | null {
  const t = useStaffT();
  const [field, setField] = useState<HTMLInputElement | null>(null);
  const [value, setValue] = useState("");

  useEffect(() => {
    const onFocus = (event: FocusEvent): void => {
      if (!isTypedInput(event.target)) return;
      setField(event.target);
      setValue(event.target.value);
    };
    const onInput = (event: Event): void => {
      if (isTypedInput(event.target)) setValue(event.target.value);
    };
    document.addEventListener("focusin", onFocus);
    document.addEventListener("input", onInput);
    return () => {
      document.removeEventListener("focusin", onFocus);
      document.removeEventListener("input", onInput);
    };
  }, []);

  if (!field || !field.isConnected) return null;
  const maxLength = field.maxLength > 0 ? field.maxLength : DEFAULT_MAX;
  return (
    <div className="staff-keyboard">
      <button type="button" className="staff-button" onClick={() => setField(null)}>
        {t("keyboardHide")}
      </button>
      <OnScreenKeyboard
        value={value}
        maxLength={maxLength}
        layouts={field.type === "number" || field.type === "password" ? ["latin"] : ["latin", "pinyin"]}
        onChange={(next) => {
          typeInto(field, next);
          setValue(next);
        }}
      />
    </div>
  );
}
