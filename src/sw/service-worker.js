/*
 * Selfcheck's service worker, so that after one visit a whole self-check works offline, while a
 * first visit on a metered link costs no more than that visit needs.
 * scripts/vite/service-worker.ts fills in, at build time:
 * - SHELL: the app itself (its script, styles, first script, the result's lazy parts);
 * - COUNTRIES: per country code, its files and its checks ("shared"), its first language, and
 *   per language that language's page and texts;
 * - CHOOSER: what the country list at / needs;
 * - FILES: every file of the build, so that others (another language or country, the clinician
 *   pages) are kept once they have been fetched;
 * - VERSION: a hash of all their contents.
 *
 * - Install precaches the shell and, for each page open now (/<cc>/ or /<cc>/<lang>/), its
 *   country, checks and language, nothing else: what this visit needs to finish offline. The app registers this worker only when the result
 *   is shown or the network has been idle, so precaching never competes with a question.
 * - It caches only the app's public, same-origin build files, listed at build time: never a
 *   response made at run time, so never an answer or anything about the person.
 * - It never calls skipWaiting() or clients.claim(): a new version waits until every tab of
 *   the app is closed, so a self-check in progress keeps the files of the version it started with.
 * - It makes no request to another origin.
 */
const VERSION = "__SELFCHECK_VERSION__";
const SHELL = __SELFCHECK_SHELL__;
const CHOOSER = __SELFCHECK_CHOOSER__;
const COUNTRIES = __SELFCHECK_COUNTRIES__;
const FILES = new Set(__SELFCHECK_FILES__);
const CACHE = `selfcheck-precache-${VERSION}`;

/** "/mk/en/" -> "/mk/en/index.html"; "/" -> "/index.html"; files stay as they are. */
function fileOf(pathname) {
  return pathname.endsWith("/") ? `${pathname}index.html` : pathname;
}

function countryOf(pathname) {
  const match = /^\/([a-z]{2})\//.exec(pathname);
  return match !== null && match[1] in COUNTRIES ? match[1] : null;
}

/** The files a country page needs to run its checks in its language offline. */
function pageFiles(pathname) {
  const country = countryOf(pathname);
  if (country === null) return CHOOSER;
  const { first, shared, languages } = COUNTRIES[country];
  const language = /^\/[a-z]{2}\/([^/]+)\//.exec(pathname)?.[1] ?? first;
  return [...shared, ...(languages[language] ?? languages[first] ?? [])];
}

async function visitedFiles() {
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const files = new Set(SHELL);
  for (const client of windows) {
    const url = new URL(client.url);
    if (url.origin !== self.location.origin) continue;
    for (const file of pageFiles(url.pathname)) files.add(file);
  }
  return [...files];
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // Hashed assets may come from the HTTP cache (the page has just fetched most of them);
      // pages are revalidated, so an old page is never kept under the new version.
      const files = await visitedFiles();
      await cache.addAll(files.filter((file) => !file.endsWith(".html")));
      // A page is asked for at the address a person opens (/mk/en/, not /mk/en/index.html): the
      // browser has just loaded the one visited, so revalidating it costs a 304, not the page
      // (with its inline stylesheet) a second time.
      await Promise.all(
        files
          .filter((file) => file.endsWith(".html"))
          .map(async (file) => {
            const response = await fetch(new Request(file.replace(/index\.html$/, ""), { cache: "no-cache" }));
            if (!response.ok) throw new Error(`precache: ${file}: ${response.status}`);
            await cache.put(file, response);
          }),
      );
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((names) => Promise.all(names.filter((name) => name.startsWith("selfcheck-precache-") && name !== CACHE).map((name) => caches.delete(name)))),
  );
});

/** From the cache; otherwise from the network, kept for next time when it is one of the build's files. */
async function cachedOrFetched(request, file) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(file);
  if (cached !== undefined) return cached;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") await cache.put(file, response.clone());
    return response;
  } catch (error) {
    if (request.mode !== "navigate") throw error;
    // Offline on a page not kept: the same country's page, or the chooser, if kept.
    const country = countryOf(new URL(request.url).pathname);
    const fallback = (country === null ? undefined : await cache.match(`/${country}/index.html`)) ?? (await cache.match("/index.html"));
    if (fallback !== undefined) return fallback;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.search !== "") return;
  const file = fileOf(url.pathname);
  if (!FILES.has(file)) return;
  event.respondWith(cachedOrFetched(request, file));
});
