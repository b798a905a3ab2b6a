/**
 * Question 1 in the first second: a country page works from its HTML before the app's script
 * has arrived. The app's script is held back at the network, the person answers with the page's
 * first script alone, and when the script is let through the app takes over without losing,
 * repeating or moving anything.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page, Route } from "playwright-core";
import { PHONE, useE2E } from "./support/harness";
import { DIST_E2E, ROOT } from "./support/paths";
import { formatViolations, runAxe } from "./support/axe";
import { ARABIC, ENGLISH, MACEDONIAN, pointsFromDefinition } from "./support/plans";
import { storageIsEmpty } from "./support/storage";
import { countryPath, documentDirection, Wizard } from "./support/wizard";
import { instrumentText } from "./support/locales";

const e2e = useE2E();

/** A page the person was on before (answered by the local stub of other origins). */
const BEFORE = "https://before.example/";
const quickExitUrlOf = (country: string): string => (JSON.parse(readFileSync(join(ROOT, "countries", `${country.toLowerCase()}.json`), "utf8")) as { quickExitUrl: string }).quickExitUrl;

/** The app's entry script, as the chooser page of the build under test (the e2e build, see useE2E) names it. */
function appScript(): string {
  const match = /<script type="module" crossorigin src="\/(assets\/index-[^"]+\.js)"><\/script>/.exec(readFileSync(join(DIST_E2E, "index.html"), "utf8"));
  if (match?.[1] === undefined) throw new Error("e2e: dist-e2e/index.html names no app script");
  return match[1];
}

/** Holds every request for the app's script until released. */
async function holdApp(page: Page): Promise<{ release(): void; asked(): boolean }> {
  const script = appScript();
  let release = (): void => undefined;
  const released = new Promise<void>((done) => (release = done));
  let asked = false;
  await page.route(`**/${script}`, async (route: Route) => {
    asked = true;
    await released;
    await route.continue();
  });
  return { release: () => release(), asked: () => asked };
}

/** Sums layout shifts on the page from its first frame (an init script, before any of the page's own). */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts = { total: 0 };
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.total += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
}

const appHasTakenOver = (page: Page) => page.waitForFunction(() => window.selfcheckFirst === undefined && document.querySelector("#root form.question, #root .result") !== null);

describe("a country page before the app's script", () => {
  it("answers questions 1 and 2 with the script held back; the app takes over with focus, choice and answers kept, and scores right", async () => {
    const { plan, expected } = ENGLISH;
    expect(pointsFromDefinition(plan)).toBe(expected.score);
    const { page, origin, requests } = await e2e.open();
    await recordLayoutShifts(page);
    const held = await holdApp(page);
    const wizard = new Wizard(page, plan.language);
    await wizard.gotoCountry(origin, plan);

    const [[q1, a1], [q2, a2], [q3, a3]] = plan.answers as [[string, string], [string, string], [string, string]];
    await wizard.answer(plan.questionnaire, q1, a1, false);
    await wizard.questionGroup(plan.questionnaire, q2).waitFor();
    expect(await page.getByText(wizard.wizard("question.progress", { position: 2, total: 11 }), { exact: true }).count()).toBe(1);
    // Back works before the app too, and keeps the answer given.
    await wizard.button(wizard.wizard("nav.back")).click();
    expect(await wizard.optionRadio(plan.questionnaire, q1, a1).isChecked()).toBe(true);
    await wizard.button(wizard.wizard("nav.next")).click();
    await wizard.answer(plan.questionnaire, q2, a2, false);
    await wizard.questionGroup(plan.questionnaire, q3).waitFor();
    // Question 3 chosen but not yet submitted, with focus on the choice.
    await wizard.optionRadio(plan.questionnaire, q3, a3).check();
    await wizard.optionRadio(plan.questionnaire, q3, a3).focus();
    expect(await page.evaluate(() => typeof window.selfcheckFirst)).toBe("object");
    expect(held.asked(), "the first script asked for the app").toBe(true);

    held.release();
    await appHasTakenOver(page);
    // Same screen, same choice, same focus: nothing lost, nothing asked again.
    await wizard.questionGroup(plan.questionnaire, q3).waitFor();
    expect(await wizard.optionRadio(plan.questionnaire, q3, a3).isChecked()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(a3);
    expect(await page.evaluate(() => (window as unknown as { __shifts: { total: number } }).__shifts.total), "layout shift at the takeover").toBe(0);

    await wizard.button(wizard.wizard("nav.next")).click();
    for (const [index, [itemId, optionId]] of plan.answers.slice(3).entries()) {
      await wizard.answer(plan.questionnaire, itemId, optionId, index === plan.answers.length - 4);
    }
    await wizard.answerSex(plan.sex);
    await wizard.waitForResult();
    await page
      .getByRole("main")
      .getByText(wizard.results("scoreLine", { value: expected.score, max: expected.max }), { exact: true })
      .waitFor();

    // Back from the result walks back through the answers given before the takeover.
    expect(page.url()).toBe(`${origin}${countryPath(plan)}`);
    expect(requests.foreign(origin)).toEqual([]);
    expect(await storageIsEmpty(page)).toMatchObject({ empty: true });
  });

  it("a whole check, sex question included, before the app arrives: the result follows when it does", async () => {
    const { plan, expected } = ARABIC;
    const { page, origin } = await e2e.open();
    const held = await holdApp(page);
    const wizard = new Wizard(page, plan.language);
    await wizard.gotoCountry(origin, plan);
    expect(await documentDirection(page)).toEqual({ lang: "ar", dir: "rtl" });
    await wizard.answerAll(plan);
    // The first script never scores: it says the result is on its way.
    await page.getByRole("button", { name: wizard.common("loading"), exact: true }).waitFor();
    expect(await wizard.resultHeading().count()).toBe(0);
    held.release();
    await wizard.waitForResult();
    await page
      .getByRole("main")
      .getByText(wizard.results("scoreLine", { value: expected.score, max: expected.max }), { exact: true })
      .waitFor();
  });

  it("Next without a choice shows the error, before the app as after it", async () => {
    const { plan } = MACEDONIAN;
    const { page, origin } = await e2e.open();
    const held = await holdApp(page);
    const wizard = new Wizard(page, plan.language);
    await wizard.gotoCountry(origin, plan);
    await wizard.button(wizard.wizard("nav.next")).click();
    await page.getByText(wizard.wizard("question.error"), { exact: true }).waitFor();
    const radio = wizard.questionGroup(plan.questionnaire, "q1").getByRole("radio").first();
    expect(await radio.evaluate((element) => document.activeElement === element)).toBe(true);
    const describedBy = await radio.getAttribute("aria-describedby");
    expect(await page.locator(`#${describedBy ?? "none"}`).textContent()).toBe(wizard.wizard("question.error"));
    held.release();
    await appHasTakenOver(page);
  });

  it("the first script's screens are axe-clean, right to left too, and the quick exit works before the app", async () => {
    const { plan } = ARABIC;
    const { page, origin } = await e2e.open(PHONE);
    const held = await holdApp(page);
    const wizard = new Wizard(page, plan.language);
    await page.goto(BEFORE);
    await wizard.gotoCountry(origin, plan);
    const found: string[] = [];
    const axe = async (screen: string) => {
      const violations = await runAxe(page);
      if (violations.length > 0) found.push(`[${screen}]\n${formatViolations(violations)}`);
    };
    await axe("question 1 (HTML)");
    const [[q1, a1], [q2]] = plan.answers as [[string, string], [string, string]];
    await wizard.answer(plan.questionnaire, q1, a1, false);
    await wizard.questionGroup(plan.questionnaire, q2).waitFor();
    await axe("question 2 (first script)");
    await wizard.button(wizard.wizard("nav.next")).click();
    await page.getByText(wizard.wizard("question.error"), { exact: true }).waitFor();
    await axe("question 2 error (first script)");
    await wizard.answerQuestions({ ...plan, answers: plan.answers.slice(1) });
    await wizard.sexGroup().waitFor();
    await axe("sex question (first script)");
    expect(found.join("\n\n")).toBe("");
    expect(await page.evaluate(() => typeof window.selfcheckFirst)).toBe("object");

    // Quick exit before the app: the page is replaced, Back does not return to the answers.
    await wizard.button(wizard.common("quickExit.button")).click();
    await page.waitForURL(quickExitUrlOf(plan.country));
    await page.goBack();
    expect(page.url()).toBe(BEFORE);
    held.release();
  });

  it("every country has pages in each of its languages, each opening on question 1 of its default check", async () => {
    const countries = ["mk", "lb", "al", "ba", "tn"];
    for (const code of countries) {
      const country = JSON.parse(readFileSync(join(ROOT, "countries", `${code}.json`), "utf8")) as { languages: string[]; defaultCheck: string };
      const id = country.defaultCheck.split("@")[0] ?? "";
      for (const [path, language] of [[`/${code}/`, country.languages[0]], ...country.languages.map((lang) => [`/${code}/${lang}/`, lang])] as [string, string][]) {
        const response = await fetch(`${e2e.origin}${path}`);
        expect(response.status, path).toBe(200);
        const html = await response.text();
        expect(html, path).toContain(`<html lang="${language}" dir="${language === "ar" ? "rtl" : "ltr"}">`);
        const q1 = instrumentText(language, id).items["q1"]?.text ?? "(no text)";
        expect(html, `${path}: question 1 in ${language}`).toContain(q1.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;"));
        expect(html, path).not.toMatch(/<script(?![^>]*(type="module" src="\/assets\/first-|type="application\/json"))/);
        expect(html, path).not.toMatch(/\sstyle=/);
      }
    }
  });
});
