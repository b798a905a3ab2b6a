/**
 * `npm run bench:timeline`: where the time goes. One whole DUDIT self-check on the app's
 * country page /mk/en/ (or the hand-written page, --page handwritten) in a fresh Chromium with
 * the phone profile and the driver of `npm run bench`, printed as one line per event on the
 * page's own clock (0 = navigation start): each file as it finishes loading (Brotli bytes),
 * first paint, the main thread's long tasks (over 50 ms), each of the driver's taps, each
 * screen as it shows, question 1 usable and the result painted (the bench's own probes), the
 * Event Timing of the last tap; then what the server sent, service worker install included.
 *
 *   npm run bench:timeline -- [--runs 1] [--no-build] [--dist dist] [--page app|handwritten]
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { launchChromium } from "../support/browser/browser";
import { DIST, ROOT } from "../support/browser/paths";
import { startStaticServer } from "../support/browser/server";
import { ByteCounter, firstVisit } from "./byte-counter";
import { checkTexts, driveCheck } from "./drive";
import { installProbes, lastClickToPaint } from "./page-probes";
import { addRecorder, openPhonePage } from "./phone-page";
import { PHONE_PROFILE } from "./profile";
import { handwrittenHeaders, prewarm, snapshot, TARGETS } from "./site";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "1" },
    "no-build": { type: "boolean", default: false },
    dist: { type: "string" },
    page: { type: "string", default: "app" },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`bench:timeline: --runs must be a whole number ≥ 1, got ${values.runs}`);
const target = TARGETS.find((candidate) => candidate.name === values.page);
if (target === undefined) throw new Error(`bench:timeline: --page must be one of ${TARGETS.map((candidate) => candidate.name).join(", ")}, got ${values.page}`);
const dist = values.dist === undefined ? DIST : resolve(values.dist);
if (!values["no-build"] && values.dist === undefined) execFileSync("npx", ["vite", "build", "--configLoader", "runner"], { cwd: ROOT, stdio: "inherit" });

/** Runs in the page before its own code (serialised by Playwright: no imports, no closures). */
function installTimeline(): void {
  const events: [number, string][] = [];
  (window as unknown as { __timeline: [number, string][] }).__timeline = events;
  const now = () => Math.round(performance.now());
  for (const type of ["change", "click"]) {
    document.addEventListener(
      type,
      (event) => {
        const target = event.target as HTMLElement & { value?: string };
        events.push([now(), `driver: ${type} ${JSON.stringify((target.value || target.textContent || "").trim().slice(0, 40))}`]);
      },
      true,
    );
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
      events.push([Math.round(entry.responseEnd), `loaded ${entry.name.split("/").pop()} (${entry.encodedBodySize} B, requested at ${Math.round(entry.startTime)} ms)`]);
    }
  }).observe({ type: "resource", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) events.push([Math.round(entry.startTime), entry.name]);
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) events.push([Math.round(entry.startTime), `long task, ${Math.round(entry.duration)} ms`]);
  }).observe({ type: "longtask", buffered: true });
  let shown = "";
  const watch = (): void => {
    const heading = (document.querySelector("fieldset > legend") ?? document.querySelector("h1"))?.textContent?.trim() ?? "";
    if (heading !== shown) {
      shown = heading;
      events.push([now(), `screen shows: ${JSON.stringify(heading.slice(0, 50))}`]);
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

const texts = checkTexts();
const site = snapshot(dist);
const counter = new ByteCounter();
const server = await startStaticServer(site, { brotli: true, caching: "production", onResponse: counter.record, headersFor: handwrittenHeaders(site) });
await prewarm(site, server.origin);
try {
  for (let run = 1; run <= runs; run++) {
    const browser = await launchChromium();
    try {
      const { page } = await openPhonePage(browser, installProbes, { firstQuestion: texts.questions[0]?.text ?? "", resultHeading: texts.resultHeading });
      await addRecorder(page, installTimeline, null);
      counter.reset();
      const navigated = performance.now();
      await page.goto(`${server.origin}${target.path}`, { waitUntil: "commit" });
      await driveCheck(page, texts);
      await page.waitForTimeout(300);
      const document = await page.evaluate(() => {
        const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        return [
          [Math.round(navigation.responseEnd), `loaded the HTML (${navigation.encodedBodySize} B)`],
          [Math.round(navigation.domInteractive), "HTML parsed"],
        ] as [number, string][];
      });
      const events = await page.evaluate(() => (window as unknown as { __timeline: [number, string][] }).__timeline);
      const probes = await page.evaluate(() => window.__bench);
      if (probes.firstUsable !== null) events.push([Math.round(probes.firstUsable), "QUESTION 1 USABLE (a radio visible, enabled, on top)"]);
      if (probes.resultShown !== null) events.push([Math.round(probes.resultShown), "RESULT PAINTED"]);
      const lastClick = lastClickToPaint(probes);
      if (probes.lastClick !== null) events.push([Math.round(probes.lastClick), `last tap handled; Event Timing to the next paint: ${lastClick === null ? "< 16" : Math.round(lastClick)} ms`]);
      if (target.serviceWorker) {
        const state = await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          if (registration === undefined) return "not registered yet";
          await navigator.serviceWorker.ready;
          for (let i = 0; i < 300 && registration.active?.state !== "activated"; i++) await new Promise((done) => setTimeout(done, 100));
          return registration.active?.state ?? "no active worker";
        });
        await counter.quiet(1500);
        console.log(`\n(service worker: ${state})`);
      }
      console.log(`\nbench:timeline ${target.label} run ${run}/${runs} (ms since navigation start; ${PHONE_PROFILE.cpuSlowdown}x CPU, ${PHONE_PROFILE.latencyMs} ms RTT, 1.6 Mbps down)`);
      for (const [at, what] of [...document, ...events].sort((a, b) => a[0] - b[0])) console.log(`${String(at).padStart(6)}  ${what}`);
      const served = counter.responses().map((response) => ({ ...response, at: Math.round(response.at - navigated) }));
      const visit = firstVisit(served);
      console.log(`\nwhat the server sent (ms since the driver navigated, ≈ the page's clock; bytes on the wire): ${visit.requests} responses, ${visit.bytes} B`);
      for (const response of served) console.log(`${String(response.at).padStart(6)}  ${response.path}  ${response.bytes} B`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
  rmSync(site, { recursive: true, force: true });
}
