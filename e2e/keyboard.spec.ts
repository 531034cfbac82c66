import { expect, saveScreen, test } from "./fixtures";
import { KioskPage } from "./kiosk-page";

async function tapKeys(kioskPage: KioskPage, keys: string[]): Promise<void> {
  const keyboard = kioskPage.top().getByRole("group", { name: /keyboard|键盘|клавиатура|키보드|キーボード|لوحة/i }).first();
  for (const key of keys) await keyboard.getByRole("button", { name: key, exact: true }).first().click();
}

test("Chinese: pinyin letters offer 退税, which finds the tax refund answers", async ({ page, kiosk }) => {
  const kioskPage = new KioskPage(page, kiosk.origin);
  await kioskPage.open();
  await kioskPage.start();
  await kioskPage.chooseLanguage("简体中文");
  await kioskPage.openTile("咨询");
  await tapKeys(kioskPage, [..."tuishui"]);
  await kioskPage.top().getByRole("button", { name: "退税", exact: true }).click();
  await expect(kioskPage.top().getByRole("searchbox")).toHaveValue("退税");
  await expect(kioskPage.results().first()).toContainText("退税");
  await saveScreen(page, "zh-keyboard-pinyin");
});

test("Korean: jamo compose into 환전 and find the exchange answers", async ({ page, kiosk }) => {
  const kioskPage = new KioskPage(page, kiosk.origin);
  await kioskPage.open();
  await kioskPage.start();
  await kioskPage.chooseLanguage("한국어");
  await page.locator(".tile-inquiry").click();
  await tapKeys(kioskPage, ["ㅎ", "ㅗ", "ㅏ", "ㄴ", "ㅈ", "ㅓ", "ㄴ"]);
  await expect(kioskPage.top().getByRole("searchbox")).toHaveValue("환전");
  await expect(kioskPage.results().first()).toBeVisible();
  await saveScreen(page, "ko-keyboard-hangul");
});

test("Russian, Arabic and Japanese keyboards type their own scripts", async ({ page, kiosk }) => {
  const kioskPage = new KioskPage(page, kiosk.origin);
  await kioskPage.open();
  await kioskPage.start();
  await kioskPage.chooseLanguage("Русский");
  await page.locator(".tile-inquiry").click();
  await tapKeys(kioskPage, [..."такси"]);
  await expect(kioskPage.top().getByRole("searchbox")).toHaveValue("такси");
  await expect(kioskPage.results().first()).toBeVisible();

  await page.locator(".screen-layer:not([hidden]) .top-bar .nav-button").nth(2).click();
  await kioskPage.chooseLanguage("العربية");
  await kioskPage.top().getByRole("searchbox").fill("");
  await tapKeys(kioskPage, [..."ضريبة"]);
  await expect(kioskPage.top().getByRole("searchbox")).toHaveValue("ضريبة");
  await expect(kioskPage.results().first()).toBeVisible();
  await saveScreen(page, "ar-keyboard");

  await page.locator(".screen-layer:not([hidden]) .top-bar .nav-button").nth(2).click();
  await kioskPage.chooseLanguage("日本語");
  await kioskPage.top().getByRole("searchbox").fill("");
  await tapKeys(kioskPage, ["た", "く", "し"]);
  await kioskPage.top().locator(".kb-key", { hasText: "゛" }).click();
  await expect(kioskPage.top().getByRole("searchbox")).toHaveValue("たくじ");
  await kioskPage.top().locator(".kb-key", { hasText: "゛" }).click();
  await kioskPage.top().locator(".kb-key", { hasText: "カナ" }).click();
  await kioskPage.top().getByRole("button", { name: "ー", exact: true }).click();
  await expect(kioskPage.top().getByRole("searchbox")).toHaveValue("たくしー");
});
