/**
 * One measured DUDIT self-check in a fresh Chromium with the phone profile: cold cache, CDP
 * network emulation and CPU throttling, every control found by role and accessible name
 * (drive.ts). The same code measures the app's country page and the hand-written page.
 */
import type { CDPSession, Page } from "playwright-core";
import { launchChromium } from "../support/browser/browser";
import { askedByPage, firstVisit, type ByteCounter, type Served } from "./byte-counter";
import { checkTexts, driveCheck } from "./drive";
import { installProbes, lastClickToPaint, type ProbeReadings } from "./page-probes";
import { openPhonePage } from "./phone-page";

export type ByType = { html: number; js: number; css: number; other: number };

/** A page the bench measures: where it is, and whether it installs a service worker. */
export type Target = { readonly name: "app" | "handwritten"; readonly label: string; readonly path: string; readonly serviceWorker: boolean };

export type RunReadings = {
  target: Target["name"];
  /** Encoded (compressed, on the wire) bytes whose loading finished before the first question was usable. */
  bytesBeforeFirstQuestion: ByType & { total: number; requests: number };
  /** Everything the server sent for this visit, service worker install included (counted at the server). */
  firstVisit: ReturnType<typeof firstVisit>;
  /** What the server sent, response by response (path, bytes, ms since navigation). */
  served: Served[];
  /** How the service worker ended up after the result ("activated", "none" for a page without one, or what went wrong). */
  serviceWorker: string;
  fcpMs: number;
  firstUsableQuestionMs: number;
  /** Navigation to the frame that shows the result heading, with all the taps. */
  navigationToResultMs: number;
  /**
   * The last click ("See my result") from input to the next paint, by the page's Event Timing
   * API (how INP is measured): the handlers, scoring, rendering and the frame that shows it.
   */
  lastAnswerToResultMainThreadMs: number;
  /** Main-thread task time (CDP Performance TaskDuration) over the same click; includes the driver's own CDP calls, so an upper bound. */
  lastAnswerTaskTimeMs: number;
  /** Elapsed time from the last click to the frame that shows the result heading. */
  lastAnswerToResultElapsedMs: number;
  jsHeapAfterRunBytes: number;
  cls: number;
  cspViolations: string[];
};

type Finished = { type: keyof ByType; bytes: number; at: number };

function typeOf(mimeType: string): keyof ByType {
  if (mimeType.includes("html")) return "html";
  if (mimeType.includes("javascript")) return "js";
  if (mimeType.includes("css")) return "css";
  return "other";
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((metric) => metric.name === "TaskDuration")?.value ?? Number.NaN;
}

/**
 * Waits until the page's service worker has finished installing and is active (its precache
 * is then complete: install waits for every file). The app registers it when the result is
 * shown or the network has been idle, so the registration may still be on its way.
 */
async function serviceWorkerSettled(page: Page): Promise<string> {
  // No named functions inside: tsx's keepNames would wrap them in __name(), which the page lacks.
  return page.evaluate(async () => {
    const deadline = performance.now() + 30_000;
    let registration: ServiceWorkerRegistration | undefined;
    while ((registration = await navigator.serviceWorker.getRegistration()) === undefined) {
      if (performance.now() > deadline) return "not registered within 30 s of the result";
      await new Promise((done) => setTimeout(done, 100));
    }
    for (;;) {
      const worker = registration.active ?? registration.waiting ?? registration.installing;
      if (registration.active?.state === "activated") return "activated";
      // Just after register() the registration can exist before its worker does: wait for it.
      if (worker !== null && worker.state === "redundant") return "install failed (redundant)";
      if (performance.now() > deadline) return `still ${worker?.state ?? "without a worker"} 30 s after the result`;
      await new Promise((done) => setTimeout(done, 100));
    }
  });
}

export async function measureCheck(origin: string, target: Target, counter: ByteCounter): Promise<RunReadings> {
  const texts = checkTexts();
  const browser = await launchChromium();
  try {
    const { page, cdp } = await openPhonePage(browser, installProbes, { firstQuestion: texts.questions[0]?.text ?? "", resultHeading: texts.resultHeading });
    await cdp.send("Performance.enable");

    const types = new Map<string, keyof ByType>();
    const finished: Finished[] = [];
    let navigationStart: number | null = null;
    const pageRequests: string[] = [];
    cdp.on("Network.requestWillBeSent", (event) => {
      if (navigationStart === null && event.type === "Document") navigationStart = event.timestamp;
      const url = new URL(event.request.url);
      if (url.protocol.startsWith("http")) pageRequests.push(`${url.pathname}${url.search}`);
    });
    cdp.on("Network.responseReceived", (event) => types.set(event.requestId, typeOf(event.response.mimeType)));
    cdp.on("Network.loadingFinished", (event) => {
      finished.push({ type: types.get(event.requestId) ?? "other", bytes: event.encodedDataLength, at: event.timestamp });
    });

    counter.reset();
    const navigated = performance.now();
    await page.goto(`${origin}${target.path}`, { waitUntil: "commit" });
    let mainThreadMs = Number.NaN;
    await driveCheck(page, texts, async (click) => {
      const before = await taskSeconds(cdp);
      await click();
      await page.getByRole("heading", { name: texts.resultHeading, exact: true, level: 1 }).waitFor();
      // Let the frame that shows the result, and any effect it schedules, finish.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
      mainThreadMs = ((await taskSeconds(cdp)) - before) * 1000;
    });
    const readings = await page.evaluate(() => window.__bench);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");

    const serviceWorker = target.serviceWorker ? await serviceWorkerSettled(page) : "none";
    // Anything still on its way (a last precache response, a late chunk) before counting.
    await counter.quiet(1500);
    const responses = counter.responses();
    const byPage = askedByPage(responses, pageRequests);
    const served = responses.map((response, index) => ({ ...response, at: Math.round(response.at - navigated), byPage: byPage[index] ?? false }));
    return { ...summarise(readings, finished, navigationStart, heap.usedSize, mainThreadMs), target: target.name, firstVisit: firstVisit(served, pageRequests), served, serviceWorker };
  } finally {
    await browser.close();
  }
}

function summarise(readings: ProbeReadings, finished: Finished[], navigationStart: number | null, heap: number, mainThreadMs: number) {
  if (readings.firstUsable === null || readings.resultShown === null || readings.lastClick === null || readings.fcp === null || navigationStart === null) {
    throw new Error(`bench: a reading is missing: ${JSON.stringify(readings)}`);
  }
  const firstUsable = readings.firstUsable;
  const bytes = { html: 0, js: 0, css: 0, other: 0, total: 0, requests: 0 };
  for (const entry of finished) {
    // CDP timestamps are seconds on a monotonic clock; navigation start is the document request.
    if ((entry.at - navigationStart) * 1000 > firstUsable) continue;
    bytes[entry.type] += entry.bytes;
    bytes.total += entry.bytes;
    bytes.requests += 1;
  }
  return {
    bytesBeforeFirstQuestion: bytes,
    fcpMs: readings.fcp,
    firstUsableQuestionMs: firstUsable,
    navigationToResultMs: readings.resultShown,
    // No Event Timing entry means the click took less than the API's 16 ms threshold.
    lastAnswerToResultMainThreadMs: lastClickToPaint(readings) ?? 16,
    lastAnswerTaskTimeMs: mainThreadMs,
    lastAnswerToResultElapsedMs: readings.resultShown - readings.lastClick,
    jsHeapAfterRunBytes: heap,
    cls: readings.cls,
    cspViolations: readings.cspViolations,
  };
}
