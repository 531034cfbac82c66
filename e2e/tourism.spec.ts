import type { Page } from "@playwright/test";
import { expect, saveScreen, test } from "./fixtures";
import { expectNoSeriousViolations } from "./axe";
import { KioskPage } from "./kiosk-page";

const PHONE = { width: 390, height: 844 };
const KIOSK = { width: 1080, height: 1920 };

async function openTourism(page: Page, origin: string, language: string, tile: string): Promise<KioskPage> {
  const kioskPage = new KioskPage(page, origin);
  await kioskPage.open();
  await kioskPage.start();
  await kioskPage.chooseLanguage(language);
  await kioskPage.openTile(tile);
  return kioskPage;
}

test.describe("culture and tourism: attractions, address card, metro route", () => {
  test("in English: the grid, Hongyadong's page and its metro route", async ({ page, kiosk }) => {
    const kioskPage = await openTourism(page, kiosk.origin, "English", "Culture and tourism");
    await expect(page.getByRole("heading", { name: "Culture and tourism" })).toBeVisible();
    const grid = page.getByRole("list", { name: "Attractions in and around Chongqing" });
    await expect(grid.locator(".attraction-card")).toHaveCount(40);
    await expect(grid.locator(".attraction-image").first()).toHaveJSProperty("complete", true);
    await saveScreen(page, "tourism-en-grid");
    await expectNoSeriousViolations(page, "tourism grid (en)");

    await grid.getByRole("button", { name: /Hongyadong/ }).click();
    const top = kioskPage.top();
    await expect(top.getByRole("heading", { name: "Hongyadong Stilt-House Complex", level: 2 })).toBeVisible();
    await expect(top.locator(".attraction-description")).toContainText("stilt houses");
    await expect(top.getByText("Show this to the driver")).toBeVisible();
    await expect(top.locator(".address-name")).toHaveText("洪崖洞民俗风貌区");
    await expect(top.locator(".address-text")).toHaveText("重庆市渝中区嘉陵江滨江路88号");
    await saveScreen(page, "tourism-en-attraction");
    await expectNoSeriousViolations(page, "attraction (en)");

    await top.getByRole("button", { name: "Route by metro" }).click();
    await expect(page.getByRole("heading", { name: /to Xiaoshizi$/ })).toBeVisible();
    await saveScreen(page, "tourism-en-route");
    await kioskPage.back("Back");

    await kioskPage.top().getByRole("button", { name: "Open the taxi card" }).click();
    await expect(page.locator(".taxi-name")).toHaveText("洪崖洞民俗风貌区");
    await kioskPage.back("Back");
    await kioskPage.back("Back");

    await page.getByRole("tab", { name: "Tour routes" }).click();
    await expect(page.getByRole("heading", { name: "Three Gorges cruise: Chongqing to Yichang" })).toBeVisible();
    await expect(page.getByText("4 days").first()).toBeVisible();
    await saveScreen(page, "tourism-en-routes");
    await expectNoSeriousViolations(page, "tour routes (en)");
    await page.getByRole("tab", { name: "Events" }).click();
    await expect(page.getByRole("heading", { name: "China (Chongqing) Hotpot Food Culture Festival" })).toBeVisible();
    await saveScreen(page, "tourism-en-events");
    await expectNoSeriousViolations(page, "events (en)");
  });

  test("an attraction with opening hours shows them with their date", async ({ page, kiosk }) => {
    await openTourism(page, kiosk.origin, "English", "Culture and tourism");
    await page.getByRole("button", { name: /China Three Gorges Museum/ }).click();
    await expect(page.getByText("Tuesday to Sunday 09:00–17:00; closed on Mondays")).toBeVisible();
    await expect(page.getByText(/Hours as of August 2025/)).toBeVisible();
  });

  test("content pictures are SVG under a policy that allows no script", async ({ page, kiosk }) => {
    const response = await page.request.get(`${kiosk.origin}/content-images/hongyadong.svg`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/svg+xml");
    expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await page.request.get(`${kiosk.origin}/content-images/..%2Fcontent.db`)).status()).toBe(404);
    expect((await page.request.get(`${kiosk.origin}/content-images/nothing.svg`)).status()).toBe(404);
  });

  test("in Chinese: the grid and Hongyadong's page", async ({ page, kiosk }) => {
    const kioskPage = await openTourism(page, kiosk.origin, "简体中文", "文旅");
    await expect(page.getByRole("heading", { name: "文化旅游" })).toBeVisible();
    await saveScreen(page, "tourism-zh-grid");
    await page.getByRole("button", { name: /洪崖洞/ }).first().click();
    const top = kioskPage.top();
    await expect(top.locator(".attraction-description")).toContainText("吊脚楼");
    await expect(top.getByText("请出示给司机")).toBeVisible();
    await expect(top.locator(".address-text")).toHaveText("重庆市渝中区嘉陵江滨江路88号");
    await saveScreen(page, "tourism-zh-attraction");
    await page.setViewportSize(PHONE);
    await saveScreen(page, "tourism-zh-attraction-phone");
    // At phone width the Back button shows only its arrow, so go back at kiosk size.
    await page.setViewportSize(KIOSK);
    await kioskPage.back("返回");
    await page.setViewportSize(PHONE);
    await saveScreen(page, "tourism-zh-grid-phone");
  });

  test("in Arabic the tourism screens mirror", async ({ page, kiosk }) => {
    const kioskPage = await openTourism(page, kiosk.origin, "العربية", "الثقافة والسياحة");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { name: "الثقافة والسياحة" })).toBeVisible();
    await saveScreen(page, "tourism-ar-grid");
    await expectNoSeriousViolations(page, "tourism grid (ar)");
    await page.getByRole("button", { name: /هونغيادونغ/ }).click();
    const top = kioskPage.top();
    await expect(top.getByText("اعرض هذا على السائق")).toBeVisible();
    await expect(top.getByText("معروض بالإنجليزية: غير متوفر بلغتك بعد.")).toBeVisible();
    await saveScreen(page, "tourism-ar-attraction");
    await expectNoSeriousViolations(page, "attraction (ar)");
    await page.setViewportSize(PHONE);
    await saveScreen(page, "tourism-ar-attraction-phone");
  });

  test("searching a place's name in the inquiry search opens the attraction", async ({ page, kiosk }) => {
    const kioskPage = new KioskPage(page, kiosk.origin);
    await kioskPage.open();
    await kioskPage.start();
    await kioskPage.chooseLanguage("English");
    await kioskPage.openTile("Ask a question");
    await kioskPage.search("Hongyadong");
    await expect(kioskPage.results().first()).toContainText("Hongyadong Stilt-House Complex");
    await kioskPage.results().first().click();
    await expect(kioskPage.top().locator(".address-text")).toHaveText("重庆市渝中区嘉陵江滨江路88号");
  });

  test("in English at phone size", async ({ page, kiosk }) => {
    await page.setViewportSize(PHONE);
    const kioskPage = await openTourism(page, kiosk.origin, "English", "Culture and tourism");
    await expect(page.locator(".attraction-image").first()).toHaveJSProperty("complete", true);
    await saveScreen(page, "tourism-en-grid-phone");
    await page.getByRole("button", { name: /Liziba Station/ }).click();
    await expect(kioskPage.top().locator(".address-text")).toHaveText("重庆市渝中区李子坝正街39号");
    await saveScreen(page, "tourism-en-attraction-phone");
  });
});
