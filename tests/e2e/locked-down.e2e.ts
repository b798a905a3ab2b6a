/**
 * Locked down: the e2e server sends the headers of deploy/security-headers.conf (one source of
 * truth with nginx), the policy forbids inline script and eval, the violation watcher catches
 * a violation, and every link that leaves the app carries rel="noopener noreferrer".
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useE2E } from "./support/harness";
import { ENGLISH } from "./support/plans";
import { ROOT } from "./support/paths";
import { parseSecurityHeaders, securityHeaders } from "./support/security-headers";
import { DIST_E2E } from "./support/paths";
import { Wizard } from "./support/wizard";

const e2e = useE2E();

type CountryFile = { code: string; languages: string[]; questionnaires: string[]; services: { url?: string }[] };

/**
 * A country whose result page links to a service's website and that keeps the English UI
 * (English is one of its languages, or none of them has UI text yet), so the English plan runs there unchanged.
 */
function countryWithServiceWebsite(): string {
  for (const name of readdirSync(join(ROOT, "countries")).filter((file) => /^[a-z]{2}\.json$/.test(file))) {
    const country = JSON.parse(readFileSync(join(ROOT, "countries", name), "utf8")) as CountryFile;
    const keepsEnglish = country.languages.includes("en") || country.languages.every((language) => language === "en" || !existsSync(join(ROOT, "locales", language, "common.json")));
    if (keepsEnglish && country.questionnaires.includes("dudit@1.0.0") && country.services.some((service) => service.url !== undefined)) return country.code;
  }
  throw new Error("e2e: no country in countries/ offers dudit@1.0.0 with a service website in English; the link test needs one");
}

describe("locked down", () => {
  it("the policy in deploy/security-headers.conf forbids inline script, eval, frames, forms and plug-ins, and allows inline style by hash only", () => {
    const csp = securityHeaders(DIST_E2E)["Content-Security-Policy"] ?? "";
    const directives = new Map(
      csp
        .split(";")
        .map((part) => part.trim().split(/\s+/))
        .map(([name = "", ...values]) => [name, values]),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'none'"]);
    expect(directives.get("form-action")).toEqual(["'none'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // The pages' one inline style (scripts/vite/inline-css.ts) is allowed by its hash, nothing else inline.
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("style-src")?.[0]).toBe("'self'");
    expect(
      directives
        .get("style-src")
        ?.slice(1)
        .every((source) => /^'sha256-[A-Za-z0-9+/]+={0,2}'$/.test(source)),
    ).toBe(true);
    expect(directives.get("style-src")?.length).toBeGreaterThan(1);
  });

  it("the header parser names the file and line of a line it cannot read", () => {
    expect(() => parseSecurityHeaders('# ok\nadd_header X-A "1" always;\nadd_header Broken\n', "h.conf")).toThrow("h.conf:3: expected add_header");
    expect(parseSecurityHeaders('add_header X-A "1" always;\n', "h.conf")).toEqual({ "X-A": "1" });
    expect(parseSecurityHeaders('add_header X-A "a $v b" always;\n', "h.conf", { v: "'sha256-x'" })).toEqual({ "X-A": "a 'sha256-x' b" });
    expect(() => parseSecurityHeaders('add_header X-A "a $v" always;\n', "h.conf")).toThrow("h.conf:1: no value for $v");
  });

  it("every response carries the headers of deploy/security-headers.conf", async () => {
    const expected = securityHeaders(DIST_E2E);
    for (const path of ["/", "/assets/missing.js"]) {
      const response = await fetch(`${e2e.origin}${path}`);
      for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
  });

  it("the watcher reports a CSP violation (an inline script)", async () => {
    const { page, origin, cspViolations } = await e2e.open();
    await page.goto(`${origin}/`);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true";
      document.body.append(script);
    });
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => "__inlineRan" in window)).toBe(false);
    expect(cspViolations.splice(0).join("\n")).toMatch(/script-src/);
  });

  it("a whole self-check runs with no violation, and links that leave the app have rel=noopener noreferrer", async () => {
    const { page, origin } = await e2e.open();
    await new Wizard(page).run(origin, { ...ENGLISH.plan, country: countryWithServiceWebsite() });
    const links = await page.$$eval("a[href]", (anchors) => anchors.map((anchor) => ({ href: (anchor as HTMLAnchorElement).href, rel: anchor.getAttribute("rel") ?? "" })));
    const leaving = links.filter((link) => /^https?:/.test(link.href) && new URL(link.href).origin !== origin);
    expect(leaving.length, "the result page links to at least one service's website").toBeGreaterThan(0);
    for (const link of leaving) expect(link.rel.split(/\s+/), link.href).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
  });
});
