/**
 * Functions that run inside the kiosk page (passed to Playwright's page.evaluate), so they must
 * be self-contained: no imports, no outside names. They drive the real screens with real click
 * and input events; only the waiting happens in the page, which keeps 1,000 sessions short.
 */
import type { Page } from "@playwright/test";

export interface InPageSessionOptions {
  count: number;
  /** Queries typed into the search, one per session in turn. */
  queries: string[];
  /** Give up after this long and report how many sessions were done. */
  deadlineMs: number;
}

export interface InPageSessionReport {
  done: number;
  failedAt: string | null;
}

/**
 * One traveller session, repeated: attract, English, the inquiry tile, a search, the first answer,
 * Back, Home, Done, Skip (feedback), back at the attract screen.
 */
export function runSessionsInPage(options: InPageSessionOptions): Promise<InPageSessionReport> {
  const started = performance.now();
  const shown = (element: Element | null): element is HTMLElement =>
    element instanceof HTMLElement && element.isConnected && element.closest("[hidden]") === null;
  const find = (selector: string): HTMLElement | null => {
    for (const element of Array.from(document.querySelectorAll(selector))) if (shown(element)) return element;
    return null;
  };
  const waitFor = (selector: string, step: string): Promise<HTMLElement> =>
    new Promise((resolve, reject) => {
      const limit = performance.now() + 10_000;
      const poll = (): void => {
        const element = find(selector);
        if (element) resolve(element);
        else if (performance.now() > limit) reject(new Error(step));
        else setTimeout(poll, 4);
      };
      poll();
    });
  const tap = async (selector: string, step: string): Promise<void> => {
    (await waitFor(selector, step)).click();
  };
  const type = async (text: string): Promise<void> => {
    const input = (await waitFor("input[type=search]", "search box")) as HTMLInputElement;
    // React tracks the value property; the prototype's setter makes the change visible to it.
    const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value");
    descriptor?.set?.call(input, text);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  };

  const session = async (query: string): Promise<void> => {
    await tap("button.attract", "attract");
    await tap('button.language-button[lang="en"]', "language");
    await tap("button.tile-inquiry", "inquiry tile");
    await type(query);
    await tap(".entry-list .entry-button", `results for ${query}`);
    await waitFor("article.answer", "answer");
    await tap(".top-bar .nav-button:nth-of-type(1)", "back");
    await waitFor("input[type=search]", "search again");
    await tap(".top-bar .nav-button:nth-of-type(2)", "home");
    await tap(".home-bar .nav-button:last-of-type", "done");
    await tap("button.feedback-skip", "skip");
    await waitFor("button.attract", "attract again");
  };

  return (async () => {
    let done = 0;
    try {
      while (done < options.count && performance.now() - started < options.deadlineMs) {
        await session(options.queries[done % options.queries.length] ?? "visa");
        done += 1;
      }
      return { done, failedAt: null };
    } catch (error) {
      return { done, failedAt: error instanceof Error ? error.message : String(error) };
    }
  })();
}

/** Runs sessions in the page in batches (so no single evaluate runs for minutes). */
export async function driveSessions(page: Page, count: number, deadlineMs: number, queries: string[]): Promise<InPageSessionReport> {
  const deadline = Date.now() + deadlineMs;
  let done = 0;
  while (done < count) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    const batch = Math.min(50, count - done);
    const report = await page.evaluate(runSessionsInPage, { count: batch, queries: rotate(queries, done), deadlineMs: left });
    done += report.done;
    if (report.failedAt !== null) return { done, failedAt: report.failedAt };
    if (report.done < batch) break;
  }
  return { done, failedAt: null };
}

function rotate(values: string[], by: number): string[] {
  const shift = values.length === 0 ? 0 : by % values.length;
  return [...values.slice(shift), ...values.slice(0, shift)];
}

/** Renderer JS heap in bytes after a full garbage collection, through the DevTools protocol. */
export async function rendererHeapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    const usage = await cdp.send("Runtime.getHeapUsage");
    return usage.usedSize;
  } finally {
    await cdp.detach();
  }
}

export interface TapTarget {
  /** A visible heading (h1) that was not visible before the tap, or the attract button. */
  kind: "new-heading" | "attract";
}

/**
 * Arms a one-shot timer in the page: it starts at the next click event and stops two animation
 * frames after the next screen's heading is in the DOM and not hidden, i.e. once that frame is
 * drawn. Read the figure with `readTap`.
 */
export function armTap(target: TapTarget): void {
  const shown = (element: Element): boolean => element.isConnected && element.closest("[hidden]") === null;
  const before = new Set(Array.from(document.querySelectorAll("h1")).filter(shown));
  const holder = window as unknown as { __kioskTap?: Promise<number> };
  holder.__kioskTap = new Promise<number>((resolve) => {
    let clickedAt = -1;
    let finished = false;
    const arrived = (): boolean => {
      if (target.kind === "attract") return Array.from(document.querySelectorAll("button.attract")).some(shown);
      return Array.from(document.querySelectorAll("h1")).some((heading) => shown(heading) && !before.has(heading));
    };
    const check = (): void => {
      if (finished || clickedAt < 0 || !arrived()) return;
      finished = true;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - clickedAt)));
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["hidden", "class"] });
    document.addEventListener(
      "click",
      () => {
        clickedAt = performance.now();
        // The click handler commits synchronously; check once it has run.
        queueMicrotask(check);
        setTimeout(check, 0);
      },
      { capture: true, once: true },
    );
  });
}

export function readTap(): Promise<number> {
  const holder = window as unknown as { __kioskTap?: Promise<number> };
  return holder.__kioskTap ?? Promise.resolve(Number.NaN);
}

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/**
 * The page's JS objects in bytes, from a heap snapshot after GC, without compiled code (which
 * grows for a while as V8 optimises the screens) and without the DOM's native objects: the
 * figure that grows when something is leaked, and stays flat through JIT warm-up.
 */
export async function rendererObjectBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    cdp.on("HeapProfiler.addHeapSnapshotChunk", (event) => chunks.push(event.chunk));
    await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  } finally {
    await cdp.detach();
  }
  const snapshot = JSON.parse(chunks.join("")) as HeapSnapshot;
  const fields = snapshot.snapshot.meta.node_fields;
  const typeNames = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf("type");
  const sizeAt = fields.indexOf("self_size");
  let bytes = 0;
  for (let index = 0; index < snapshot.nodes.length; index += width) {
    const type = typeNames[snapshot.nodes[index + typeAt] ?? 0];
    if (type === "code" || type === "native") continue;
    bytes += snapshot.nodes[index + sizeAt] ?? 0;
  }
  return bytes;
}
