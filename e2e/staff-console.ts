import { expect, type Page } from "@playwright/test";

/** The staff console, reached from the attract screen by the hidden corner gesture. */
export class StaffConsolePage {
  constructor(
    readonly page: Page,
    readonly origin: string,
  ) {}

  async openFromAttract(): Promise<void> {
    await this.page.goto(this.origin);
    await expect(this.page.getByRole("button", { name: "Touch the screen to start" })).toBeVisible();
    const corner = this.page.getByTestId("staff-corner");
    for (let i = 0; i < 5; i += 1) await corner.click();
    await expect(this.page.getByRole("heading", { name: /Staff console|工作人员控制台/ })).toBeVisible();
  }

  async typePin(pin: string): Promise<void> {
    const pad = this.page.locator(".pin-keys");
    for (const digit of pin) await pad.getByRole("button", { name: digit, exact: true }).click();
    await this.page.getByRole("button", { name: /^(OK|确定)$/ }).click();
  }

  async setUpPin(pin: string): Promise<void> {
    await expect(this.page.getByRole("heading", { name: "Set the staff PIN" })).toBeVisible();
    await this.typePin(pin);
    await expect(this.page.getByText("Enter the same PIN again")).toBeVisible();
    await this.typePin(pin);
    await expect(this.tab("Settings"), "the console opens after the PIN is set").toBeVisible();
  }

  async login(pin: string): Promise<void> {
    await expect(this.page.getByRole("heading", { name: "Enter the staff PIN" })).toBeVisible();
    await this.typePin(pin);
    await expect(this.tab("Settings")).toBeVisible();
  }

  tab(name: string) {
    return this.page.locator(".staff-tabs").getByRole("button", { name, exact: true });
  }

  async close(): Promise<void> {
    await this.page.locator(".staff-bar").getByRole("button", { name: /^(Close|关闭)$/ }).click();
    await expect(this.page.getByRole("button", { name: "Touch the screen to start" })).toBeVisible();
  }
}

/** A carrier export with two orders, as staff would upload it. */
export const ORDERS_CSV = [
  "order_code,carrier,plan,surname,passport_last4,arrival_date",
  "CM-1001,China Mobile,Tourist card 7 days,Müller,X123,2026-12-05",
  "CT-2002,China Telecom,Tourist card 15 days,Tanaka,5678,2026-12-06",
  "",
].join("\n");
