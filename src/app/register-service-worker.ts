import type { AppStore } from "./store/create-store";

/** How long the page must have fetched nothing before the network counts as idle. */
const QUIET_MS = 3000;
/** How long after the result's first frame: its lower sections and the brief intervention load first. */
const AFTER_RESULT_MS = 1000;

/** At most one look a quarter of an hour: sw.js is a request, however small. */
const UPDATE_EVERY_MS = 15 * 60 * 1000;

function lookForUpdatesOnReturn(registration: ServiceWorkerRegistration): void {
  let lastLook = performance.now();
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState !== "visible" || performance.now() - lastLook < UPDATE_EVERY_MS) return;
    lastLook = performance.now();
    void registration.update().catch(() => undefined);
  });
}

/**
 * Registers the service worker (dist/sw.js) once nothing else needs the link: when the result
 * is shown, or when the page has fetched nothing for a few seconds, whichever comes first. Its
 * precaching then never competes with the question on screen. Production builds only: the dev
 * server has no sw.js. A new release takes over the worker at once but never reloads a page in
 * the middle of a check: the page gets it on its next navigation (src/sw/service-worker.js).
 * When the person comes back to the tab, the browser is asked to look for a new release, so
 * one marked unsafe stops even a tab left open for days.
 */
export function registerServiceWorkerWhenIdle(store: AppStore): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  let done = false;
  let stopWatching = (): void => undefined;
  const register = (): void => {
    if (done) return;
    done = true;
    stopWatching();
    void navigator.serviceWorker
      .register("/sw.js", { scope: "/" })
      .then((registration) => lookForUpdatesOnReturn(registration))
      .catch(() => undefined);
  };
  // After the result has painted and its lazy parts have loaded (so the worker can take them
  // from the HTTP cache), never inside the tap that asked for it.
  const registerAfterResult = (): void => void requestAnimationFrame(() => window.setTimeout(register, AFTER_RESULT_MS));
  const unsubscribe = store.subscribe((state) => {
    if (state.step.kind === "result") registerAfterResult();
  });
  let seen = performance.getEntriesByType("resource").length;
  let quietSince = performance.now();
  const timer = window.setInterval(() => {
    const now = performance.getEntriesByType("resource").length;
    if (now !== seen) {
      seen = now;
      quietSince = performance.now();
    } else if (performance.now() - quietSince >= QUIET_MS) register();
  }, 500);
  stopWatching = () => {
    unsubscribe();
    window.clearInterval(timer);
  };
  if (store.getState().step.kind === "result") registerAfterResult();
}
