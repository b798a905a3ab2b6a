/**
 * Smoke run: every language × every questionnaire renders in real Chromium, from the start
 * screen to the result, with axe-core clean on the first question and on the result.
 *
 * Runs against the e2e build (dist-e2e/, `vite build --mode e2e --outDir dist-e2e`), which adds
 * a demo country offering every questionnaire in every language with drafts allowed
 * (tests/e2e/fixtures/demo-country.ts): no real country may offer CAST. One browser and one page
 * serve the whole matrix; each case reloads the start page, so no state carries over.
 * A language without the text of a questionnaire fails its case; nothing is skipped.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { languageEndonyms } from "../../scripts/vite/language-endonyms";
import { asListItem } from "../../src/app/i18n/endonym";
import { visibleItems } from "../../src/engine";
import { DEMO_COUNTRY_CODE } from "./fixtures/demo-country";
import { formatViolations, runAxe } from "./support/axe";
import { launchChromium } from "./support/browser";
import { watchMissingKeys } from "./support/missing-keys";
import { keepNetworkLocal } from "./support/network";
import { ROOT } from "./support/paths";
import { startStaticServer, type StaticServer } from "./support/server";
import { checkLabel, requireInstrumentText, smokeDefinitions, smokeLanguages } from "./support/smoke-matrix";
import { Wizard } from "./support/wizard";

const DIST_E2E = join(ROOT, "dist-e2e");
const languages = smokeLanguages();
const definitions = smokeDefinitions();

let server: StaticServer | undefined;
let browser: Browser | undefined;
let page: Page | undefined;
/** Missing UI text keys the e2e build reported (support/missing-keys.ts); checked after each case. */
let missingKeys: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(DIST_E2E, "index.html"))) {
    throw new Error("e2e: dist-e2e/ is missing; build it with `npx vite build --mode e2e --outDir dist-e2e` (npm run test:e2e does)");
  }
  server = await startStaticServer(DIST_E2E);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "en-US", reducedMotion: "reduce" });
  await keepNetworkLocal(context, server.origin);
  missingKeys = watchMissingKeys(context);
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// This file has its own browser set-up, not the harness: the same check as the harness's, so a
// key missing in any language on any screen of the matrix fails its case.
afterEach(() => {
  expect(missingKeys.splice(0), "UI text keys missing (namespace:key (language))").toEqual([]);
});

async function expectNoAxeViolations(where: string): Promise<void> {
  const violations = await runAxe(page as Page);
  expect(violations, `axe-core on ${where}:\n${formatViolations(violations)}`).toEqual([]);
}

describe.each(languages)("language %s", (language) => {
  it.each(definitions.map((definition) => [definition.id, definition] as const))("%s: question and result render, axe-core clean", async (_id, definition) => {
    requireInstrumentText(language, definition.id);
    if (page === undefined || server === undefined) throw new Error("e2e: browser not started");
    const wizard = new Wizard(page);
    // The demo country's page in this language opens on DUDIT; the other checks are one choice away.
    wizard.language = language;
    const response = await page.goto(`${server.origin}/${DEMO_COUNTRY_CODE.toLowerCase()}/${language}/`);
    expect(await page.evaluate(() => document.documentElement.lang), `dist-e2e has no page for ${language} (rebuild it?)`).toBe(language);
    expect(response?.status()).toBe(200);
    if (definition.id !== "dudit") {
      await wizard.button(wizard.wizard("question.changeCheck")).click();
      await wizard
        .group(wizard.wizard("start.checkLegend"))
        .getByRole("radio", { name: checkLabel(language, definition.id), exact: true })
        .check();
      await wizard.button(wizard.wizard("start.start")).click();
    }

    // Every question must show its text in this language. The first is found as a person finds it
    // (the radio group named by the question) and checked with axe-core; the rest are answered
    // quickly with their first option.
    const text = wizard.instrument(definition.id);
    const answers: Record<string, string> = {};
    for (let index = 0; ; index++) {
      const shown = visibleItems(definition, answers);
      const item = shown[index];
      if (item === undefined) break;
      const option = item.options[0];
      const question = text.items[item.id]?.text;
      if (option === undefined || question === undefined) throw new Error(`e2e: ${definition.id} ${item.id} has no option or no ${language} text`);
      await page.waitForFunction((expected) => document.getElementById("main-heading")?.textContent === expected, question);
      if (index === 0) {
        await wizard.questionGroup(definition.id, item.id).waitFor();
        await expectNoAxeViolations(`${language} ${definition.id} first question`);
      }
      answers[item.id] = option.id;
      // One round trip per question: a real click on the radio, then the form's own submit.
      const answered = await page.evaluate((value) => {
        const form = document.querySelector<HTMLFormElement>("main form.question");
        const radio = form?.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`);
        radio?.click();
        form?.requestSubmit();
        return radio?.checked === true;
      }, option.id);
      expect(answered, `${language} ${definition.id} ${item.id}: option ${option.id} could not be chosen`).toBe(true);
    }
    if (definition.profile.includes("sex")) {
      await wizard.heading(wizard.wizard("profile.legend")).waitFor();
      await wizard.answerSex("not-given");
    }
    await wizard.waitForResult();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    await expectNoAxeViolations(`${language} ${definition.id} result`);
  });
});

describe("the language switch", () => {
  it("names every language in itself, also where this browser's own Intl data lacks the language", async () => {
    if (page === undefined || server === undefined) throw new Error("e2e: browser not started");
    const wizard = new Wizard(page);
    await wizard.gotoCountry(server.origin, { country: DEMO_COUNTRY_CODE, language: "en" });
    const shown = await wizard
      .languageLinks()
      .locator("a")
      .evaluateAll((links) => links.map((link) => [link.getAttribute("hreflang"), link.textContent]));
    // The names themselves are pinned in tests/app/language-endonyms.test.ts.
    const built = Object.entries(languageEndonyms(ROOT)).map(([code, name]) => [code, asListItem(name, code)]);
    expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(built));
    // Debian's Chromium has no Albanian or Macedonian names of its own: it would say "Albanian".
    expect(Object.fromEntries(shown)).toMatchObject({ sq: "Shqip", mk: "Македонски" });
  });
});

describe("dates where this browser has no month names for the page's language", () => {
  // Debian's Chromium resolves "mk" and "sq" to en-US ("June 2, 2024") and keeps "bs" with
  // CLDR's root data only ("2017 M10"). The app then writes ISO digits (2024-06-02); a page
  // pre-rendered by Node (full ICU) may keep the language's own month names.
  const ENGLISH_MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
  it.each([
    ["MK", "mk"],
    ["MK", "sq"],
    ["BA", "bs"],
  ])("%s in %s: no English month and no root pattern in the date notes", async (country, language) => {
    if (page === undefined || server === undefined) throw new Error("e2e: browser not started");
    await new Wizard(page).gotoCountry(server.origin, { country, language });
    // The app's own rendering, in this browser's Intl (the pre-rendered page was made by Node).
    await page.waitForFunction(() => window.selfcheckFirst === undefined && document.querySelector("#root form.question") !== null);
    const notes = await page.locator(".meta").allTextContents();
    const dated = notes.filter((note) => /\d{4}/.test(note));
    expect(dated.length, `${country}/${language}: no dated note on the page (${notes.join(" | ")})`).toBeGreaterThan(0);
    for (const note of dated) {
      expect(note).not.toMatch(ENGLISH_MONTH);
      expect(note).not.toMatch(/\bM\d{1,2}\b/);
    }
  });
});
