/*
 * Selfcheck's service worker, so that after one visit a whole self-check works offline.
 * scripts/vite/service-worker.ts fills in PRECACHE (the app's own built files) and VERSION
 * (a hash of their contents) at build time.
 *
 * - It caches only the app's public, same-origin files, listed at build time: never a
 *   response made at run time, so never an answer or anything about the person.
 * - It never calls skipWaiting() or clients.claim(): a new version waits until every tab
 *   of the app is closed, so a self-check in progress keeps the files (and lazy chunks) of
 *   the version it started with.
 * - It makes no request to another origin.
 */
const VERSION = "__SELFCHECK_VERSION__";
const PRECACHE = __SELFCHECK_PRECACHE__;
const CACHE = `selfcheck-precache-${VERSION}`;

self.addEventListener("install", (event) => {
  // cache: "reload" so a stale HTTP cache cannot put an old file under the new version.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" })))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((names) => Promise.all(names.filter((name) => name.startsWith("selfcheck-precache-") && name !== CACHE).map((name) => caches.delete(name)))),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // Every page of the app is the same index.html (a single-page app).
  const key = request.mode === "navigate" ? "/index.html" : url.pathname;
  if (!PRECACHE.includes(key)) return;
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(key)).then((cached) => cached ?? fetch(request)));
});
