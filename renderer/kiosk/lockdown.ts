/**
 * The page's own share of the navigation lock. In Electron the main process blocks navigation,
 * new windows and shortcuts (main/electron/hardening.ts); in the Chromium shell the page is all
 * there is between a traveller and the rest of the web, so it refuses, itself, to leave its
 * origin. Keys that Chromium keeps for itself (Ctrl+W, Ctrl+T, Ctrl+N, Ctrl+Tab, Alt+F4, Alt+Tab)
 * never reach a page: only the kiosk flags and the kiosk user's session can stop those.
 */

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Editing shortcuts a traveller may use in the search box: select all, copy, paste, cut, undo, redo. */
const EDITING_LETTERS = new Set(["a", "c", "v", "x", "z", "y"]);
/** Function and browser keys: reload, find, caret browsing, full screen, devtools, history, home. */
const BLOCKED_KEYS = new Set(["F1", "F3", "F5", "F6", "F7", "F10", "F11", "F12", "BrowserBack", "BrowserForward", "BrowserHome", "BrowserRefresh", "BrowserSearch"]);
const ALT_BLOCKED = new Set(["ArrowLeft", "ArrowRight", "Home", "F4", "d", "D", "e", "E", "f", "F"]);

/**
 * True for a key combination that would reload the page, leave it, open the address bar, a
 * file dialog, print, find, zoom, history, downloads or devtools.
 */
export function isEscapeShortcut(key: KeyLike, inEditableField: boolean): boolean {
  if (BLOCKED_KEYS.has(key.key)) return true;
  if (key.altKey && ALT_BLOCKED.has(key.key)) return true;
  if (key.ctrlKey || key.metaKey) {
    if (key.key.length === 1) return key.shiftKey || !EDITING_LETTERS.has(key.key.toLowerCase());
    return !["Backspace", "Delete", "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "Control", "Meta", "Shift", "Alt"].includes(key.key);
  }
  // Backspace outside a text field was once "back" in browsers, and still is in some.
  if (key.key === "Backspace" && !inEditableField) return true;
  return false;
}

/** True when a link's target is on another origin or is not a web address at all (javascript:, file:, data:). */
export function isForeignUrl(href: string, origin: string): boolean {
  try {
    const url = new URL(href, origin);
    return url.origin !== origin || (url.protocol !== "http:" && url.protocol !== "https:" && url.protocol !== "app:");
  } catch {
    return true;
  }
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !["button", "checkbox", "radio", "submit", "reset", "range", "color", "file"].includes(target.type);
}

function linkOf(target: EventTarget | null): HTMLAnchorElement | SVGAElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement | SVGAElement>("a[href], area[href]") : null;
}

function hrefOf(link: HTMLAnchorElement | SVGAElement): string {
  return link instanceof SVGAElement ? link.href.baseVal : link.href;
}

/**
 * The one download the kiosk allows: a staff export (CSV, logs, the content pack) that the staff
 * console made itself as a Blob of this page. Travellers never reach the console's code, and a
 * link to anything else, or without the console's mark, is still blocked.
 */
function isStaffExport(link: HTMLAnchorElement | SVGAElement, origin: string): boolean {
  return (
    link instanceof HTMLAnchorElement &&
    link.dataset.staffExport === "1" &&
    link.hasAttribute("download") &&
    link.href.startsWith(`blob:${origin}/`)
  );
}

const block = (event: Event): void => {
  event.preventDefault();
  event.stopPropagation();
};

/** Installs every rule on this window. Call once, before the app renders. */
export function lockDown(win: Window = window): void {
  const origin = win.location.origin;

  // Links: one to another origin, a new window or a download is not followed.
  const onLinkActivation = (event: MouseEvent): void => {
    const link = linkOf(event.target);
    if (!link) return;
    const opensElsewhere = link.getAttribute("target") !== null && link.getAttribute("target") !== "_self";
    if (isStaffExport(link, origin) && event.button === 0) return;
    if (isForeignUrl(hrefOf(link), origin) || opensElsewhere || link.hasAttribute("download") || event.button !== 0) block(event);
  };
  win.addEventListener("click", onLinkActivation, { capture: true });
  win.addEventListener("auxclick", onLinkActivation, { capture: true });

  // Forms: the CSP already says form-action 'none'; a submit never navigates either. React's own
  // submit handlers still run, because the event keeps propagating.
  win.addEventListener("submit", (event) => event.preventDefault(), { capture: true });

  // New windows: window.open opens nothing and cannot be put back.
  Object.defineProperty(win, "open", { value: () => null, writable: false, configurable: false });

  // A kiosk has no context menu, no text selection outside fields, and takes no drops.
  for (const name of ["contextmenu", "dragstart", "dragenter", "dragover", "drop"] as const) {
    win.addEventListener(name, (event) => event.preventDefault(), { capture: true });
  }
  win.addEventListener("selectstart", (event) => {
    if (!isEditable(event.target)) event.preventDefault();
  }, { capture: true });

  // Keys: reload, address bar, history, find, print, zoom, devtools.
  win.addEventListener("keydown", (event) => {
    if (isEscapeShortcut(event, isEditable(event.target))) event.preventDefault();
  }, { capture: true });

  // Zoom by Ctrl+wheel or trackpad pinch (the viewport meta stops touch pinch).
  win.addEventListener("wheel", (event) => {
    if (event.ctrlKey) event.preventDefault();
  }, { capture: true, passive: false });

  // History: Alt+Left, a mouse's back button or a swipe that gets through finds one more entry of
  // this same page, and is put back.
  win.history.pushState({ kiosk: true }, "", win.location.href);
  win.addEventListener("popstate", () => win.history.pushState({ kiosk: true }, "", win.location.href));
}
