import { expectNoSeriousViolations } from "./axe";
import { expect, saveScreen, test } from "./fixtures";
import { KioskPage } from "./kiosk-page";

test("payment: the converter, then the Alipay guide step by step and the tax refund rules", async ({ page, kiosk }) => {
  const kioskPage = new KioskPage(page, kiosk.origin);
  await kioskPage.open();
  await kioskPage.start();
  await kioskPage.chooseLanguage("English");
  await kioskPage.openTile("Payment");
  const top = kioskPage.top();
  await expect(top.getByRole("heading", { name: "Currency converter" })).toBeVisible();
  await expect(top.locator(".converter"), "with no staff rates the converter says so").toContainText("ask a member of staff");

  const alipay = top.locator(".entry-button", { hasText: /Alipay/ }).first();
  await expect(alipay).toBeVisible();
  await alipay.click();
  const answer = kioskPage.top().getByRole("article");
  await expect(answer.getByRole("heading", { level: 2 })).toContainText("Alipay");
  await expect(answer.locator("ol li").first(), "the guide is numbered steps").toBeVisible();
  await expect(answer, "the answer names its sources").toContainText("Sources");
  await saveScreen(page, "en-payment-alipay");

  await page.locator(".screen-layer:not([hidden]) .top-bar .nav-button").first().click();
  await top.locator(".entry-button", { hasText: /refund/i }).first().click();
  const refund = kioskPage.top().getByRole("article");
  await expect(refund.locator(".fact").first(), "fees and rates carry their as-of date").toContainText(/as of/);
});

test("axe finds no serious violation on the transport screens in English and Arabic", async ({ page, kiosk }) => {
  test.setTimeout(120_000);
  for (const language of ["English", "العربية"]) {
    const kioskPage = new KioskPage(page, kiosk.origin);
    await kioskPage.open();
    await kioskPage.start();
    await kioskPage.chooseLanguage(language);
    await page.locator(".tile-transport").click();
    await expect(kioskPage.top().getByRole("searchbox")).toBeVisible();
    await expectNoSeriousViolations(page, `transport hub (${language})`);
    await kioskPage.top().getByRole("searchbox").fill("ciqikou");
    await kioskPage.top().locator(".station-results .station-button").first().click();
    await expect(kioskPage.top().locator(".journey-summary")).toBeVisible();
    await expectNoSeriousViolations(page, `journey (${language})`);
    await kioskPage.top().locator(".card-actions .button-primary").first().click();
    await expect(kioskPage.top().locator(".taxi-name")).toBeVisible();
    await expectNoSeriousViolations(page, `taxi card (${language})`);
    await page.getByRole("button", { name: /Done|تم/ }).first().click();
    await page.locator(".feedback-skip").click();
  }
});
