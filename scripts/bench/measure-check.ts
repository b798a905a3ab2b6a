/**
 * One measured DUDIT self-check in a fresh Chromium with the phone profile: cold cache,
 * CDP network emulation and CPU throttling, controls found by role and accessible name
 * (tests/e2e/support/wizard.ts). Returns the readings of one run.
 */
import type { CDPSession } from "playwright-core";
import { launchChromium } from "../../tests/e2e/support/browser";
import { ENGLISH } from "../../tests/e2e/support/plans";
import { instrumentText, t } from "../../tests/e2e/support/locales";
import { Wizard } from "../../tests/e2e/support/wizard";
import { installProbes, type ProbeReadings } from "./page-probes";
import { openPhonePage } from "./phone-page";

export type ByType = { html: number; js: number; css: number; other: number };

export type RunReadings = {
  /** Encoded (compressed, on the wire) bytes whose loading finished before the first question was usable. */
  bytesBeforeFirstQuestion: ByType & { total: number; requests: number };
  fcpMs: number;
  firstUsableQuestionMs: number;
  /** Navigation to the live app's Start button being enabled: the app's own boot, without the clicks. */
  startReadyMs: number;
  /**
   * The last click ("See my result") from input to the next paint, by the page's Event Timing
   * API (how INP is measured): the handlers, scoring, React's render and the frame that shows it.
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

export async function measureCheck(origin: string): Promise<RunReadings> {
  const { plan } = ENGLISH;
  const browser = await launchChromium();
  try {
    const firstItem = plan.answers[0]?.[0] ?? "q1";
    const texts = {
      firstQuestion: instrumentText(plan.language, plan.questionnaire).items[firstItem]?.text ?? "",
      resultHeading: t(plan.language, "results", "heading"),
      startButton: t(plan.language, "wizard", "start.start"),
    };
    const { page, cdp } = await openPhonePage(browser, installProbes, texts);
    const wizard = new Wizard(page);
    await cdp.send("Performance.enable");

    const types = new Map<string, keyof ByType>();
    const finished: Finished[] = [];
    let navigationStart: number | null = null;
    cdp.on("Network.requestWillBeSent", (event) => {
      if (navigationStart === null && event.type === "Document") navigationStart = event.timestamp;
    });
    cdp.on("Network.responseReceived", (event) => types.set(event.requestId, typeOf(event.response.mimeType)));
    cdp.on("Network.loadingFinished", (event) => {
      finished.push({ type: types.get(event.requestId) ?? "other", bytes: event.encodedDataLength, at: event.timestamp });
    });

    await page.goto(`${origin}/`, { waitUntil: "commit" });
    await wizard.begin(plan);
    await wizard.sexRadio(plan.sex).check();
    await wizard.button(wizard.wizard("nav.next")).click();
    let mainThreadMs = Number.NaN;
    const answers = plan.answers;
    for (const [index, [itemId, optionId]] of answers.entries()) {
      const last = index === answers.length - 1;
      await wizard.optionRadio(plan.questionnaire, itemId, optionId).check();
      const button = wizard.button(wizard.wizard(last ? "nav.seeResult" : "nav.next"));
      if (!last) {
        await button.click();
        continue;
      }
      await button.waitFor();
      const before = await taskSeconds(cdp);
      await button.click();
      await wizard.resultHeading().waitFor();
      // Let the frame that shows the result, and any effect it schedules, finish.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
      const after = await taskSeconds(cdp);
      mainThreadMs = (after - before) * 1000;
    }
    const readings = await page.evaluate(() => window.__bench);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    return summarise(readings, finished, navigationStart, heap.usedSize, mainThreadMs);
  } finally {
    await browser.close();
  }
}

function summarise(readings: ProbeReadings, finished: Finished[], navigationStart: number | null, heap: number, mainThreadMs: number): RunReadings {
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
    startReadyMs: readings.startReady ?? Number.NaN,
    // No Event Timing entry means the click took less than the API's 16 ms threshold.
    lastAnswerToResultMainThreadMs: readings.lastClickToPaint ?? 16,
    lastAnswerTaskTimeMs: mainThreadMs,
    lastAnswerToResultElapsedMs: readings.resultShown - readings.lastClick,
    jsHeapAfterRunBytes: heap,
    cls: readings.cls,
    cspViolations: readings.cspViolations,
  };
}
