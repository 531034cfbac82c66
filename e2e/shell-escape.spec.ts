import type { Page } from "@playwright/test";
import { expect, saveScreen, test } from "./fixtures";
import { KioskPage } from "./kiosk-page";

/**
 * A traveller tries to leave the kiosk in the HTTP shell: links to other sites, new windows,
 * javascript: links, a form, a dropped file, the browser's history and its keyboard shortcuts.
 * The page must stay on its origin, on the screen it was on, without reloading. Nothing leaves
 * the machine: every request to another origin is aborted by the test and recorded, and the
 * targets are `.invalid` names that cannot resolve anyway.
 */

const FOREIGN = "https://example.invalid/";

interface Guard {
  foreignRequests: string[];
  popups: string[];
}

async function guard(page: Page, origin: string): Promise<Guard> {
  const result: Guard = { foreignRequests: [], popups: [] };
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url === origin) {
      await route.continue();
      return;
    }
    result.foreignRequests.push(url);
    await route.abort("blockedbyclient");
  });
  page.context().on("page", (popup) => result.popups.push(popup.url()));
  return result;
}

/** Opens the kiosk and walks to the home screen, then marks the document to detect a reload. */
async function openHome(page: Page, origin: string): Promise<void> {
  const kioskPage = new KioskPage(page, origin);
  await kioskPage.open();
  await kioskPage.start();
  await kioskPage.chooseLanguage("English");
  await expect(page.getByRole("heading", { name: "How can we help?" })).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { kioskMarker: number }).kioskMarker = 42;
  });
}

async function expectStillHome(page: Page, origin: string, guarded: Guard, what: string): Promise<void> {
  expect(new URL(page.url()).origin, `${what}: the page stays on the kiosk's origin`).toBe(origin);
  await expect(page.getByRole("heading", { name: "How can we help?" }), `${what}: the page stays on the same screen`).toBeVisible();
  const marker = await page.evaluate(() => (window as unknown as { kioskMarker?: number }).kioskMarker);
  expect(marker, `${what}: the document was not reloaded`).toBe(42);
  expect(guarded.popups, `${what}: no new window opened`).toEqual([]);
  expect(guarded.foreignRequests, `${what}: nothing was requested from another origin`).toEqual([]);
}

/** Puts an element at the top of the page, large enough for a real pointer to hit it. */
async function inject(page: Page, html: string): Promise<void> {
  await page.evaluate((markup) => {
    const holder = document.createElement("div");
    holder.id = "escape-attempt";
    holder.innerHTML = markup;
    const first = holder.firstElementChild as HTMLElement;
    first.dataset.testid = "escape";
    // Through the CSSOM: the kiosk's CSP refuses style attributes written as markup.
    Object.assign(holder.style, { position: "fixed", top: "0", left: "0", zIndex: "99999", background: "#fff", padding: "40px", fontSize: "40px" });
    document.getElementById("escape-attempt")?.remove();
    document.body.append(holder);
  }, html);
}

test.describe("the HTTP shell keeps the traveller on the kiosk", () => {
  test("links, new windows, javascript: links and forms go nowhere", async ({ page, kiosk }) => {
    const guarded = await guard(page, kiosk.origin);
    await openHome(page, kiosk.origin);

    await inject(page, `<a href="${FOREIGN}">a link to another site</a>`);
    await page.getByTestId("escape").click();
    await expectStillHome(page, kiosk.origin, guarded, "a link to another origin");

    await inject(page, `<a href="${FOREIGN}">middle-click</a>`);
    await page.getByTestId("escape").click({ button: "middle" });
    await expectStillHome(page, kiosk.origin, guarded, "a middle-click on a link");

    await inject(page, `<a href="/" target="_blank">a new tab of the kiosk itself</a>`);
    await page.getByTestId("escape").click();
    await expectStillHome(page, kiosk.origin, guarded, "a same-origin link with target=_blank");

    await inject(page, `<a href="javascript:location.assign('${FOREIGN}')">location.assign</a>`);
    await page.getByTestId("escape").click();
    await expectStillHome(page, kiosk.origin, guarded, "a javascript: link calling location.assign");

    await inject(page, `<form action="${FOREIGN}" method="get"><button type="submit">send</button></form>`);
    await page.getByTestId("escape").getByRole("button", { name: "send" }).click();
    await expectStillHome(page, kiosk.origin, guarded, "a form posting to another origin");

    const opened = await page.evaluate((target) => window.open(target), FOREIGN);
    expect(opened, "window.open returns null").toBeNull();
    // With a real user gesture, too: a button whose click handler calls window.open.
    await inject(page, `<button type="button">open a window</button>`);
    await page.evaluate((target) => {
      document.querySelector("[data-testid=escape]")?.addEventListener("click", () => {
        (window as unknown as { openResult: unknown }).openResult = window.open(target, "_blank");
      });
    }, FOREIGN);
    await page.getByTestId("escape").click();
    expect(await page.evaluate(() => (window as unknown as { openResult: unknown }).openResult)).toBeNull();
    await expectStillHome(page, kiosk.origin, guarded, "window.open");
    await saveScreen(page, "escape-links-blocked");
  });

  test("a dropped file is refused", async ({ page, kiosk }) => {
    const guarded = await guard(page, kiosk.origin);
    await openHome(page, kiosk.origin);
    // A browser opens a dropped file only when the page lets the dragover and drop events through.
    const prevented = await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(["<h1>not the kiosk</h1>"], "escape.html", { type: "text/html" }));
      const target = document.querySelector("h1") ?? document.body;
      const outcome: Record<string, boolean> = {};
      for (const type of ["dragenter", "dragover", "drop"]) {
        const event = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer });
        target.dispatchEvent(event);
        outcome[type] = event.defaultPrevented;
      }
      return outcome;
    });
    expect(prevented).toEqual({ dragenter: true, dragover: true, drop: true });
    await expectStillHome(page, kiosk.origin, guarded, "a dropped file");
  });

  test("the browser's back and the history API stay on the page", async ({ page, kiosk }) => {
    const guarded = await guard(page, kiosk.origin);
    await openHome(page, kiosk.origin);
    await page.goBack();
    await page.goBack();
    await expectStillHome(page, kiosk.origin, guarded, "the browser's back button");
    await page.evaluate(() => history.go(-5));
    await page.waitForTimeout(300);
    await expectStillHome(page, kiosk.origin, guarded, "history.go(-5)");
  });

  test("escape shortcuts are swallowed, editing keys in the search box still work", async ({ page, kiosk }) => {
    const guarded = await guard(page, kiosk.origin);
    await openHome(page, kiosk.origin);
    // Records, after the kiosk's own handler, whether each key's default action was cancelled.
    await page.evaluate(() => {
      const seen: { key: string; prevented: boolean }[] = [];
      (window as unknown as { seenKeys: typeof seen }).seenKeys = seen;
      window.addEventListener("keydown", (event) => seen.push({ key: event.key, prevented: event.defaultPrevented }));
    });
    const shortcuts = [
      "F5", "Control+r", "Control+Shift+r", "Control+l", "Alt+ArrowLeft", "Alt+ArrowRight", "Alt+Home", "Backspace",
      "F12", "Control+Shift+i", "Control+Shift+j", "Control+u", "Control+p", "Control+s", "Control+o", "Control+f",
      "Control+h", "Control+j", "Control+d", "Control+Equal", "Control+Minus", "Control+0", "F11", "F6", "F3", "F7", "Alt+d",
    ];
    for (const shortcut of shortcuts) await page.keyboard.press(shortcut);
    const seen = await page.evaluate(() => (window as unknown as { seenKeys: { key: string; prevented: boolean }[] }).seenKeys);
    const notPrevented = seen.filter((entry) => !entry.prevented && !["Control", "Shift", "Alt"].includes(entry.key));
    expect(notPrevented, "every escape shortcut is cancelled by the page").toEqual([]);
    expect(seen.filter((entry) => entry.prevented)).toHaveLength(shortcuts.length);
    await expectStillHome(page, kiosk.origin, guarded, "the escape shortcuts");

    // The traveller can still type, erase and select in the search box.
    const kioskPage = new KioskPage(page, kiosk.origin);
    await kioskPage.openTile("Ask a question");
    const box = page.getByRole("searchbox");
    await box.click();
    await page.keyboard.type("visas");
    await page.keyboard.press("Backspace");
    await expect(box).toHaveValue("visa");
    await page.keyboard.press("Control+a");
    await page.keyboard.type("tax");
    await expect(box).toHaveValue("tax");
    expect(new URL(page.url()).origin).toBe(kiosk.origin);
  });
});
