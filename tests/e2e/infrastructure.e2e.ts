/**
 * The e2e helpers must be able to fail: each is shown here catching the thing
 * it exists to catch, so a green app run means something.
 */
import { describe, expect, it } from "vitest";
import { useE2E } from "./support/harness";
import { runAxe } from "./support/axe";
import { storageIsEmpty } from "./support/storage";
import { mimeType } from "./support/server";
import { launchChromium } from "./support/browser";

const e2e = useE2E();

describe("e2e infrastructure", () => {
  it("serves dist/ with correct MIME types, an index.html fallback and 404 for missing files", async () => {
    const index = await fetch(`${e2e.origin}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await index.text();
    expect(html).toContain('<div id="root">');

    const deepLink = await fetch(`${e2e.origin}/some/route/without/extension`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toBe(html);

    const script = /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1];
    expect(script, "built index.html references a script").toBeDefined();
    const js = await fetch(new URL(script ?? "", e2e.origin));
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");

    expect((await fetch(`${e2e.origin}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${e2e.origin}/..%2f..%2fpackage.json`)).status).not.toBe(200);
    expect(mimeType("x.css")).toBe("text/css; charset=utf-8");
    expect(mimeType("x.json")).toBe("application/json; charset=utf-8");
    expect(mimeType("x.svg")).toBe("image/svg+xml");
  });

  it("records a request to another origin (and answers it locally)", async () => {
    const { page, requests, origin } = await e2e.open();
    await page.goto(`${origin}/`);
    // The app's CSP (connect-src 'self') would stop this fetch before it became a request, so it is
    // made from a blank page without a policy: the recorder itself is what is under test here.
    await page.goto("about:blank");
    await page.evaluate(async () => {
      await fetch("https://tracker.example/pixel").catch(() => undefined);
    });
    expect(requests.foreign(origin)).toEqual(["https://tracker.example/pixel"]);
    expect(requests.urls.some((url) => url.startsWith(origin))).toBe(true);
  });

  it("sees localStorage, sessionStorage, IndexedDB and cookies", async () => {
    const { page, context, origin } = await e2e.open();
    await page.goto(`${origin}/`);
    expect((await storageIsEmpty(page)).empty).toBe(true);
    await page.evaluate(async () => {
      localStorage.setItem("l", "1");
      sessionStorage.setItem("s", "1");
      document.cookie = "c=1; path=/";
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("e2e-probe");
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      });
    });
    const report = await storageIsEmpty(page);
    expect(report.empty).toBe(false);
    expect(report.localStorage).toEqual(["l"]);
    expect(report.sessionStorage).toEqual(["s"]);
    expect(report.indexedDB).toEqual(["e2e-probe"]);
    expect(report.cookies).toEqual(["127.0.0.1:c"]);
    await context.clearCookies();
  });

  it("axe reports a known WCAG violation", async () => {
    const { page, origin } = await e2e.open();
    await page.goto(`${origin}/`);
    await page.evaluate(() => {
      const image = document.createElement("img");
      image.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
      document.body.append(image);
    });
    const violations = await runAxe(page);
    expect(violations.map((v) => v.id)).toContain("image-alt");
  });

  it("the launcher throws a clear error when Chromium is missing or cannot start", async () => {
    await expect(launchChromium("/nonexistent/chromium")).rejects.toThrow(/\/nonexistent\/chromium is missing or not executable.*ensure-chromium\.sh/);
    await expect(launchChromium("/bin/false")).rejects.toThrow(/\/bin\/false exists but could not start/);
  });
});
