/**
 * Types for service-worker.js (tsconfig.sw.json checks it with the WebWorker lib).
 *
 * The file is only ever run as a service worker, but TypeScript's lib types `self` as any
 * worker. These declarations add what a service worker's global scope has (as in lib.webworker's
 * ServiceWorkerGlobalScope), so that the file's `self.addEventListener("install", …)` gets an
 * ExtendableEvent, without a cast on every line.
 */
interface WorkerGlobalScope {
  readonly clients: Clients;
  readonly registration: ServiceWorkerRegistration;
  readonly serviceWorker: ServiceWorker;
  skipWaiting(): Promise<void>;
  addEventListener<K extends keyof ServiceWorkerGlobalScopeEventMap>(
    type: K,
    listener: (this: WorkerGlobalScope, event: ServiceWorkerGlobalScopeEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

/** What scripts/vite/service-worker.ts writes in place of each placeholder at build time. */
type CountryPrecache = {
  /** The country's first language. */
  first: string;
  /** Its country file and its checks. */
  shared: string[];
  /** Per language: that language's page and texts. */
  languages: Record<string, string[]>;
  /** The country's other checks: precached only when the visit already has them in the HTTP cache. */
  others: string[];
  /** Per language: the texts of the other checks, precached on the same terms. */
  otherTexts: Record<string, string[]>;
};
declare const __SELFCHECK_SHELL__: string[];
declare const __SELFCHECK_CHOOSER__: string[];
declare const __SELFCHECK_COUNTRIES__: Record<string, CountryPrecache>;
declare const __SELFCHECK_FILES__: string[];
/** The VERSIONs a later release marked unsafe (src/sw/unsafe-releases.json). */
declare const __SELFCHECK_UNSAFE__: string[];
