/**
 * deploy/nginx.conf exercised for real: Debian's nginx serves dist/ on 127.0.0.1 and must send
 * the security headers of deploy/security-headers.conf on every response, cache hashed assets
 * for a year and revalidate HTML, the service worker and the manifest, compress text, and
 * carry a whole DUDIT self-check in Chromium with no CSP violation and no foreign request.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../e2e/support/browser";
import { watchCspViolations } from "../e2e/support/csp";
import { keepNetworkLocal } from "../e2e/support/network";
import { ENGLISH } from "../e2e/support/plans";
import { collectRequests } from "../e2e/support/requests";
import { securityHeaders } from "../e2e/support/security-headers";
import { DIST } from "../e2e/support/paths";
import { Wizard } from "../e2e/support/wizard";
import { startNginx, testConfig, type NginxServer } from "./support/nginx-server";

let nginx: NginxServer | undefined;
let browser: Browser | undefined;
const origin = (): string => {
  if (nginx === undefined) throw new Error("nginx did not start (see beforeAll)");
  return nginx.origin;
};

beforeAll(async () => {
  nginx = await startNginx();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.close();
});

const security = securityHeaders();

async function get(path: string, encoding = "identity"): Promise<Response> {
  return fetch(`${origin()}${path}`, { headers: { "accept-encoding": encoding } });
}

function expectSecurityHeaders(response: Response, what: string): void {
  for (const [name, value] of Object.entries(security)) expect(response.headers.get(name), `${what}: ${name}`).toBe(value);
}

describe("nginx with deploy/nginx.conf", () => {
  it("HTML: the security headers, revalidated on every load, gzip-compressed", async () => {
    const plain = await get("/");
    expect(plain.status).toBe(200);
    expect(plain.headers.get("content-type")).toMatch(/^text\/html/);
    expect(plain.headers.get("cache-control")).toBe("no-cache");
    expectSecurityHeaders(plain, "/");
    expect(plain.headers.get("server")).toBe("nginx");
    const compressed = await get("/", "gzip");
    expect(compressed.headers.get("content-encoding")).toBe("gzip");
  });

  it("hashed assets: cached for a year as immutable, with the security headers, compressed", async () => {
    const html = await (await get("/")).text();
    const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    // The pages carry the app's stylesheet inline (scripts/vite/inline-css.ts); lazy parts still load theirs.
    const style = readdirSync(join(DIST, "assets")).find((name) => name.endsWith(".css"));
    expect(script, "index.html names a hashed script").toBeDefined();
    expect(style, "the build has a hashed stylesheet").toBeDefined();
    for (const path of [script ?? "", `/assets/${style ?? ""}`]) {
      const response = await get(path, "gzip");
      expect(response.status, path).toBe(200);
      expect(response.headers.get("cache-control"), path).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("content-encoding"), path).toBe("gzip");
      expectSecurityHeaders(response, path);
    }
    expect((await get(script ?? "")).headers.get("content-type")).toMatch(/javascript/);
  });

  it("the service worker and the manifest are revalidated on every load", async () => {
    const worker = await get("/sw.js");
    expect(worker.status).toBe(200);
    expect(worker.headers.get("content-type")).toMatch(/javascript/);
    expect(worker.headers.get("cache-control")).toBe("no-cache");
    expectSecurityHeaders(worker, "/sw.js");
    const manifest = await get("/manifest.webmanifest");
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get("content-type")).toMatch(/^application\/manifest\+json/);
    expect(manifest.headers.get("cache-control")).toBe("no-cache");
  });

  it("an unknown route gets the app; a missing asset is a 404 that still carries the headers", async () => {
    const route = await get("/some/route");
    expect(route.status).toBe(200);
    expect(await route.text()).toBe(await (await get("/")).text());
    const missing = await get("/assets/missing-0000.js");
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing, "404");
  });

  it("the test configuration refuses a production file it cannot adapt", () => {
    expect(() => testConfig("http { server { root /srv/selfcheck; } }", 1, "/r", "/p")).toThrow(/expected .*listen.* exactly once, found it 0 times/);
  });

  it("carries a whole DUDIT self-check in Chromium: no CSP violation, no request elsewhere", async () => {
    if (browser === undefined) throw new Error("Chromium did not start (see beforeAll)");
    const context = await browser.newContext({ locale: "en-US" });
    try {
      await keepNetworkLocal(context, origin());
      const violations = await watchCspViolations(context);
      const page = await context.newPage();
      const requests = collectRequests(page);
      const wizard = new Wizard(page);
      await wizard.run(origin(), ENGLISH.plan);
      expect(await wizard.resultHeading().isVisible()).toBe(true);
      expect(requests.foreign(origin())).toEqual([]);
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
