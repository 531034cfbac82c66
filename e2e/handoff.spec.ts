import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import jsQR from "jsqr";
import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import phoneAr from "../renderer/i18n/locales/phone/ar.json";
import phoneEn from "../renderer/i18n/locales/phone/en.json";
import phoneJa from "../renderer/i18n/locales/phone/ja.json";
import phoneZh from "../renderer/i18n/locales/phone/zh-Hans.json";
import shared from "../renderer/i18n/locales/en.json";
import sharedAr from "../renderer/i18n/locales/ar.json";
import sharedZh from "../renderer/i18n/locales/zh-Hans.json";
import { expect, saveScreen, startKioskServer, test, type KioskServer } from "./fixtures";
import { KioskPage } from "./kiosk-page";

/**
 * The QR handoff end to end: the kiosk's QR code is read back from a screenshot by jsQR (a
 * decoder independent of the qrcode encoder), and the decoded URL is opened on an emulated phone.
 */

/** Decodes a screenshot of a QR code: the PNG is drawn into a canvas in a blank page, jsQR reads the pixels. */
async function readQrCode(browser: Browser, image: Locator): Promise<string> {
  const png = await image.screenshot();
  const canvasPage = await browser.newPage();
  try {
    const { width, height, data } = await canvasPage.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d")!;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height);
      return { width: pixels.width, height: pixels.height, data: Array.from(pixels.data) };
    }, png.toString("base64"));
    const code = jsQR(Uint8ClampedArray.from(data), width, height);
    expect(code, "jsQR finds a QR code in the screenshot").not.toBeNull();
    return code!.data;
  } finally {
    await canvasPage.close();
  }
}

/** At least 4 screen pixels per module, quiet zone included (design §5). */
async function expectBigEnough(image: Locator): Promise<void> {
  const box = await image.boundingBox();
  const svg = decodeURIComponent((await image.getAttribute("src"))!.replace(/^data:image\/svg\+xml;charset=utf-8,/, ""));
  const modules = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  expect(modules, "the SVG names its size in modules").toBeGreaterThan(20);
  expect(box!.width / modules, "pixels per module").toBeGreaterThanOrEqual(4);
}

async function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
}

async function openOnPhone(browser: Browser, url: string): Promise<{ phone: Page; close: () => Promise<void> }> {
  const context = await phoneContext(browser);
  const phone = await context.newPage();
  await phone.goto(url);
  return { phone, close: () => context.close() };
}

/** Renders a QR code the API made, at the size the kiosk panel uses, for kinds whose screen is not built yet. */
async function qrFromApi(browser: Browser, kiosk: KioskServer, lang: string, item: unknown): Promise<{ url: string; close: () => Promise<void> }> {
  const response = await fetch(`${kiosk.origin}/api/createHandoff`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ lang, item }),
  });
  const result = (await response.json()) as { ok: boolean; value?: { qrSvg: string; qrModules: number; url: string }; error?: { code: string } };
  expect(result.ok, `createHandoff answers ${JSON.stringify(result.error)}`).toBe(true);
  const page = await browser.newPage();
  const size = Math.max(4, Math.floor(360 / result.value!.qrModules)) * result.value!.qrModules;
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(result.value!.qrSvg)}`;
  await page.setContent(`<img id="qr" width="${size}" height="${size}" src="${src}">`);
  const read = await readQrCode(browser, page.locator("#qr"));
  expect(read, "the QR code holds the URL the API answered").toBe(result.value!.url);
  return { url: read, close: () => page.close() };
}

const ANSWER_FLOWS = [
  { lang: "en", name: "English", tile: shared.tiles.inquiry.title, query: "visa", phone: phoneEn },
  { lang: "zh-Hans", name: "简体中文", tile: sharedZh.tiles.inquiry.title, query: "签证", phone: phoneZh },
  { lang: "ar", name: "العربية", tile: sharedAr.tiles.inquiry.title, query: "visa", phone: phoneAr },
] as const;

test.describe("QR handoff", () => {
  test.describe.configure({ timeout: 120_000 });

  for (const flow of ANSWER_FLOWS) {
    test(`an answer read in ${flow.lang} continues on the phone in ${flow.lang}`, async ({ page, kiosk, browser }) => {
      const kioskPage = new KioskPage(page, kiosk.origin);
      await kioskPage.open();
      await kioskPage.start();
      await kioskPage.chooseLanguage(flow.name);
      await kioskPage.openTile(flow.tile);
      await kioskPage.search(flow.query);
      await kioskPage.results().first().click();
      const title = await kioskPage.top().getByRole("article").getByRole("heading", { level: 2 }).first().innerText();

      const qr = kioskPage.top().locator("img.handoff-qr");
      await expect(qr, "the answer offers a QR code").toBeVisible();
      await expectBigEnough(qr);
      await saveScreen(page, `handoff-kiosk-answer-${flow.lang}`);
      const url = await readQrCode(browser, qr);
      expect(url).toMatch(new RegExp(`^${kiosk.origin}/m/#[A-Za-z0-9_-]+$`));

      const { phone, close } = await openOnPhone(browser, url);
      await expect(phone.getByRole("heading", { level: 1 }), "the phone shows the same answer").toHaveText(title);
      await expect(phone.locator("html")).toHaveAttribute("lang", flow.lang);
      await expect(phone.locator("html")).toHaveAttribute("dir", flow.lang === "ar" ? "rtl" : "ltr");
      await expect(phone.getByText(flow.phone.brand)).toBeVisible();
      await saveScreen(phone, `handoff-phone-answer-${flow.lang}`);

      await phone.context().setOffline(true);
      await phone.reload().catch(() => undefined);
      await close();
    });
  }

  test("the phone keeps the answer after the network goes away", async ({ kiosk, browser }) => {
    const { url, close: closeQr } = await qrFromApi(browser, kiosk, "en", { kind: "answer", id: "emergency-numbers" });
    await closeQr();
    const { phone, close } = await openOnPhone(browser, url);
    await expect(phone.getByRole("heading", { level: 1 })).toBeVisible();
    await phone.context().setOffline(true);
    await expect(phone.getByRole("link", { name: /110/ }).first(), "numbers are tel: links").toHaveAttribute("href", "tel:110");
    await close();
  });

  test("a metro journey chosen in Arabic continues on the phone with its legs in line colours", async ({ page, kiosk, browser }) => {
    const kioskPage = new KioskPage(page, kiosk.origin);
    await kioskPage.open();
    await kioskPage.start();
    await kioskPage.chooseLanguage("العربية");
    await kioskPage.openTile(sharedAr.tiles.transport.title);
    await kioskPage.top().getByRole("searchbox").fill("xiaoshizi");
    await kioskPage.top().locator(".station-results .station-button").first().click();
    const journeyQr = kioskPage.top().locator("img.handoff-qr");
    await expect(journeyQr, "the journey offers a QR code").toBeVisible();
    await expectBigEnough(journeyQr);
    const legsOnKiosk = await kioskPage.top().locator(".strip-change").count();
    await saveScreen(page, "handoff-kiosk-journey-ar");

    const journey = await openOnPhone(browser, await readQrCode(browser, journeyQr));
    await expect(journey.phone.getByRole("heading", { level: 1 })).toHaveText(phoneAr.journey.title);
    await expect(journey.phone.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(journey.phone.locator(".journey-ends")).toContainText("小什字");
    await expect(journey.phone.locator(".leg"), "as many legs as the kiosk showed").toHaveCount(legsOnKiosk + 1);
    expect(await journey.phone.locator(".leg-bar rect").first().getAttribute("fill")).toMatch(/^#[0-9a-f]{6}$/i);
    await saveScreen(journey.phone, "handoff-phone-journey-ar");
    await journey.close();
  });

  test("a taxi card chosen in Chinese continues on the phone with the name full screen for the driver", async ({ page, kiosk, browser }) => {
    const zhPage = new KioskPage(page, kiosk.origin);
    await zhPage.open();
    await zhPage.start();
    await zhPage.chooseLanguage("简体中文");
    await zhPage.openTile(sharedZh.tiles.transport.title);
    await zhPage.top().getByRole("searchbox").fill("小什字");
    await zhPage.top().locator(".station-results .station-button").first().click();
    await zhPage.top().getByRole("button", { name: "出租车卡片" }).click();
    const taxiQr = zhPage.top().locator("img.handoff-qr");
    await expect(taxiQr, "the taxi card offers a QR code").toBeVisible();
    await saveScreen(page, "handoff-kiosk-taxi-zh-Hans");

    const { phone, close } = await openOnPhone(browser, await readQrCode(browser, taxiQr));
    await expect(phone.getByRole("heading", { level: 1 })).toHaveText("小什字");
    await expect(phone.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(phone.getByRole("link", { name: phoneZh.place.amap })).toHaveAttribute("href", /^https:\/\/uri\.amap\.com\/search\?keyword=/);
    await expect(phone.getByRole("link", { name: phoneZh.place.appleMaps })).toHaveAttribute("href", /^https:\/\/maps\.apple\.com\/\?q=/);
    await expect(phone.getByRole("link", { name: phoneZh.place.googleMaps })).toHaveAttribute("href", /^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=/);
    await saveScreen(phone, "handoff-phone-taxi-zh-Hans");
    await phone.getByRole("button", { name: phoneZh.place.showDriver }).click();
    await expect(phone.getByRole("dialog")).toContainText("小什字");
    await saveScreen(phone, "handoff-phone-driver-zh-Hans");
    await phone.getByRole("dialog").getByRole("button").click();
    await expect(phone.getByRole("dialog")).toHaveCount(0);
    await close();
  });

  test("an attraction chosen in English continues on the phone with its address and description", async ({ page, kiosk, browser }) => {
    const kioskPage = new KioskPage(page, kiosk.origin);
    await kioskPage.open();
    await kioskPage.start();
    await kioskPage.chooseLanguage("English");
    await kioskPage.openTile(shared.tiles.tourism.title);
    await page.getByRole("list", { name: "Attractions in and around Chongqing" }).getByRole("button", { name: /Hongyadong/ }).click();
    const qr = kioskPage.top().locator("img.handoff-qr");
    await expect(qr, "the attraction offers a QR code").toBeVisible();
    await expectBigEnough(qr);
    await saveScreen(page, "handoff-kiosk-attraction-en");

    const { phone, close } = await openOnPhone(browser, await readQrCode(browser, qr));
    await expect(phone.getByRole("heading", { level: 1 })).toHaveText("洪崖洞民俗风貌区");
    await expect(phone.locator(".place-own")).toHaveText("Hongyadong Stilt-House Complex");
    await expect(phone.locator(".about")).not.toBeEmpty();
    await expect(phone.getByRole("button", { name: phoneEn.place.showDriver })).toBeVisible();
    await phone.context().setOffline(true);
    await phone.getByRole("button", { name: phoneEn.place.showDriver }).click();
    await expect(phone.getByRole("dialog"), "the driver view needs no network").toContainText("洪崖洞民俗风貌区");
    await phone.getByRole("dialog").getByRole("button").click();
    await saveScreen(phone, "handoff-phone-attraction-en");
    await close();
  });

  // The SIM pickup screen needs an order imported by staff first; its QR is read from the API's SVG.
  test("a SIM pickup ticket continues on the phone", async ({ kiosk, browser }) => {
    const { url, close: closeQr } = await qrFromApi(browser, kiosk, "en", { kind: "sim-ticket", ticket: "S-0042" });
    await closeQr();
    const { phone, close } = await openOnPhone(browser, url);
    await expect(phone.getByRole("heading", { level: 1 })).toHaveText(phoneEn.sim.title);
    await expect(phone.locator(".ticket")).toHaveText("S-0042");
    await saveScreen(phone, "handoff-phone-sim-en");
    await close();
  });

  test("damaged, truncated, oversized and future-version payloads each explain themselves", async ({ kiosk, browser }) => {
    const { url } = await (async () => {
      const made = await qrFromApi(browser, kiosk, "ja", { kind: "answer", id: "visa-240h-transit" });
      await made.close();
      return made;
    })();
    const payload = url.split("#")[1]!;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const flip = (text: string, at: number): string => text.slice(0, at) + alphabet[(alphabet.indexOf(text[at]!) + 1) % 64] + text.slice(at + 1);
    // Byte 0 is the format version: the first character holds its top six bits.
    const future = alphabet[2] + payload.slice(1);
    const cases = [
      { fragment: flip(payload, payload.length - 3), error: "damaged", text: phoneJa.error.damaged, lang: "ja" },
      { fragment: payload.slice(0, payload.length - 5), error: "truncated", text: phoneJa.error.truncated, lang: "ja" },
      { fragment: payload + "A".repeat(200), error: "too-large", text: phoneJa.error.tooLarge, lang: "ja" },
      { fragment: future, error: "future-version", text: phoneJa.error.futureVersion, lang: "ja" },
      { fragment: "not*a*payload", error: "damaged", text: phoneEn.error.damaged, lang: "en" },
      { fragment: "", error: "empty", text: phoneEn.error.empty, lang: "en" },
    ];
    const context = await phoneContext(browser);
    const phone = await context.newPage();
    for (const item of cases) {
      await phone.goto(`${kiosk.origin}/m/#${item.fragment}`);
      await phone.reload();
      const alert = phone.getByRole("alert");
      await expect(alert, item.error).toHaveAttribute("data-error", item.error);
      await expect(alert).toContainText(item.text);
      await expect(phone.locator("html")).toHaveAttribute("lang", item.lang);
    }
    await phone.goto(`${kiosk.origin}/m/#${flip(payload, payload.length - 3)}`);
    await phone.reload();
    await saveScreen(phone, "handoff-phone-damaged-ja");
    await context.close();
  });

  test("the home screen shows the Wi-Fi QR code staff configured", async ({ page, browser }) => {
    // Staff settings live in kiosk.db: start once to create it, write the setting, start again.
    const first = await startKioskServer();
    await first.stop();
    const db = new Database(path.join(first.dataDir, "kiosk.db"));
    db.prepare("INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)").run(
      "wifi",
      JSON.stringify({ ssid: "CKG Arrivals", password: "hello;world", security: "WPA" }),
      new Date().toISOString(),
    );
    db.close();
    const kiosk = await startKioskServer([], first.dataDir);
    try {
      const kioskPage = new KioskPage(page, kiosk.origin);
      await kioskPage.open();
      await kioskPage.start();
      await kioskPage.chooseLanguage("English");
      const qr = page.locator(".handoff-wifi img.handoff-qr");
      await expect(qr).toBeVisible();
      await expect(page.locator(".handoff-wifi")).toContainText("CKG Arrivals");
      await expectBigEnough(qr);
      expect(await readQrCode(browser, qr)).toBe("WIFI:T:WPA;S:CKG Arrivals;P:hello\\;world;;");
      await saveScreen(page, "handoff-kiosk-wifi-en");
    } finally {
      await kiosk.stop();
      fs.rmSync(first.dataDir, { recursive: true, force: true });
    }
  });

  test("the phone page is served at /m/ with the kiosk's security headers", async ({ kiosk }) => {
    for (const path of ["/m/", "/m/index.html"]) {
      const response = await fetch(`${kiosk.origin}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(await response.text()).toContain("phone.js");
    }
    const content = await fetch(`${kiosk.origin}/m/content/0.0.0/en.json`);
    expect(content.status, "an unknown content version is not found").toBe(404);
  });
});
