import { existsSync, statSync } from "node:fs";
import { join, normalize, sep } from "node:path";
import type { Page } from "playwright-core";
import { folderServedAt } from "./server";

export interface StorageReport {
  readonly localStorage: string[];
  readonly sessionStorage: string[];
  readonly indexedDB: string[];
  readonly cookies: string[];
  /** Caches holding anything but the app's own built files ("name" or "name: url"). */
  readonly cacheStorage: string[];
  /** How many of the app's own built files the service worker has precached (not personal). */
  readonly appFilesCached: number;
  readonly empty: boolean;
}

/**
 * What the app left behind: localStorage and sessionStorage keys, IndexedDB
 * database names, cookies of the browser context, and Cache Storage entries.
 * The service worker's precache of the app's own public files (a cache named
 * selfcheck-precache-*, holding only same-origin paths of files in the served build) says
 * nothing about the person and is not counted; any other cache, or any other
 * entry in it (a query string, a path that is not a built file), is.
 * `empty` is true only when nothing else is stored.
 */
export async function storageIsEmpty(page: Page): Promise<StorageReport> {
  const inPage = await page.evaluate(async () => {
    const keys = (storage: Storage): string[] => Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? "");
    const databases = await indexedDB.databases();
    const caches: { name: string; urls: string[] }[] = [];
    if ("caches" in window) {
      for (const name of await window.caches.keys()) {
        const cache = await window.caches.open(name);
        caches.push({ name, urls: (await cache.keys()).map((request) => request.url) });
      }
    }
    return {
      localStorage: keys(window.localStorage),
      sessionStorage: keys(window.sessionStorage),
      indexedDB: databases.map((db) => db.name ?? "(unnamed)"),
      cacheStorage: caches,
    };
  });
  const cookies = (await page.context().cookies()).map((cookie) => `${cookie.domain}:${cookie.name}`);
  const origin = new URL(page.url()).origin;
  // The build the page was served from; none when it has left for another origin (a quick exit),
  // and then nothing it has cached is one of the app's files.
  const build = folderServedAt(origin);
  const isAppFile = (url: string): boolean => {
    const parsed = new URL(url);
    if (build === undefined || parsed.origin !== origin || parsed.search !== "" || parsed.hash !== "") return false;
    const file = normalize(join(build, decodeURIComponent(parsed.pathname)));
    return file.startsWith(build + sep) && existsSync(file) && statSync(file).isFile();
  };
  const cacheStorage: string[] = [];
  let appFilesCached = 0;
  for (const { name, urls } of inPage.cacheStorage) {
    if (!name.startsWith("selfcheck-precache-")) cacheStorage.push(name);
    else if (urls.every(isAppFile)) appFilesCached += urls.length;
    else cacheStorage.push(...urls.filter((url) => !isAppFile(url)).map((url) => `${name}: ${url}`));
  }
  const empty = inPage.localStorage.length === 0 && inPage.sessionStorage.length === 0 && inPage.indexedDB.length === 0 && cacheStorage.length === 0 && cookies.length === 0;
  return { ...inPage, cacheStorage, appFilesCached, cookies, empty };
}
