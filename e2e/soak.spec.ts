/**
 * Soak: traveller sessions one after another through the HTTP shell in one page, as a kiosk runs
 * all day, with the server's resident memory and the page's JS heap (after forced garbage
 * collection) noted every 10 sessions.
 *
 * Short form (npm test): 40 sessions; the trend over the second half must be flat (within 5 %).
 * Full form: `KIOSK_SOAK_SESSIONS=1000 npx playwright test e2e/soak.spec.ts`; memory at the end
 * must be within 10 % of memory after session 10 (design §8). Loopback only; bounded in time.
 */
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { KioskPage } from "./kiosk-page";

const SESSIONS = Math.max(20, Number(process.env.KIOSK_SOAK_SESSIONS) || 40);
const FULL = SESSIONS >= 1000;
/** Each session takes about a second here; the bound leaves room for a slow, busy machine. */
const TIME_BOUND_MS = Math.min(90 * 60_000, 60_000 + SESSIONS * 4_000);
const QUERIES = ["visa", "tax refund", "SIM", "taxi", "police", "metro", "consulate", "cash"];

test.use({
  launchOptions: {
    executablePath: process.env.KIOSK_TEST_BROWSER ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--js-flags=--expose-gc"],
  },
});

interface Sample {
  session: number;
  rssMb: number;
  heapMb: number;
}

function residentMb(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(match?.[1] ?? Number.NaN) / 1024;
}

/** The page's JS heap after window.gc() (Chromium started with --expose-gc) and a DevTools GC. */
async function heapMb(page: Page): Promise<number> {
  await page.evaluate(() => (window as unknown as { gc?: () => void }).gc?.());
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    return (await cdp.send("Runtime.getHeapUsage")).usedSize / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}

/** How often the search had to be typed again (see oneSession). */
let retypes = 0;

/** One traveller: start, language, a search, an answer, Back, Home, Done, skip the feedback. */
async function oneSession(kiosk: KioskPage, query: string): Promise<void> {
  const { page } = kiosk;
  await kiosk.start();
  await kiosk.chooseLanguage("English");
  await expect(page.getByRole("heading", { name: "How can we help?" })).toBeVisible();
  await kiosk.openTile("Ask a question");
  // Text typed in the very frame the screen mounts can be lost (no traveller types that fast);
  // type again until the results show, and count how often that was needed.
  let attempts = 0;
  await expect(async () => {
    attempts += 1;
    if ((await page.getByRole("searchbox").inputValue()) !== query) await kiosk.search(query);
    await expect(kiosk.results().first(), `results for "${query}"`).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  retypes += attempts - 1;
  await kiosk.results().first().click({ timeout: 15_000 });
  await expect(page.getByRole("article")).toBeVisible();
  await kiosk.back("Back");
  await expect(page.getByRole("searchbox")).toHaveValue(query);
  await page.getByRole("button", { name: "Home", exact: true }).click();
  await page.getByRole("button", { name: "Done", exact: true }).click();
  await page.getByRole("button", { name: "Skip", exact: true }).click();
  await expect(page.getByRole("button", { name: "Touch the screen to start" })).toBeVisible();
}

test(`${SESSIONS} traveller sessions keep memory flat`, async ({ page, kiosk }) => {
  test.setTimeout(TIME_BOUND_MS + 60_000);
  const pid = kiosk.process.pid ?? -1;
  const kioskPage = new KioskPage(page, kiosk.origin);
  await kioskPage.open();
  const samples: Sample[] = [];
  const started = Date.now();
  let done = 0;
  while (done < SESSIONS && Date.now() - started < TIME_BOUND_MS) {
    await oneSession(kioskPage, QUERIES[done % QUERIES.length] ?? "visa");
    done += 1;
    if (done % 10 === 0 || done === SESSIONS) {
      const sample = { session: done, rssMb: residentMb(pid), heapMb: await heapMb(page) };
      samples.push(sample);
      if (FULL && done % 100 === 0) process.stdout.write(`soak: ${done}: RSS ${sample.rssMb.toFixed(1)} MB, heap ${sample.heapMb.toFixed(2)} MB\n`);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  const table = samples.map((sample) => `${sample.session}: RSS ${sample.rssMb.toFixed(1)} MB, heap ${sample.heapMb.toFixed(2)} MB`);
  await test.info().attach("memory by session", { body: `${done} sessions in ${seconds.toFixed(0)} s\n${table.join("\n")}\n`, contentType: "text/plain" });
  process.stdout.write(`soak: ${done} sessions in ${seconds.toFixed(0)} s, search typed again ${retypes} times\n  ${table.join("\n  ")}\n`);

  expect(done, `all ${SESSIONS} sessions ran within ${TIME_BOUND_MS / 60_000} minutes`).toBe(SESSIONS);
  const first = samples[0]!;
  const last = samples[samples.length - 1]!;
  if (FULL) {
    expect(last.rssMb / first.rssMb, "server RSS at the end within 10 % of session 10").toBeLessThanOrEqual(1.1);
    expect(last.heapMb / first.heapMb, "renderer heap at the end within 10 % of session 10").toBeLessThanOrEqual(1.1);
  } else {
    // Too few sessions to compare with session 10 (the first sessions still warm the JIT and the
    // caches up): the second half must not keep growing.
    const middle = samples[Math.floor(samples.length / 2) - 1] ?? first;
    expect(last.rssMb / middle.rssMb, `server RSS from session ${middle.session} to ${last.session}`).toBeLessThanOrEqual(1.05);
    expect(last.heapMb / middle.heapMb, `renderer heap from session ${middle.session} to ${last.session}`).toBeLessThanOrEqual(1.05);
  }
  expect(kiosk.process.exitCode, "the server is still running").toBeNull();
});
