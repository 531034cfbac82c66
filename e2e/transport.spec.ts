import type { Page } from "@playwright/test";
import { expect, saveScreen, test } from "./fixtures";
import { KioskPage } from "./kiosk-page";

const PHONE = { width: 390, height: 844 };

async function openTransport(page: Page, origin: string, language: string, tile: string): Promise<void> {
  const kioskPage = new KioskPage(page, origin);
  await kioskPage.open();
  await kioskPage.start();
  await kioskPage.chooseLanguage(language);
  await kioskPage.openTile(tile);
}

test.describe("transport: station search, route strip and taxi card", () => {
  test("in English: pinyin search, the route with its change, the taxi card", async ({ page, kiosk }) => {
    await openTransport(page, kiosk.origin, "English", "Transport");
    await expect(page.getByRole("heading", { name: "Where do you want to go?" })).toBeVisible();
    await expect(page.getByText("This kiosk is at Terminal 3 of Jiangbei Airport")).toBeVisible();
    await saveScreen(page, "transport-en-hub");

    await page.getByRole("searchbox").fill("ci qi kou");
    const results = page.locator(".station-results .station-button");
    await expect(results.first()).toContainText("Ciqikou");
    await expect(results.first()).toContainText("磁器口");
    await saveScreen(page, "transport-en-search");
    await results.first().click();

    await expect(page.getByRole("heading", { name: "From Terminal 3 of Jiangbei Airport to Ciqikou" })).toBeVisible();
    const strip = page.getByRole("list", { name: "Your route" });
    await expect(strip.locator(".leg-line").first(), "the first leg rides Line 10 from T3").toContainText("Line 10");
    await expect(strip.locator(".strip-change").first(), "the route has a change").toContainText("Change trains");
    await expect(strip.locator(".strip-rail line").first()).toHaveAttribute("stroke", /^#[0-9a-f]{6}$/i);
    await expect(page.locator(".journey-summary")).toContainText(/Official fare|Estimate/);
    await expect(page.locator(".journey-summary")).toContainText(/\d+ min/);
    await saveScreen(page, "transport-en-journey");

    await page.getByRole("button", { name: "Taxi card" }).click();
    await expect(page.getByText("Show this to the driver")).toBeVisible();
    const card = page.getByRole("article", { name: "Taxi card" });
    await expect(card.locator(".taxi-name")).toHaveText("磁器口");
    await expect(card.locator(".taxi-kind")).toHaveText("轨道交通站");
    await expect(card.locator(".taxi-pinyin")).toHaveText("Cí Qì Kǒu");
    await expect(card.locator(".taxi-english")).toHaveText("Ciqikou");
    await saveScreen(page, "transport-en-taxi");

    await page.getByRole("button", { name: "Back", exact: true }).click();
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await expect(page.getByRole("searchbox"), "back returns to the search as it was").toHaveValue("ci qi kou");
  });

  test("a popular destination and a rail hub plan a route from the kiosk", async ({ page, kiosk }) => {
    await openTransport(page, kiosk.origin, "English", "Transport");
    await page.getByRole("button", { name: /Jiefangbei · Hongyadong/ }).click();
    await expect(page.getByRole("heading", { name: /to Xiaoshizi$/ })).toBeVisible();
    await page.getByRole("button", { name: "Back", exact: true }).click();
    const west = page.locator(".transport-card", { hasText: "Chongqing West Station" });
    await west.getByRole("button", { name: "Route from here" }).click();
    await expect(page.getByRole("heading", { name: /to Chongqing West Station$/ })).toBeVisible();
    await expect(page.locator(".strip-change").first()).toBeVisible();
  });

  test("in Chinese: search by characters and see the journey", async ({ page, kiosk }) => {
    await openTransport(page, kiosk.origin, "简体中文", "交通");
    await expect(page.getByRole("heading", { name: "您要去哪里？" })).toBeVisible();
    await saveScreen(page, "transport-zh-hub");
    await page.getByRole("searchbox").fill("小什字");
    await page.locator(".station-results .station-button").first().click();
    await expect(page.getByRole("heading", { name: "从江北机场T3航站楼到小什字" })).toBeVisible();
    await expect(page.locator(".strip-change").first()).toContainText("换乘");
    await saveScreen(page, "transport-zh-journey");
    await page.getByRole("button", { name: "出租车卡片" }).click();
    await expect(page.locator(".taxi-name")).toHaveText("小什字");
    await expect(page.locator(".taxi-pinyin")).toHaveText("Xiǎo Shí Zì");
    await saveScreen(page, "transport-zh-taxi");
  });

  test("in Arabic the transport screens mirror", async ({ page, kiosk }) => {
    await openTransport(page, kiosk.origin, "العربية", "النقل");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { name: "إلى أين تريد الذهاب؟" })).toBeVisible();
    await saveScreen(page, "transport-ar-hub");
    await page.getByRole("searchbox").fill("xiaoshizi");
    await page.locator(".station-results .station-button").first().click();
    await expect(page.locator(".strip-change").first()).toBeVisible();
    await saveScreen(page, "transport-ar-journey");
    await page.getByRole("button", { name: "بطاقة التاكسي" }).click();
    await expect(page.locator(".taxi-name")).toHaveText("小什字");
    await saveScreen(page, "transport-ar-taxi");
  });

  test("at phone size", async ({ page, kiosk }) => {
    await page.setViewportSize(PHONE);
    await openTransport(page, kiosk.origin, "English", "Transport");
    await saveScreen(page, "transport-phone-en-hub");
    await page.getByRole("searchbox").fill("xiaoshizi");
    await page.locator(".station-results .station-button").first().click();
    await expect(page.locator(".strip-change").first()).toBeVisible();
    await saveScreen(page, "transport-phone-en-journey");
    await page.getByRole("button", { name: "Taxi card" }).click();
    await expect(page.locator(".taxi-name")).toHaveText("小什字");
    await saveScreen(page, "transport-phone-en-taxi");
  });
});
