import type { AppStore } from "./store/create-store";

/** How long the page must have fetched nothing before the network counts as idle. */
const QUIET_MS = 3000;
/** How long after the result's first frame: its lower sections and the brief intervention load first. */
const AFTER_RESULT_MS = 1000;

/**
 * Registers the service worker (dist/sw.js) once nothing else needs the link: when the result
 * is shown, or when the page has fetched nothing for a few seconds, whichever comes first. Its
 * precaching then never competes with the question on screen. Production builds only: the dev
 * server has no sw.js. A new version is not forced on an open tab (see src/sw/service-worker.js).
 */
export function registerServiceWorkerWhenIdle(store: AppStore): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  let done = false;
  let stopWatching = (): void => undefined;
  const register = (): void => {
    if (done) return;
    done = true;
    stopWatching();
    void navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
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
