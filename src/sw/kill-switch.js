/*
 * Selfcheck's kill switch (docs/deploy.md): published as /sw.js in place of the real worker, it
 * replaces any installed Selfcheck worker on the next update check, deletes its caches,
 * unregisters, and reloads open pages from the network. Deleting sw.js instead does not work: a
 * worker whose script answers 404 stays installed and goes on serving its cache.
 */
self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith("selfcheck-precache-")).map((name) => caches.delete(name)));
      await self.registration.unregister();
      await self.clients.claim();
      // Not awaited: a page's reload waits for this worker to finish activating.
      for (const client of await self.clients.matchAll({ type: "window" })) client.navigate(client.url).catch(() => undefined);
    })(),
  );
});
