import type { Page } from "playwright-core";

export interface StorageReport {
  readonly localStorage: string[];
  readonly sessionStorage: string[];
  readonly indexedDB: string[];
  readonly cookies: string[];
  readonly cacheStorage: string[];
  readonly empty: boolean;
}

/**
 * What the app left behind: localStorage and sessionStorage keys, IndexedDB
 * database names, cookies of the browser context, and Cache Storage names.
 * `empty` is true only when all of them are empty.
 */
export async function storageIsEmpty(page: Page): Promise<StorageReport> {
  const inPage = await page.evaluate(async () => {
    const keys = (storage: Storage): string[] =>
      Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? "");
    const databases = await indexedDB.databases();
    const caches = "caches" in window ? await window.caches.keys() : [];
    return {
      localStorage: keys(window.localStorage),
      sessionStorage: keys(window.sessionStorage),
      indexedDB: databases.map((db) => db.name ?? "(unnamed)"),
      cacheStorage: caches,
    };
  });
  const cookies = (await page.context().cookies()).map((cookie) => `${cookie.domain}:${cookie.name}`);
  const empty =
    inPage.localStorage.length === 0 &&
    inPage.sessionStorage.length === 0 &&
    inPage.indexedDB.length === 0 &&
    inPage.cacheStorage.length === 0 &&
    cookies.length === 0;
  return { ...inPage, cookies, empty };
}
