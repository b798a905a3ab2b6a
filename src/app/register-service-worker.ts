/**
 * Registers the service worker (dist/sw.js) after the page has loaded, so precaching never
 * competes with the first screen. Production builds only: the dev server has no sw.js.
 * A new version is not forced on an open tab (see src/sw/service-worker.js).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const register = () => void navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
