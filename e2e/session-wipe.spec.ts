import { expect, saveScreen, test } from "./fixtures";
import { KioskPage } from "./kiosk-page";

test.use({ kioskArgs: ["--idle-timeout", "12", "--idle-warning", "6"] });

test("waiting out the idle timeout wipes everything back to the attract screen", async ({ page, kiosk }) => {
  const kioskPage = new KioskPage(page, kiosk.origin);
  await kioskPage.open();
  const attractHtml = await page.locator("#root").innerHTML();
  await kioskPage.start();
  await kioskPage.chooseLanguage("English");
  await kioskPage.openTile("Ask a question");
  await kioskPage.search("tax refund");
  await kioskPage.results().first().click();
  await expect(page.getByRole("article")).toBeVisible();
  await page.evaluate(() => {
    window.sessionStorage.setItem("left-behind", "x");
    window.localStorage.setItem("left-behind", "x");
  });
  await page.getByRole("button", { name: "Language" }).click();
  await kioskPage.chooseLanguage("日本語");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");

  await expect(page.getByRole("alertdialog"), "the countdown appears before the wipe").toBeVisible({ timeout: 15_000 });
  await saveScreen(page, "ja-idle-countdown");
  await expect(page.getByRole("button", { name: "Touch the screen to start" }), "the attract screen returns").toBeVisible({
    timeout: 15_000,
  });

  expect(await page.evaluate(() => window.sessionStorage.length), "session storage is empty").toBe(0);
  expect(await page.evaluate(() => window.localStorage.length), "local storage is empty").toBe(0);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("searchbox")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText("tax refund");
  const normalize = (html: string): string => html.replace(/<span[^>]*class="attract-greeting"[\s\S]*$/, "");
  expect(normalize(await page.locator("#root").innerHTML()), "the DOM is the attract screen again").toBe(normalize(attractHtml));

  await kioskPage.start();
  await kioskPage.chooseLanguage("English");
  await kioskPage.openTile("Ask a question");
  await expect(page.getByRole("searchbox"), "the next traveller starts with an empty search").toHaveValue("");
});

test("touching the screen during the countdown keeps the session", async ({ page, kiosk }) => {
  const kioskPage = new KioskPage(page, kiosk.origin);
  await kioskPage.open();
  await kioskPage.start();
  await kioskPage.chooseLanguage("English");
  await expect(page.getByRole("alertdialog")).toBeVisible({ timeout: 15_000 });
  await page.getByRole("button", { name: "I’m still here" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "How can we help?" })).toBeVisible();
});

test("Done asks for feedback once, then ends the session", async ({ page, kiosk }) => {
  const kioskPage = new KioskPage(page, kiosk.origin);
  await kioskPage.open();
  await kioskPage.start();
  await kioskPage.chooseLanguage("English");
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("heading", { name: "How helpful was this kiosk?" })).toBeVisible();
  await saveScreen(page, "en-feedback");
  await page.getByRole("button", { name: /Very helpful/ }).click();
  await expect(page.getByRole("status")).toContainText("Thank you");
  await expect(page.getByRole("button", { name: "Touch the screen to start" })).toBeVisible({ timeout: 10_000 });
});
