import { describe, expect, it } from "vitest";
import { isEscapeShortcut, isForeignUrl, type KeyLike } from "./lockdown";

function key(spec: string): KeyLike {
  const parts = spec.split("+");
  const name = parts.pop() ?? "";
  return { key: name, ctrlKey: parts.includes("Control"), metaKey: parts.includes("Meta"), altKey: parts.includes("Alt"), shiftKey: parts.includes("Shift") };
}

describe("escape shortcuts", () => {
  it.each(["F5", "Control+r", "Control+Shift+R", "Control+l", "Alt+ArrowLeft", "Alt+Home", "F12", "Control+Shift+I", "Control+p", "Control+o", "Control+s", "Control+=", "Control+-", "Control+0", "F11", "Meta+r", "BrowserBack"])("%s is blocked", (spec) => {
    expect(isEscapeShortcut(key(spec), false)).toBe(true);
  });

  it.each(["a", "Enter", "Tab", "Control+a", "Control+c", "Control+v", "Control+x", "Control+z", "Control+y", "Control+Backspace", "ArrowLeft", "Escape"])("%s is left to the page", (spec) => {
    expect(isEscapeShortcut(key(spec), true)).toBe(false);
  });

  it("blocks Backspace only outside a text field", () => {
    expect(isEscapeShortcut(key("Backspace"), false)).toBe(true);
    expect(isEscapeShortcut(key("Backspace"), true)).toBe(false);
  });
});

describe("foreign links", () => {
  const origin = "http://127.0.0.1:4780";
  it("lets the kiosk's own addresses through", () => {
    expect(isForeignUrl("/m/index.html", origin)).toBe(false);
    expect(isForeignUrl("http://127.0.0.1:4780/#top", origin)).toBe(false);
  });
  it("stops other origins, other ports and non-web schemes", () => {
    for (const href of ["https://example.invalid/", "http://localhost:4780/", "http://127.0.0.1:4781/", "javascript:location.assign('https://example.invalid')", "file:///etc/passwd", "data:text/html,hi", "chrome://settings"]) {
      expect(isForeignUrl(href, origin), href).toBe(true);
    }
  });
});
