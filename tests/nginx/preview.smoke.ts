/**
 * `npm run preview` sends the production headers of deploy/security-headers.conf (issue 18.5:
 * it sent none), so that what is tried on a preview runs under the host's Content-Security-Policy.
 * In the nginx suite because it needs the build (dist/), which npm test makes before it.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preview, type PreviewServer } from "vite";
import { buildSecurityHeaders } from "../../src/cli/check-host/security-headers";
import { ROOT } from "../e2e/support/paths";

let server: PreviewServer | undefined;

beforeAll(async () => {
  server = await preview({ root: ROOT, configFile: join(ROOT, "vite.config.ts"), logLevel: "error", preview: { port: 0, host: "127.0.0.1", strictPort: false } });
});
afterAll(async () => {
  await server?.close();
});

describe("npm run preview", () => {
  it("sends every header of deploy/security-headers.conf, on pages and on assets", async () => {
    const origin = server?.resolvedUrls?.local[0]?.replace(/\/$/, "");
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const home = await fetch(`${origin}/`);
    expect(home.status).toBe(200);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await home.text())?.[1];
    const asset = await fetch(`${origin}${script ?? ""}`);
    expect(asset.status).toBe(200);
    const wanted = buildSecurityHeaders(join(ROOT, "dist"));
    expect(Object.keys(wanted).length).toBeGreaterThan(5);
    for (const response of [home, asset]) for (const [name, value] of Object.entries(wanted)) expect(response.headers.get(name), name).toBe(value);
  });
});
