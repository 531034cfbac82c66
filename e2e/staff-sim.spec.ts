import { expectNoSeriousViolations } from "./axe";
import { expect, saveScreen, test } from "./fixtures";
import { KioskPage } from "./kiosk-page";
import { ORDERS_CSV, StaffConsolePage } from "./staff-console";

const PIN = "246810";

test.describe("SIM pre-order pickup with the staff console", () => {
  test("staff imports orders, a traveller collects one, staff hands it over; guesses are refused", async ({ page, browser, kiosk }) => {
    const staff = new StaffConsolePage(page, kiosk.origin);
    await staff.openFromAttract();
    await staff.setUpPin(PIN);

    await staff.tab("SIM orders").click();
    await page.getByTestId("sim-csv").setInputFiles({ name: "orders.csv", mimeType: "text/csv", buffer: Buffer.from(ORDERS_CSV) });
    await expect(page.getByText("2 new, 0 updated, 0 unchanged."), "the import reports two new orders").toBeVisible();
    await page.getByTestId("sim-csv").setInputFiles({ name: "orders.csv", mimeType: "text/csv", buffer: Buffer.from(ORDERS_CSV) });
    await expect(page.getByText("0 new, 0 updated, 2 unchanged."), "importing the same file again changes nothing").toBeVisible();
    await staff.close();

    const traveller = new KioskPage(page, kiosk.origin);
    await traveller.start();
    await traveller.chooseLanguage("English");
    await traveller.openTile("Phone and SIM");
    await expect(page.getByRole("heading", { name: "Buy a SIM card at a carrier's service hall" })).toBeVisible();
    await expect(traveller.top().getByText("10086")).toBeVisible();
    await traveller.top().getByRole("button", { name: /I ordered a SIM card online/ }).click();
    await traveller.top().getByLabel("Order code").fill("cm-1001");
    await traveller.top().getByLabel("Last 4 passport characters or surname").fill("muller");
    await traveller.top().getByRole("button", { name: "Find my order" }).click();
    await expect(traveller.top().getByTestId("sim-ticket"), "the traveller gets a pickup ticket").toHaveText("S-0001");
    await expect(traveller.top().getByText(/Your passport/)).toBeVisible();

    const staffPage = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    const console2 = new StaffConsolePage(staffPage, kiosk.origin);
    await console2.openFromAttract();
    await console2.login(PIN);
    await console2.tab("SIM orders").click();
    const queue = staffPage.locator("section", { hasText: "Pickup queue" });
    const row = queue.getByTestId("order-CM-1001");
    await expect(row, "staff see the order as arrived with its ticket").toContainText("S-0001");
    await expect(row).toContainText("Arrived");
    await row.getByRole("button", { name: "Handed over" }).click();
    await expect(queue.getByTestId("order-CM-1001"), "the order leaves the pickup queue").toHaveCount(0);
    await expect(staffPage.locator("section", { hasText: "All orders" }).getByTestId("order-CM-1001")).toContainText("Handed over");
    await staffPage.close();

    await traveller.back("Back");
    await traveller.top().getByRole("button", { name: /I ordered a SIM card online/ }).click();
    const code = traveller.top().getByLabel("Order code");
    const factor = traveller.top().getByLabel("Last 4 passport characters or surname");
    const find = traveller.top().getByRole("button", { name: "Find my order" });
    await code.fill("CT-2002");
    await factor.fill("9999");
    await find.click();
    await expect(traveller.top().getByRole("alert"), "a wrong second factor is refused").toContainText("No order matches this code");
    for (const guess of ["CT-2003", "CT-2004", "CT-2005", "CT-2006"]) {
      await code.fill(guess);
      await find.click();
      await expect(traveller.top().getByRole("alert")).toContainText("No order matches this code");
    }
    await code.fill("CT-2002");
    await factor.fill("Tanaka");
    await find.click();
    await expect(traveller.top().getByRole("alert"), "after a burst of guesses even the right details wait").toContainText("Too many attempts");
  });
});

for (const [lang, name] of [
  ["en", "English"],
  ["zh-Hans", "简体中文"],
  ["ar", "العربية"],
] as const) {
  test(`the SIM screens in ${lang}`, async ({ page, kiosk }) => {
    const staff = new StaffConsolePage(page, kiosk.origin);
    await staff.openFromAttract();
    await staff.setUpPin(PIN);
    await staff.tab("Settings").click();
    await page.getByLabel("Where travellers collect pre-ordered SIM cards").fill("Arrivals hall, information desk");
    await page.getByRole("button", { name: "Save", exact: true }).first().click();
    await expect(page.getByText("Saved.")).toBeVisible();
    await staff.tab("SIM orders").click();
    await page.getByTestId("sim-csv").setInputFiles({ name: "orders.csv", mimeType: "text/csv", buffer: Buffer.from(ORDERS_CSV) });
    await expect(page.getByText("2 new, 0 updated, 0 unchanged.")).toBeVisible();
    await staff.close();

    const traveller = new KioskPage(page, kiosk.origin);
    await traveller.start();
    await traveller.chooseLanguage(name);
    await page.locator(".tile-communication").click();
    await expect(traveller.top().locator(".sim-carrier").first()).toBeVisible();
    await saveScreen(page, `sim-hub-${lang}`);
    await expectNoSeriousViolations(page, `SIM hub (${lang})`);
    await traveller.top().locator(".sim-pickup-button").click();
    await saveScreen(page, `sim-pickup-${lang}`);
    await traveller.top().locator(".sim-field input").first().fill("CT-2002");
    await traveller.top().locator(".sim-field input").nth(1).fill("0000");
    await traveller.top().locator(".sim-submit").click();
    await expect(traveller.top().getByRole("alert")).toBeVisible();
    await saveScreen(page, `sim-not-found-${lang}`);
    await expectNoSeriousViolations(page, `SIM pickup form (${lang})`);
    await traveller.top().locator(".sim-field input").nth(1).fill("5678");
    await traveller.top().locator(".sim-submit").click();
    await expect(traveller.top().getByTestId("sim-ticket")).toHaveText("S-0001");
    await expect(traveller.top()).toContainText("Arrivals hall, information desk");
    await expect(traveller.top().locator(".handoff-panel"), "the ticket can go to the phone").toBeVisible();
    await saveScreen(page, `sim-ticket-${lang}`);
    await expectNoSeriousViolations(page, `SIM ticket (${lang})`);
  });
}
