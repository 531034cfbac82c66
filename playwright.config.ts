import { defineConfig } from "@playwright/test";

/**
 * End-to-end tests drive the HTTP shell with Debian's Chromium (Playwright cannot download its
 * own browser here). Each test starts its own kiosk server on a free port with a fresh data folder.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    viewport: { width: 1080, height: 1920 },
    launchOptions: {
      executablePath: process.env.KIOSK_TEST_BROWSER ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    trace: "off",
    screenshot: "only-on-failure",
  },
});
