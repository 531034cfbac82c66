import { expect, type Page } from "@playwright/test";

/** The traveller's view of the kiosk, by roles and visible text. */
export class KioskPage {
  constructor(
    readonly page: Page,
    readonly origin: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(this.origin);
    await expect(this.page.getByRole("button", { name: "Touch the screen to start" })).toBeVisible();
  }

  async start(): Promise<void> {
    await this.page.getByRole("button", { name: "Touch the screen to start" }).click();
    await expect(this.page.getByRole("heading", { name: /Choose your language/ })).toBeVisible();
  }

  async chooseLanguage(nativeName: string): Promise<void> {
    await this.page.getByRole("button", { name: new RegExp(`^${nativeName}`) }).click();
  }

  async openTile(title: string): Promise<void> {
    await this.page.getByRole("button", { name: new RegExp(title) }).first().click();
  }

  async search(query: string): Promise<void> {
    const box = this.top().getByRole("searchbox");
    await box.fill(query);
  }

  /** The screen on top of the stack; screens below it stay mounted but hidden. */
  top() {
    return this.page.locator(".screen-layer:not([hidden])");
  }

  results() {
    return this.top().locator(".entry-list .entry-button");
  }

  async back(label: string): Promise<void> {
    await this.page.getByRole("button", { name: label, exact: true }).click();
  }
}
