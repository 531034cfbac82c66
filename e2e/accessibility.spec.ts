import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { KioskPage } from "./kiosk-page";

const LANGUAGES = [
  { code: "en", name: "English", inquiry: "Ask a question", payment: "Payment", query: "visa" },
  { code: "ar", name: "العربية", inquiry: null, payment: null, query: "ضريبة" },
] as const;

for (const language of LANGUAGES) {
  test(`axe finds no serious violation on the traveller screens in ${language.code}`, async ({ page, kiosk }) => {
    test.setTimeout(150_000);
    const kioskPage = new KioskPage(page, kiosk.origin);
    const top = page.locator(".screen-layer:not([hidden])");
    await kioskPage.open();
    await expectNoSeriousViolations(page, "attract");
    await kioskPage.start();
    await expectNoSeriousViolations(page, "language picker");
    await kioskPage.chooseLanguage(language.name);
    await expect(page.locator(".home")).toBeVisible();
    await expectNoSeriousViolations(page, "home");

    await page.locator(".tile-inquiry").click();
    await kioskPage.search(language.query);
    await expect(kioskPage.results().first()).toBeVisible();
    await expectNoSeriousViolations(page, "inquiry with results and keyboard");
    await kioskPage.results().first().click();
    await expect(page.getByRole("article")).toBeVisible();
    await expectNoSeriousViolations(page, "answer");
    await top.locator(".top-bar .nav-button").first().click();
    await top.locator(".category-button").first().click();
    await expect(top.locator(".entry-list")).toBeVisible();
    await expectNoSeriousViolations(page, "category");

    await top.locator(".top-bar .nav-button").nth(1).click();
    await page.locator(".tile-payment").click();
    await expect(top.locator(".converter")).toBeVisible();
    await expectNoSeriousViolations(page, "payment");

    await top.locator(".top-bar .nav-button").nth(1).click();
    await page.locator(".access-toggle").nth(1).click();
    await expectNoSeriousViolations(page, "home in high contrast");
    await page.locator(".access-toggle").nth(0).click();
    await page.locator(".access-toggle").nth(2).click();
    await expectNoSeriousViolations(page, "home with larger text and the lowered layout");

    await page.locator(".home-bar .nav-button").nth(1).click();
    await expect(page.locator(".feedback-scores")).toBeVisible();
    await expectNoSeriousViolations(page, "feedback");
  });
}

test("the axe check itself fails on a real violation", async ({ page, kiosk }) => {
  await page.goto(kiosk.origin);
  await page.evaluate(() => {
    const unnamed = document.createElement("button");
    document.body.append(unnamed);
  });
  await expect(expectNoSeriousViolations(page, "a page with an unnamed button")).rejects.toThrow(/button-name/);
});
