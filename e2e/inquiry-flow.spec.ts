import { expect, saveScreen, test } from "./fixtures";
import { KioskPage } from "./kiosk-page";

test.describe("the traveller's first path: attract, language, home, inquiry search, answer", () => {
  test("in English: visa and tax refund questions are answered", async ({ page, kiosk }) => {
    const kioskPage = new KioskPage(page, kiosk.origin);
    await kioskPage.open();
    await saveScreen(page, "en-attract");
    await kioskPage.start();
    await saveScreen(page, "en-language");
    await kioskPage.chooseLanguage("English");
    await expect(page.getByRole("heading", { name: "How can we help?" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await saveScreen(page, "en-home");

    await kioskPage.openTile("Ask a question");
    await kioskPage.search("visa");
    await expect(kioskPage.results().first(), "a visa answer is listed first").toContainText(/visa/i);
    await saveScreen(page, "en-search-visa");
    await kioskPage.results().first().click();
    const answer = page.getByRole("article");
    await expect(answer.getByRole("heading", { level: 2 })).toContainText(/visa/i);
    await expect(answer, "the answer names its sources").toContainText("Sources");
    await saveScreen(page, "en-answer-visa");

    await kioskPage.back("Back");
    await expect(page.getByRole("searchbox"), "back returns to the search with the query kept").toHaveValue("visa");
    await kioskPage.search("tax refund");
    await expect(kioskPage.results().first()).toContainText(/tax refund/i);
    await kioskPage.back("Back");
    await expect(page.getByRole("heading", { name: "How can we help?" })).toBeVisible();
  });

  test("in Chinese: 签证 and 退税 find Chinese answers", async ({ page, kiosk }) => {
    const kioskPage = new KioskPage(page, kiosk.origin);
    await kioskPage.open();
    await kioskPage.start();
    await kioskPage.chooseLanguage("简体中文");
    await expect(page.getByRole("heading", { name: "需要什么帮助？" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await saveScreen(page, "zh-home");

    await kioskPage.openTile("咨询");
    await kioskPage.search("签证");
    await expect(kioskPage.results().first()).toContainText(/签证|免签/);
    await kioskPage.search("退税");
    await expect(kioskPage.results().first()).toContainText("退税");
    await saveScreen(page, "zh-search-tax");
    await kioskPage.results().first().click();
    const answer = page.getByRole("article");
    await expect(answer.getByRole("heading", { level: 2 })).toContainText("退税");
    await expect(answer).toContainText("信息来源");
    await saveScreen(page, "zh-answer-tax");

    await kioskPage.back("返回");
    await kioskPage.back("返回");
    await expect(page.getByRole("heading", { name: "需要什么帮助？" })).toBeVisible();
  });

  test("in Arabic the layout mirrors", async ({ page, kiosk }) => {
    const kioskPage = new KioskPage(page, kiosk.origin);
    await kioskPage.open();
    await kioskPage.start();
    await kioskPage.chooseLanguage("العربية");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await saveScreen(page, "ar-home");
    await page.locator(".tile-inquiry").click();
    const back = await page.locator(".top-bar .nav-button").first().boundingBox();
    expect(back?.x ?? 0, "in RTL the Back button sits on the right").toBeGreaterThan(540);
    await kioskPage.search("ضريبة");
    await expect(kioskPage.results().first()).toBeVisible();
    await saveScreen(page, "ar-search");
  });
});
