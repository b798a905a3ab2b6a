/*
 * Selfcheck's service worker, so that after one visit a whole self-check works offline, while a
 * first visit on a metered link costs no more than that visit needs.
 * scripts/vite/service-worker.ts fills in, at build time:
 * - SHELL: the app itself (its script, styles, first script, the result's lazy parts);
 * - COUNTRIES: per country code, its files and its default check ("shared"), its first
 *   language, per language that language's page and texts, and its other checks ("others",
 *   "otherTexts": precached only from the browser's cache, never downloaded for it);
 * - CHOOSER: what the country list at / needs;
 * - FILES: every file of the build, so that others (another language or country, the clinician
 *   pages) are kept once they have been fetched;
 * - VERSION: a hash of all their contents (the release's name: its cache is selfcheck-precache-VERSION);
 * - UNSAFE: versions a later release has marked unsafe (src/sw/unsafe-releases.json).
 * The build strips these comments from dist/sw.js (every byte counts on a first visit).
 *
 * - Install precaches the shell and, for each page open now (/<cc>/ or /<cc>/<lang>/), its
 *   country, default check and language, and of its other checks what the visit has fetched
 *   already, nothing else: what this visit needs to finish offline. The app
 *   registers this worker only when the result is shown or the network has been idle, so
 *   precaching never competes with a question.
 * - A new release takes over as soon as it is installed (skipWaiting), so it reaches the person
 *   on their next navigation (issue 18.1: before, it waited until every tab had closed). A page
 *   open at that moment keeps running the version it loaded, answers in its memory, never
 *   reloaded in the middle of a check: it fetches only hashed files, which this worker serves
 *   from the cache of the previous release, kept until the release after this one.
 * - A release whose VERSION is in UNSAFE is stopped at once: its cache is deleted and every open
 *   page is reloaded from this release (a wrong emergency number must not stay on a phone).
 * - It caches only the app's public, same-origin build files, listed at build time: never a
 *   response made at run time, so never an answer or anything about the person.
 * - It makes no request to another origin.
 * - The kill switch, for a release that must go without a replacement, is src/sw/kill-switch.js
 *   (docs/deploy.md): deleting sw.js from the host does not stop a worker already installed.
 */
const VERSION = "__SELFCHECK_VERSION__";
const SHELL = __SELFCHECK_SHELL__;
const CHOOSER = __SELFCHECK_CHOOSER__;
const COUNTRIES = __SELFCHECK_COUNTRIES__;
const FILES = new Set(__SELFCHECK_FILES__);
const UNSAFE = __SELFCHECK_UNSAFE__;
const PREFIX = "selfcheck-precache-";
const CACHE = `${PREFIX}${VERSION}`;

/** "/mk/en/" -> "/mk/en/index.html"; "/" -> "/index.html"; files stay as they are. @param {string} pathname */
function fileOf(pathname) {
  return pathname.endsWith("/") ? `${pathname}index.html` : pathname;
}

/** @param {string} pathname @returns {string | null} */
function countryOf(pathname) {
  const code = /^\/([a-z]{2})\//.exec(pathname)?.[1];
  return code !== undefined && code in COUNTRIES ? code : null;
}

/**
 * The files a country page needs to run its default check in its language offline, and those of its other checks.
 * @param {string} pathname
 */
function pageFiles(pathname) {
  const country = countryOf(pathname);
  const entry = country === null ? undefined : COUNTRIES[country];
  if (entry === undefined) return { needed: CHOOSER, ifCached: [] };
  const { first, shared, languages, others, otherTexts } = entry;
  const found = /^\/[a-z]{2}\/([^/]+)\//.exec(pathname)?.[1];
  const language = found !== undefined && found in languages ? found : first;
  return { needed: [...shared, ...(languages[language] ?? [])], ifCached: [...others, ...(otherTexts[language] ?? [])] };
}

async function visitedFiles() {
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const needed = new Set(SHELL);
  const ifCached = new Set();
  for (const client of windows) {
    const url = new URL(client.url);
    if (url.origin !== self.location.origin) continue;
    const files = pageFiles(url.pathname);
    for (const file of files.needed) needed.add(file);
    for (const file of files.ifCached) ifCached.add(file);
  }
  return { needed: [...needed], ifCached: [...ifCached].filter((file) => !needed.has(file)) };
}

/**
 * Keeps a file only if the browser's cache has it (the page fetched it): no request goes out for it.
 * @param {Cache} cache
 * @param {string} file
 */
async function keepIfCached(cache, file) {
  try {
    const response = await fetch(new Request(file, { cache: "only-if-cached", mode: "same-origin" }));
    if (response.ok) await cache.put(file, response);
  } catch {
    // Not fetched by this visit: kept later, if the person opens that check.
  }
}

/**
 * A page is asked for at the address a person opens (/mk/en/, not /mk/en/index.html): the
 * browser has just loaded the one visited, so revalidating it costs a 304, not the page (with
 * its inline stylesheet) a second time.
 * @param {Cache} cache
 * @param {string} file
 */
async function precachePage(cache, file) {
  const response = await fetch(new Request(file.replace(/index\.html$/, ""), { cache: "no-cache" }));
  if (!response.ok) throw new Error(`precache: ${file}: ${response.status}`);
  await cache.put(file, response);
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // Hashed assets may come from the HTTP cache (the page has just fetched most of them);
      // pages are revalidated, so an old page is never kept under the new version.
      const { needed, ifCached } = await visitedFiles();
      await cache.addAll(needed.filter((file) => !file.endsWith(".html")));
      await Promise.all(needed.filter((file) => file.endsWith(".html")).map((file) => precachePage(cache, file)));
      await Promise.all(ifCached.map((file) => keepIfCached(cache, file)));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // Cache names come in the order they were made: the last other one is the release open pages may still run.
      const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
      const unsafe = older.filter((name) => UNSAFE.includes(name.slice(PREFIX.length)));
      const previous = older.filter((name) => !unsafe.includes(name)).at(-1);
      await Promise.all(older.filter((name) => name !== previous).map((name) => caches.delete(name)));
      if (unsafe.length === 0) return;
      await self.clients.claim();
      // Not awaited: a page's reload waits for this worker to finish activating.
      for (const client of await self.clients.matchAll({ type: "window" })) client.navigate(client.url).catch(() => undefined);
    })(),
  );
});

/**
 * From the cache; otherwise from the network, kept for next time when it is one of the build's files.
 * @param {Request} request
 * @param {string} file
 */
async function cachedOrFetched(request, file) {
  const cache = await caches.open(CACHE);
  const cached = (await cache.match(file)) ?? (await caches.match(file));
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
  if (FILES.has(file)) event.respondWith(cachedOrFetched(request, file));
  // A hashed file of the previous release, asked for by a page that still runs it.
  else if (file.startsWith("/assets/")) event.respondWith(caches.match(file).then((kept) => kept ?? fetch(request)));
});
