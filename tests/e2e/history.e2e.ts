/**
 * What the tab's history holds (issues 15.5 and 18.2): the system Back goes to the previous
 * question and from question 1 leaves; no answer in the URL or the history state; Escape in a
 * text field or a menu does not leave; a page left by any route forgets the answers; and after
 * the quick exit, Back finds no page of the site, whichever route led there.
 */
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./support/browser";
import { DIST_E2E } from "./support/paths";
import { startStaticServer } from "./support/server";
import { describe, expect, it } from "vitest";
import { useE2E } from "./support/harness";
import { ELSEWHERE_TITLE } from "./support/network";
import { interventionText } from "./support/intervention-text";
import { ENGLISH } from "./support/plans";
import { Wizard } from "./support/wizard";

const e2e = useE2E();

/** A page the person was on before opening the site (answered by the local stub). */
const BEFORE = "https://before.example/";
const plan = ENGLISH.plan;
const [first, second, third] = plan.answers;
if (first === undefined || second === undefined || third === undefined) throw new Error("e2e: the plan needs three answers");

/** Waits until the app has taken over from the first script. */
const appLoaded = (page: Page) => page.waitForFunction(() => window.selfcheckFirst === undefined && document.querySelector("#quick-exit") !== null);

/** The history state of the current entry as JSON, and the URL. */
const where = (page: Page) => page.evaluate(() => ({ state: JSON.stringify(window.history.state), url: window.location.href, length: window.history.length }));

/** After the quick exit: the neutral page, and Back from it goes to the page before the site. */
async function expectNothingOfTheSiteBehind(page: Page, wizard: Wizard, origin: string): Promise<void> {
  await page.waitForURL((url) => url.origin !== origin);
  expect(await page.title()).toBe(ELSEWHERE_TITLE);
  await page.goBack();
  expect(page.url(), "Back after the quick exit").toBe(BEFORE);
  await page.goBack().catch(() => undefined);
  expect(new URL(page.url()).origin, "no earlier entry of the site either").not.toBe(origin);
  await wizard.page.goForward();
  await wizard.page.goForward().catch(() => undefined);
}

describe("the system Back (issue 15.5)", () => {
  it("goes to the previous question with its answer; from question 1 it leaves; no answer in the URL or the history", async () => {
    const { page, origin } = await e2e.open();
    await page.goto(BEFORE);
    const wizard = new Wizard(page);
    await wizard.gotoCountry(origin, plan);
    await appLoaded(page);
    const pageUrl = page.url();
    for (const [itemId, optionId] of [first, second]) await wizard.answer(plan.questionnaire, itemId, optionId, false);
    await wizard.questionGroup(plan.questionnaire, third[0]).waitFor();

    const seen: string[] = [];
    await page.goBack();
    await wizard.questionGroup(plan.questionnaire, second[0]).waitFor();
    expect(await wizard.optionRadio(plan.questionnaire, second[0], second[1]).isChecked()).toBe(true);
    seen.push(JSON.stringify(await where(page)));
    // The in-app Back and the system Back agree: one more step back, to question 1.
    await wizard.button(wizard.wizard("nav.back")).click();
    await wizard.questionGroup(plan.questionnaire, first[0]).waitFor();
    expect(await wizard.optionRadio(plan.questionnaire, first[0], first[1]).isChecked()).toBe(true);
    const atFirst = await where(page);
    seen.push(JSON.stringify(atFirst));
    expect(atFirst.url).toBe(pageUrl);

    // Forward again, then Back twice more: from question 1 the system Back leaves the site.
    await page.goForward();
    await wizard.questionGroup(plan.questionnaire, second[0]).waitFor();
    await page.goBack();
    await wizard.questionGroup(plan.questionnaire, first[0]).waitFor();
    await page.goBack();
    expect(page.url()).toBe(BEFORE);

    // No answer id in any URL or state seen (option ids such as "monthly-or-less" or "never").
    for (const record of seen) {
      for (const [, optionId] of plan.answers) expect(record).not.toContain(`"${optionId}"`);
      expect(record).not.toMatch(/q\d/);
    }
  });

  it("works the same before the app has arrived (the first script)", async () => {
    const { page, origin } = await e2e.open();
    // The app never arrives: the first script runs the page alone.
    await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
    await page.goto(BEFORE);
    const wizard = new Wizard(page);
    await wizard.gotoCountry(origin, plan);
    for (const [itemId, optionId] of [first, second]) await wizard.answer(plan.questionnaire, itemId, optionId, false);
    await wizard.questionGroup(plan.questionnaire, third[0]).waitFor();
    await page.goBack();
    await wizard.questionGroup(plan.questionnaire, second[0]).waitFor();
    expect(await wizard.optionRadio(plan.questionnaire, second[0], second[1]).isChecked()).toBe(true);
    await page.goBack();
    await wizard.questionGroup(plan.questionnaire, first[0]).waitFor();
    expect(await page.evaluate(() => window.selfcheckFirst !== undefined)).toBe(true);
    await page.goBack();
    expect(page.url()).toBe(BEFORE);
  });
});

describe("Escape (issue 15.5)", () => {
  it("typing in the plan and pressing Escape keeps the plan; Escape on a question still leaves", async () => {
    const { page, origin } = await e2e.open();
    const wizard = new Wizard(page);
    await wizard.run(origin, plan);
    const tx = (key: string) => interventionText("en", key);
    await page.getByRole("button", { name: tx("plan.open"), exact: true }).click();
    const reasons = page.getByRole("region", { name: tx("plan.heading") }).getByRole("textbox", { name: tx("plan.reasons.label"), exact: true });
    await reasons.fill("Sleep better");
    await page.keyboard.press("Escape");
    expect(await reasons.inputValue()).toBe("Sleep better");
    expect(new URL(page.url()).origin).toBe(origin);

    // The language menu: Escape closes it and stays.
    await wizard.languageLinks().locator("summary").click();
    await wizard.languageLinks().getByRole("link").first().focus();
    await page.keyboard.press("Escape");
    expect(
      await wizard
        .languageLinks()
        .locator("details")
        .evaluate((details) => (details as HTMLDetailsElement).open),
    ).toBe(false);
    expect(new URL(page.url()).origin).toBe(origin);
    expect(await reasons.inputValue()).toBe("Sleep better");

    // On a question (a radio focused), Escape is the quick exit.
    await wizard.gotoCountry(origin, plan);
    await appLoaded(page);
    await wizard.optionRadio(plan.questionnaire, first[0], first[1]).focus();
    await page.keyboard.press("Escape");
    await page.waitForURL((url) => url.origin !== origin);
  });
});

describe("a history that forgets (issue 18.2)", () => {
  it("leaving the result for another page and pressing Back shows neither answers nor the result (back-forward cache on)", async () => {
    // Playwright turns the back-forward cache off by default; a person's browser has it on. The
    // pages go with the host's Cache-Control (no-cache; "no-store" would keep them out of it).
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS], ignoreDefaultArgs: ["--disable-back-forward-cache"] });
    const server = await startStaticServer(DIST_E2E, { caching: "production" });
    try {
      const context = await browser.newContext({ locale: "en-US" });
      // Counts pages restored from the cache, so the test knows the cache was used.
      await context.addInitScript(() => window.addEventListener("pageshow", (event) => event.persisted && document.documentElement.setAttribute("data-restored", "yes")));
      const page = await context.newPage();
      const wizard = new Wizard(page);
      await wizard.run(server.origin, plan);
      // Another page (same origin, so no request interception keeps the page out of the cache).
      await page.goto(`${server.origin}/icon.svg`);
      // A page restored from the cache fires no load event: wait for the commit only.
      await page.goBack({ waitUntil: "commit" });
      await page.waitForFunction(() => document.documentElement.getAttribute("data-restored") === "yes", undefined, { timeout: 5000 });
      await wizard.questionGroup(plan.questionnaire, first[0]).waitFor();
      expect(await wizard.resultHeading().count()).toBe(0);
      expect(await page.getByRole("radio", { checked: true }).count()).toBe(0);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it("chooser → country, then the quick exit: Back finds no page of the site", async () => {
    const { page, origin } = await e2e.open();
    await page.goto(BEFORE);
    const wizard = new Wizard(page);
    await wizard.gotoStart(origin);
    await appLoaded(page);
    await wizard.countryLink("North Macedonia").click();
    // The chooser carries its language where the country offers it (i15-referral): /mk/en/.
    await page.waitForURL(/\/mk\/en\/$/);
    wizard.language = "en";
    await wizard.questionGroup(plan.questionnaire, first[0]).waitFor();
    await appLoaded(page);
    await wizard.answer(plan.questionnaire, first[0], first[1], false);
    await wizard.questionGroup(plan.questionnaire, second[0]).waitFor();
    await wizard.button(wizard.common("quickExit.button")).click();
    await expectNothingOfTheSiteBehind(page, wizard, origin);
  });

  it("'For clinicians' in the middle of a check, then the quick exit: Back finds no page of the site", async () => {
    const { page, origin } = await e2e.open();
    await page.goto(BEFORE);
    const wizard = new Wizard(page);
    await wizard.gotoCountry(origin, plan);
    await appLoaded(page);
    for (const [itemId, optionId] of [first, second]) await wizard.answer(plan.questionnaire, itemId, optionId, false);
    await wizard.questionGroup(plan.questionnaire, third[0]).waitFor();
    await page.getByRole("link", { name: wizard.common("footer.clinicians"), exact: true }).click();
    await page.waitForURL(/#\/rules/);
    await wizard.button(wizard.common("quickExit.button")).click();
    await expectNothingOfTheSiteBehind(page, wizard, origin);
  });

  it("a language link before the app has arrived, then the quick exit: Back finds no page of the site", async () => {
    const { page, origin } = await e2e.open();
    await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
    await page.goto(BEFORE);
    const wizard = new Wizard(page, "mk");
    await wizard.gotoCountry(origin, { country: "MK", language: "mk" });
    await wizard.answer(plan.questionnaire, first[0], first[1], false);
    await page.locator(".language-links summary").click();
    await page.locator('.language-links a[data-language="en"]').click();
    await page.waitForURL(`${origin}/mk/en/`);
    wizard.language = "en";
    await wizard.questionGroup(plan.questionnaire, first[0]).waitFor();
    await page.locator("#quick-exit").click();
    await expectNothingOfTheSiteBehind(page, wizard, origin);
  });

  it("several questions answered, then the quick exit: Back finds no page of the site", async () => {
    const { page, origin } = await e2e.open();
    await page.goto(BEFORE);
    const wizard = new Wizard(page);
    await wizard.gotoCountry(origin, plan);
    await appLoaded(page);
    for (const [itemId, optionId] of [first, second]) await wizard.answer(plan.questionnaire, itemId, optionId, false);
    await wizard.questionGroup(plan.questionnaire, third[0]).waitFor();
    expect((await where(page)).length).toBeGreaterThanOrEqual(4);
    await page.keyboard.press("Escape");
    await expectNothingOfTheSiteBehind(page, wizard, origin);
  });
});
