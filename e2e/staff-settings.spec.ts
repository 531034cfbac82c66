import { expectNoSeriousViolations } from "./axe";
import { expect, saveScreen, test } from "./fixtures";
import { KioskPage } from "./kiosk-page";
import { ORDERS_CSV, StaffConsolePage } from "./staff-console";

const PIN = "13572468";

test("five wrong PINs lock staff sign-in, with the time the lock ends", async ({ page, kiosk }) => {
  const staff = new StaffConsolePage(page, kiosk.origin);
  await staff.openFromAttract();
  await staff.setUpPin(PIN);
  await staff.close();

  await staff.openFromAttract();
  for (let i = 0; i < 4; i += 1) {
    await staff.typePin("000000");
    await expect(page.getByRole("alert")).toHaveText("Wrong PIN.");
  }
  await staff.typePin("000000");
  await expect(page.getByRole("alert"), "the fifth wrong PIN locks sign-in").toContainText("Sign-in is locked until");
  await staff.typePin(PIN);
  await expect(page.getByRole("alert"), "even the right PIN waits for the lock to end").toContainText("Sign-in is locked until");
  await expect(staff.tab("Settings")).toHaveCount(0);
  await saveScreen(page, "staff-locked-en");
});

test("settings changed by staff reach the traveller: languages, idle timeout, exchange rate", async ({ page, kiosk }) => {
  const staff = new StaffConsolePage(page, kiosk.origin);
  await staff.openFromAttract();
  await staff.setUpPin(PIN);
  for (const name of ["Русский", "Français", "Deutsch", "Español", "العربية", "ไทย", "한국어"]) {
    await page.locator(".staff-check", { hasText: name }).getByRole("checkbox").uncheck();
  }
  const counter = page.getByLabel("Where travellers collect pre-ordered SIM cards");
  await counter.click();
  const keyboard = page.locator(".staff-keyboard");
  for (const key of ["g", "a", "t", "e"]) await keyboard.getByRole("button", { name: key, exact: true }).click();
  await expect(counter, "staff type with the on-screen keyboard").toHaveValue("gate");
  await page.getByLabel("Idle timeout (seconds)").fill("20");
  await page.getByLabel("Warning before the timeout (seconds)").fill("10");
  await page.getByRole("button", { name: "Add a currency" }).click();
  await page.getByLabel("Currency (e.g. USD)").fill("USD");
  await page.getByLabel("CNY per unit").fill("7.1");
  await page.getByRole("button", { name: "Save", exact: true }).first().click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.getByTestId("rates-set-at"), "the date the rates were set is shown").toContainText("Set on");
  await staff.close();

  const rates = await page.evaluate(async () => {
    const response = await fetch("/api/getExchangeRates", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    return (await response.json()) as { ok: boolean; value: { rates: { currency: string; cnyPerUnit: number }[]; setAt: string | null } };
  });
  expect(rates.value.rates).toEqual([{ currency: "USD", cnyPerUnit: 7.1 }]);
  expect(rates.value.setAt).toMatch(/^\d{4}-/);

  const traveller = new KioskPage(page, kiosk.origin);
  await traveller.start();
  const choices = page.locator(".screen-layer:not([hidden]) button").filter({ hasText: /English|简体中文|日本語|Русский|Français|Deutsch|Español|العربية|ไทย|한국어/ });
  await expect(choices, "only the three languages staff left on are offered").toHaveCount(3);
  await traveller.chooseLanguage("English");
  await traveller.openTile("Payment");
  await expect(traveller.top().locator(".converter-result"), "the converter uses the staff rate").toContainText("710");
  await expect(page.getByRole("heading", { name: "Are you still there?" }), "the shorter idle timeout applies").toBeVisible({ timeout: 20_000 });
});

test("the usage screen shows real figures after several sessions", async ({ page, kiosk }) => {
  const traveller = new KioskPage(page, kiosk.origin);
  await traveller.open();
  for (const [language, tile] of [
    ["English", "Payment"],
    ["日本語", "交通"],
    ["English", "Ask a question"],
  ] as const) {
    await traveller.start();
    await traveller.chooseLanguage(language);
    await page.locator(".tiles .tile").filter({ hasText: tile }).first().click();
    await page.locator(".screen-layer:not([hidden]) .top-bar .nav-button").last().click();
    await page.locator(".feedback-score.score-4").click();
    await expect(page.getByRole("button", { name: "Touch the screen to start" })).toBeVisible();
  }

  const staff = new StaffConsolePage(page, kiosk.origin);
  await staff.openFromAttract();
  await staff.setUpPin(PIN);
  await staff.tab("Usage").click();
  await expect(page.getByTestId("usage-sessions"), "three sessions were counted").toHaveText("3");
  await expect(page.locator(".staff-totals")).toContainText("4");
  await expect(page.locator("figure", { hasText: "Languages" })).toContainText("日本語");
});

test("every staff screen, in English and Chinese", async ({ page, kiosk }) => {
  const staff = new StaffConsolePage(page, kiosk.origin);
  await staff.openFromAttract();
  await saveScreen(page, "staff-setup-en");
  await expectNoSeriousViolations(page, "staff PIN setup");
  await staff.setUpPin(PIN);
  await staff.tab("SIM orders").click();
  await page.getByTestId("sim-csv").setInputFiles({ name: "orders.csv", mimeType: "text/csv", buffer: Buffer.from(ORDERS_CSV) });
  await expect(page.getByText("2 new")).toBeVisible();
  await page.request.post(`${kiosk.origin}/api/lookupSimOrder`, { data: { lang: "en", code: "CM-1001", factor: "X123" } });
  await page.request.post(`${kiosk.origin}/api/callStaff`, { data: { session: "e2e-session-1", lang: "fr" } });
  await page.request.post(`${kiosk.origin}/api/searchKnowledge`, { data: { lang: "en", query: "zzqx frobnicator" } });

  const tabs = [
    ["Settings", "设置", "settings"],
    ["Content", "内容", "content"],
    ["SIM orders", "SIM 卡订单", "sim"],
    ["Tickets", "呼叫号", "tickets"],
    ["Usage", "使用统计", "usage"],
    ["Unanswered", "未解答问题", "unanswered"],
    ["Audit log", "审计日志", "audit"],
    ["Exports", "导出", "exports"],
  ] as const;
  for (const [en, , file] of tabs) {
    await staff.tab(en).click();
    await expect(page.locator(".staff-main")).not.toContainText("Loading…");
    await saveScreen(page, `staff-${file}-en`);
    await expectNoSeriousViolations(page, `staff ${file}`);
  }
  await page.locator(".staff-bar").getByRole("button", { name: "中文" }).click();
  for (const [, zh, file] of tabs) {
    await staff.tab(zh).click();
    await expect(page.locator(".staff-main")).not.toContainText("正在加载");
    await saveScreen(page, `staff-${file}-zh-Hans`);
  }

  await staff.tab("导出").click();
  await page.locator(".staff-main").getByRole("button", { name: "SIM 卡订单" }).click();
  await expect(page.locator(".staff-main .staff-error"), "the export is produced without an error").toHaveCount(0);

  const forged = await page.request.post(`${kiosk.origin}/api/staffExportCsv`, { data: { token: "not-a-session", table: "audit" } });
  expect((await forged.json()) as unknown, "the HTTP shell serves no staff data without a live token").toMatchObject({
    ok: false,
    error: { code: "unauthorized" },
  });
});
