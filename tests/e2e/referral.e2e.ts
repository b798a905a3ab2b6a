/**
 * Referral (issue 15): every country page shows a medical emergency number as a tel: link large
 * enough to tap; the help page and the relatives' page work with JavaScript off; a country page
 * with scripts off says so at its top, in its language, with a quick exit that is a plain link;
 * the chooser's language is carried to the country page; the new pages pass axe in English and
 * Arabic. Expected numbers and services are read from countries/*.json, never from the app.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { PHONE, useE2E } from "./support/harness";
import { formatViolations, runAxe } from "./support/axe";
import { ROOT } from "./support/paths";
import { t } from "./support/locales";
import { interventionText } from "./support/intervention-text";
import { storageIsEmpty } from "./support/storage";
import { Wizard, documentDirection } from "./support/wizard";

const e2e = useE2E();

type CountryFile = {
  code: string;
  languages: string[];
  quickExitUrl: string;
  emergency: { number: string; covers: string[] }[];
  services: { id: string; name: Record<string, string>; phone?: string; relatives?: boolean }[];
};
const COUNTRIES: CountryFile[] = readdirSync(join(ROOT, "countries"))
  .filter((name) => /^[a-z]{2}\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(join(ROOT, "countries", name), "utf8")) as CountryFile);
const country = (code: string): CountryFile => {
  const found = COUNTRIES.find((each) => each.code === code);
  if (found === undefined) throw new Error(`e2e: no countries/${code.toLowerCase()}.json`);
  return found;
};

/** The tel: links in the page's one emergency box, with their on-screen height. */
async function emergencyLinks(page: Page, language: string): Promise<{ href: string; height: number }[]> {
  const box = page.getByRole("region", { name: t(language, "common", "emergency.heading"), exact: true });
  return box.locator('a[href^="tel:"]').evaluateAll((links) => links.map((link) => ({ href: link.getAttribute("href") ?? "", height: link.getBoundingClientRect().height })));
}

describe("referral", () => {
  it("every country page shows a medical emergency number as a tel: link at least 44 px tall", { timeout: 180_000 }, async () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(14);
    const { page, origin, requests } = await e2e.open(PHONE);
    const wizard = new Wizard(page);
    const missing: string[] = [];
    for (const each of COUNTRIES) {
      const language = each.languages[0] ?? "en";
      await wizard.gotoCountry(origin, { country: each.code, language });
      // Measured once the app has taken the page over (the first script's markup is replaced then).
      await page.waitForFunction(() => window.selfcheckFirst === undefined);
      const medical = each.emergency.filter((entry) => entry.covers.includes("medical")).map((entry) => `tel:${entry.number}`);
      expect(medical.length, `${each.code} has a medical number in its file`).toBeGreaterThan(0);
      const links = await emergencyLinks(page, language);
      const shown = links.filter((link) => medical.includes(link.href));
      if (shown.length === 0) missing.push(`${each.code}: none of ${medical.join(", ")} among ${links.map((link) => link.href).join(", ")}`);
      for (const link of links) expect(link.height, `${each.code} ${link.href}`).toBeGreaterThanOrEqual(44);
    }
    expect(missing).toEqual([]);
    expect(requests.foreign(origin)).toEqual([]);
    expect((await storageIsEmpty(page)).empty).toBe(true);
  });

  it("Serbia's page shows the ambulance, 194, as a tel: link", async () => {
    const { page, origin } = await e2e.open(PHONE);
    await new Wizard(page).gotoCountry(origin, { country: "RS", language: "sr-Latn" });
    const box = page.getByRole("region", { name: t("sr-Latn", "common", "emergency.heading"), exact: true });
    const link = box.getByRole("link", { name: t("sr-Latn", "common", "emergency.call", { number: "194" }), exact: true });
    expect(await link.getAttribute("href")).toBe("tel:194");
    await expect.poll(() => link.isVisible()).toBe(true);
  });

  it("the help page works with JavaScript off: numbers, services with phones, a plain quick-exit link", async () => {
    const { page, origin, requests } = await e2e.open(PHONE, { scripts: false });
    const serbia = country("RS");
    const response = await page.goto(`${origin}/rs/sr-Latn/help/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator("script").count()).toBe(0);
    expect(await documentDirection(page)).toEqual({ lang: "sr-Latn", dir: "ltr" });
    await page.getByRole("heading", { level: 1, name: interventionText("sr-Latn", "sidePages.helpTitle", { country: "Srbija" }) }).waitFor();
    expect((await emergencyLinks(page, "sr-Latn")).map((link) => link.href)).toContain("tel:194");
    // Every Serbian service with a phone number, as a tel: link in international format.
    const phones = serbia.services.flatMap((service) => (service.phone === undefined ? [] : [service.phone]));
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) {
      const link = page.locator(`main a[href="tel:${phone}"]`);
      expect(await link.count(), phone).toBe(1);
      expect(await link.evaluate((element) => element.getBoundingClientRect().height), `${phone} is a 44 px target`).toBeGreaterThanOrEqual(44);
    }
    const exit = page.getByRole("link", { name: t("sr-Latn", "common", "quickExit.button"), exact: true });
    expect(await exit.getAttribute("href")).toBe(serbia.quickExitUrl);
    // Its link to the relatives' page works without script too.
    await page.getByRole("link", { name: t("sr-Latn", "common", "others.link"), exact: true }).click();
    await page.waitForURL(`${origin}/rs/sr-Latn/others/`);
    await page.getByRole("heading", { level: 1, name: interventionText("sr-Latn", "sidePages.othersTitle") }).waitFor();
    expect(requests.foreign(origin)).toEqual([]);
  });

  it("a country page with JavaScript off says so at its top, in its language, with a plain quick exit and the help links", async () => {
    const { page, origin } = await e2e.open(PHONE, { scripts: false });
    await page.goto(`${origin}/lb/ar/`);
    const notice = page.locator(".noscript-notice");
    await notice.getByText(interventionText("ar", "sidePages.noscript"), { exact: true }).waitFor();
    expect(await notice.getAttribute("lang")).toBe("ar");
    // At the top: above the header and the question.
    const top = await notice.evaluate((element) => element.getBoundingClientRect().top);
    const header = await page
      .locator("header.site-header")
      .first()
      .evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeLessThan(header);
    expect(await notice.getByRole("link", { name: t("ar", "common", "quickExit.button"), exact: true }).getAttribute("href")).toBe(country("LB").quickExitUrl);
    expect(await notice.getByRole("link", { name: t("ar", "common", "help.link"), exact: true }).getAttribute("href")).toBe("/lb/ar/help/");
    // Styled: the notice has the page's border, not the browser's bare text.
    expect(await notice.evaluate((element) => getComputedStyle(element).borderTopWidth)).toBe("3px");
    // No English line: the template's English notice is gone.
    expect(await page.content()).not.toContain("This self-check needs JavaScript");
  });

  it("the relatives' path: from a country page to the services that take relatives, and an honest line where none does", async () => {
    const { page, origin } = await e2e.open(PHONE);
    const wizard = new Wizard(page);
    await wizard.gotoCountry(origin, { country: "MK", language: "en" });
    await page.getByRole("link", { name: t("en", "common", "others.link"), exact: true }).click();
    await page.waitForURL(`${origin}/mk/en/others/`);
    await page.getByRole("heading", { level: 1, name: interventionText("en", "sidePages.othersTitle") }).waitFor();
    // No guidance without a source: the page says so.
    await page.getByText(interventionText("en", "sidePages.noGuidance"), { exact: true }).waitFor();
    const macedonia = country("MK");
    const names = await page.locator("main .service__name").allTextContents();
    const forRelatives = macedonia.services.filter((service) => service.relatives === true).map((service) => service.name["en"] ?? "");
    const others = macedonia.services.filter((service) => service.relatives !== true).map((service) => service.name["en"] ?? "");
    expect(forRelatives.length).toBeGreaterThan(0);
    expect([...names].sort()).toEqual([...forRelatives].sort());
    for (const name of others) expect(names).not.toContain(name);
    expect((await emergencyLinks(page, "en")).map((link) => link.href)).toContain("tel:112");

    // Montenegro lists no service that says it takes relatives: the page says so, and lists none.
    const montenegro = country("ME");
    expect(montenegro.services.some((service) => service.relatives === true)).toBe(false);
    await page.goto(`${origin}/me/en/others/`);
    await page.getByText(interventionText("en", "sidePages.none", { country: "Montenegro" }), { exact: true }).waitFor();
    expect(await page.locator("main .service").count()).toBe(0);
  });

  it("carries the chooser's language to the country page: French chooser, Maroc opens /ma/fr/", async () => {
    const { page, origin } = await e2e.open(PHONE);
    const wizard = new Wizard(page);
    await wizard.gotoStart(origin);
    await wizard.chooseLanguage("fr");
    const link = page.getByRole("list", { name: t("fr", "wizard", "start.countriesHeading") }).getByRole("link", { name: "Maroc", exact: true });
    expect(await link.getAttribute("href")).toBe("/ma/fr/");
    await link.click();
    await page.waitForURL(`${origin}/ma/fr/`);
    await page.waitForFunction(() => document.documentElement.lang === "fr");
    expect(await documentDirection(page)).toEqual({ lang: "fr", dir: "ltr" });
  });

  for (const [language, code, name] of [
    ["en", "MK", "North Macedonia"],
    ["ar", "LB", "لبنان"],
  ] as const) {
    it(`the help and relatives' pages have no axe violations (${language})`, async () => {
      const { page, origin } = await e2e.open(PHONE);
      const found: string[] = [];
      for (const side of ["help", "others"] as const) {
        await page.goto(`${origin}/${code.toLowerCase()}/${language}/${side}/`);
        const heading = side === "help" ? interventionText(language, "sidePages.helpTitle", { country: name }) : interventionText(language, "sidePages.othersTitle");
        await page.getByRole("heading", { level: 1, name: heading }).waitFor();
        expect(await documentDirection(page)).toEqual({ lang: language, dir: language === "ar" ? "rtl" : "ltr" });
        const violations = await runAxe(page);
        if (violations.length > 0) found.push(`[${language} ${side}]\n${formatViolations(violations)}`);
      }
      expect(found.join("\n\n")).toBe("");
    });
  }
});
