/**
 * Offline and installable: after one visit the service worker has precached the app, and a
 * whole DUDIT self-check works with the network off; an update published in the middle of a
 * self-check waits and does not break it; the precache holds only the app's own files.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { watchCspViolations } from "./support/csp";
import { useE2E } from "./support/harness";
import { keepNetworkLocal } from "./support/network";
import { startStaticServer } from "./support/server";
import { DIST } from "./support/paths";
import { ARABIC, ENGLISH } from "./support/plans";
import { storageIsEmpty } from "./support/storage";
import { Wizard } from "./support/wizard";

const e2e = useE2E();

/** Waits until the service worker is active and its precache is complete. */
async function serviceWorkerReady(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.scriptURL ?? "";
  });
}

describe("offline and installable", () => {
  it("links a web app manifest with a name, start URL, standalone display and an icon", async () => {
    const html = await (await fetch(`${e2e.origin}/`)).text();
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest"');
    const manifest = (await (await fetch(`${e2e.origin}/manifest.webmanifest`)).json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({ short_name: "Selfcheck", start_url: "/", scope: "/", display: "standalone" });
    const icons = manifest["icons"] as { src: string }[];
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect((await fetch(`${e2e.origin}${icon.src}`)).status).toBe(200);
  });

  it("after one visit to /mk/en/, a whole self-check in that language works with the network off", async () => {
    const { page, context, origin, requests } = await e2e.open();
    const wizard = new Wizard(page);
    await wizard.gotoCountry(origin, ENGLISH.plan);
    expect(await serviceWorkerReady(page)).toBe(`${origin}/sw.js`);

    await context.setOffline(true);
    // The network really is off: a file that is not precached cannot be fetched.
    expect(await page.evaluate(async () => fetch("/not-precached.txt").then(() => "fetched", () => "failed"))).toBe("failed");
    await wizard.run(origin, ENGLISH.plan);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(requests.foreign(origin)).toEqual([]);

    // The precache is the app's own files only: nothing personal, nothing from elsewhere.
    const storage = await storageIsEmpty(page);
    expect(storage.appFilesCached).toBeGreaterThan(10);
    expect(storage).toMatchObject({ empty: true, cacheStorage: [] });
  });

  it("a country and language fetched later, online, are kept: that self-check also works offline", async () => {
    const { page, context, origin } = await e2e.open();
    const wizard = new Wizard(page);
    await wizard.gotoCountry(origin, ENGLISH.plan);
    await serviceWorkerReady(page);
    const cachedFiles = () =>
      page.evaluate(async () => {
        const names = await caches.keys();
        const cache = await caches.open(names.find((name) => name.startsWith("selfcheck-precache-")) ?? "missing");
        return (await cache.keys()).map((request) => new URL(request.url).pathname);
      });
    // A lean first visit: North Macedonia's pages are kept, Lebanon's are not (yet).
    const first = await cachedFiles();
    expect(first).toContain("/mk/en/index.html");
    expect(first).not.toContain("/lb/ar/index.html");

    // Online, under the worker: Lebanon in Arabic, fetched when asked.
    const arabic = new Wizard(page, ARABIC.plan.language);
    await arabic.gotoCountry(origin, ARABIC.plan);
    await page.waitForFunction(() => window.selfcheckFirst === undefined);
    expect(await cachedFiles()).toContain("/lb/ar/index.html");

    await context.setOffline(true);
    await arabic.run(origin, ARABIC.plan);
    await page.getByRole("main").getByText(arabic.results("scoreLine", { value: ARABIC.expected.score, max: ARABIC.expected.max }), { exact: true }).waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  });

  it("counts any other cached entry as stored data (the storage check can fail)", async () => {
    const { page, origin } = await e2e.open();
    await new Wizard(page).gotoCountry(origin, ENGLISH.plan);
    await serviceWorkerReady(page);
    await page.evaluate(async () => {
      const names = await caches.keys();
      const precache = await caches.open(names.find((name) => name.startsWith("selfcheck-precache-")) ?? "missing");
      await precache.put("/?answer=q1", new Response("x"));
      await (await caches.open("other")).put("/index.html", new Response("x"));
    });
    const storage = await storageIsEmpty(page);
    expect(storage.empty).toBe(false);
    expect(storage.cacheStorage).toEqual(expect.arrayContaining(["other", expect.stringMatching(/^selfcheck-precache-\w+: .*\/\?answer=q1$/)]));
  });

  it("an update published during a self-check waits; the check finishes on the version it started with", async () => {
    // Its own copy of dist/, so the test can publish a new release into it.
    const site = mkdtempSync(join(tmpdir(), "selfcheck-update-"));
    cpSync(DIST, site, { recursive: true });
    const server = await startStaticServer(site);
    const { context: harnessContext } = await e2e.open();
    const browser = harnessContext.browser();
    if (browser === null) throw new Error("e2e: no browser");
    const context = await browser.newContext({ locale: "en-US" });
    try {
      await keepNetworkLocal(context, server.origin);
      const violations = await watchCspViolations(context);
      const page = await context.newPage();
      const wizard = new Wizard(page);
      await wizard.gotoCountry(server.origin, ENGLISH.plan);
      const firstWorker = await serviceWorkerReady(page);
      await page.reload();
      await wizard.questionGroup("dudit", "q1").waitFor();
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(firstWorker);

      // A new release: a different service worker, and the old hashed files gone from the host.
      const worker = readFileSync(join(site, "sw.js"), "utf8");
      const next = worker
        .replace(/const VERSION = "[^"]+";/, 'const VERSION = "next-release";')
        .replace(/const SHELL = \[[^\]]*\];/, 'const SHELL = ["/index.html"];')
        .replace(/const CHOOSER = \[[^\]]*\];/, 'const CHOOSER = ["/index.html"];')
        .replace(/const COUNTRIES = \{.*\};/, "const COUNTRIES = {};");
      expect(next).toContain('"next-release"');
      writeFileSync(join(site, "sw.js"), next);
      rmSync(join(site, "assets"), { recursive: true });
      const state = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        await registration.update();
        const incoming = registration.installing ?? registration.waiting;
        if (incoming !== null && incoming.state === "installing") {
          await new Promise<void>((done) => incoming.addEventListener("statechange", () => incoming.state !== "installing" && done()));
        }
        return { waiting: registration.waiting?.state ?? null, active: registration.active?.scriptURL ?? null };
      });
      expect(state, "the new worker installed and waits").toEqual({ waiting: "installed", active: firstWorker });

      // The rest of the check needs files first loaded after the release (another check's
      // definition and text): the old worker still controls the page and serves them from its precache.
      await wizard.button(wizard.wizard("question.changeCheck")).click();
      await wizard.checkRadio("audit-c").check();
      await wizard.button(wizard.wizard("start.start")).click();
      await wizard.answerAll({ ...ENGLISH.plan, questionnaire: "audit-c", answers: [["q1", "monthly-or-less"], ["q2", "one-two"], ["q3", "never"]] });
      await wizard.waitForResult();
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(firstWorker);
      expect(violations).toEqual([]);
    } finally {
      await context.close();
      await server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});
