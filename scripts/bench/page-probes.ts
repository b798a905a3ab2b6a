/**
 * Code that runs inside the page before any of the app's own (CDP init script, which the
 * page's CSP does not apply to). It records, on the page's own clock (performance.now(),
 * 0 = navigation start): the first frame in which a radio of the first question is usable,
 * the last click, the frame in which the result heading is shown, layout shifts and any CSP
 * violation. The texts to look for are passed in, read from locales/ by the caller.
 */
export type ProbeTexts = { firstQuestion: string; resultHeading: string };

export type ProbeReadings = {
  firstUsable: number | null;
  lastClick: number | null;
  /** Event Timing of every click ≥ 16 ms: from the input to the next paint after its handlers (as INP). */
  clicks: { processingStart: number; processingEnd: number; duration: number }[];
  resultShown: number | null;
  cls: number;
  cspViolations: string[];
  fcp: number | null;
};

declare global {
  interface Window {
    __bench: ProbeReadings;
  }
}

/** Event Timing of the last click: the entry whose handlers ran when the probe saw that click (none: under 16 ms). */
export function lastClickToPaint(readings: ProbeReadings): number | null {
  const at = readings.lastClick;
  if (at === null) return null;
  return readings.clicks.find((entry) => entry.processingStart - 1 <= at && at <= entry.processingEnd + 1)?.duration ?? null;
}

/** Serialised with Function.prototype.toString by Playwright: no imports, no closures. */
export function installProbes(texts: ProbeTexts): void {
  const readings: ProbeReadings = { firstUsable: null, lastClick: null, clicks: [], resultShown: null, cls: 0, cspViolations: [], fcp: null };
  window.__bench = readings;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) readings.cls += entry.value;
    }
  }).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === "first-contentful-paint") readings.fcp = entry.startTime;
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (entry.name === "click") readings.clicks.push({ processingStart: entry.processingStart, processingEnd: entry.processingEnd, duration: entry.duration });
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  document.addEventListener("securitypolicyviolation", (event) => readings.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  document.addEventListener(
    "click",
    () => {
      readings.lastClick = performance.now();
    },
    true,
  );

  /** A radio a person can use: in the group named by the question, enabled, visible, on top. */
  const usableRadio = (): boolean => {
    for (const legend of document.querySelectorAll("fieldset > legend")) {
      if (legend.textContent?.trim() !== texts.firstQuestion) continue;
      const radio = legend.parentElement?.querySelector<HTMLInputElement>("input[type=radio]");
      if (!radio || radio.disabled || radio.closest("[inert]")) return false;
      const box = (radio.labels?.[0] ?? radio).getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(radio).visibility === "hidden") return false;
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return top !== null && (top === radio || radio.labels?.[0]?.contains(top) === true);
    }
    return false;
  };
  const resultShown = (): boolean => [...document.querySelectorAll("h1")].some((h1) => h1.textContent?.trim() === texts.resultHeading);
  const watch = (): void => {
    if (readings.firstUsable === null && usableRadio()) readings.firstUsable = performance.now();
    if (readings.resultShown === null && resultShown()) readings.resultShown = performance.now();
    if (readings.resultShown === null) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}
