/**
 * `npm run bench:timeline`: where the time to the first question goes. One DUDIT self-check
 * start (start screen → sex question → first question) in a fresh Chromium with the phone
 * profile of `npm run bench`, printed as one line per event on the page's own clock
 * (0 = navigation start): each file as it finishes loading (Brotli bytes), first paint, the
 * main thread's long tasks (over 50 ms), the moment the live app takes over the pre-rendered
 * start screen, each of the driver's actions (as a person's taps), and each screen as it shows.
 *
 *   npm run bench:timeline -- [--runs 1] [--no-build] [--dist dist]
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { launchChromium } from "../../tests/e2e/support/browser";
import { DIST, ROOT } from "../../tests/e2e/support/paths";
import { ENGLISH } from "../../tests/e2e/support/plans";
import { t } from "../../tests/e2e/support/locales";
import { startStaticServer } from "../../tests/e2e/support/server";
import { Wizard } from "../../tests/e2e/support/wizard";
import { openPhonePage } from "./phone-page";
import { PHONE_PROFILE } from "./profile";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "1" }, "no-build": { type: "boolean", default: false }, dist: { type: "string" } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`bench:timeline: --runs must be a whole number ≥ 1, got ${values.runs}`);
const dist = values.dist === undefined ? DIST : resolve(values.dist);
if (!values["no-build"] && values.dist === undefined) execFileSync("npx", ["vite", "build"], { cwd: ROOT, stdio: "inherit" });

type Texts = { startButton: string };

/** Runs in the page before the app (serialised by Playwright: no imports, no closures). */
function installTimeline(texts: Texts): void {
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
  const seen = new Set<string>();
  const watch = (): void => {
    const heading = document.querySelector("h1")?.textContent?.trim() ?? "";
    if (heading !== "" && !seen.has(`h1 ${heading}`)) {
      seen.add(`h1 ${heading}`);
      events.push([now(), `screen shows: ${JSON.stringify(heading.slice(0, 50))}`]);
    }
    const live = [...document.querySelectorAll("button")].some((button) => button.textContent?.trim() === texts.startButton && !button.disabled);
    if (live && !seen.has("live")) {
      seen.add("live");
      events.push([now(), "the live app has taken over the start screen (Start enabled)"]);
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

const server = await startStaticServer(dist, { brotli: true });
try {
  for (let run = 1; run <= runs; run++) {
    const browser = await launchChromium();
    try {
      const { plan } = ENGLISH;
      const { page } = await openPhonePage(browser, installTimeline, { startButton: t(plan.language, "wizard", "start.start") });
      const wizard = new Wizard(page);

      await page.goto(`${server.origin}/`, { waitUntil: "commit" });
      await wizard.begin(plan);
      await wizard.answerSex(plan.sex);
      const [firstItem, firstOption] = plan.answers[0] ?? ["q1", "never"];
      await wizard.optionRadio(plan.questionnaire, firstItem, firstOption).waitFor();
      await page.waitForTimeout(200);
      const document = await page.evaluate(() => {
        const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        return [
          [Math.round(navigation.responseEnd), `loaded the HTML (${navigation.encodedBodySize} B)`],
          [Math.round(navigation.domInteractive), "HTML parsed"],
        ] as [number, string][];
      });
      const events = await page.evaluate(() => (window as unknown as { __timeline: [number, string][] }).__timeline);
      console.log(`\nbench:timeline run ${run}/${runs} (ms since navigation start; ${PHONE_PROFILE.cpuSlowdown}x CPU, ${PHONE_PROFILE.latencyMs} ms RTT, 1.6 Mbps down)`);
      for (const [at, what] of [...document, ...events].sort((a, b) => a[0] - b[0])) console.log(`${String(at).padStart(6)}  ${what}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
