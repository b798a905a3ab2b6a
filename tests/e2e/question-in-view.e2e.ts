/**
 * A phone screen that shows the question (issue 15.6), at 360 × 740: after every Next of DUDIT
 * and AUDIT, the new question's caption, Back and heading sit below the sticky header, the
 * heading wholly on screen; the "choose an answer" message after an empty Next is on screen
 * with its first answer; the header is one short row; the progress bar follows the skip logic.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PHONE, useE2E } from "./support/harness";
import { ARABIC, ENGLISH } from "./support/plans";
import { Wizard, type CheckPlan } from "./support/wizard";

const e2e = useE2E();

/** A header at most this tall on a 360 px phone (it was 115–209 px; one row of 44 px targets and padding). */
const PHONE_HEADER_MAX = 60;

type Box = { top: number; bottom: number };
type Layout = { header: Box; caption: Box | null; back: Box | null; heading: Box; viewport: number; progress: { value: number; max: number } | null };

const layout = (page: Page): Promise<Layout> =>
  page.evaluate(() => {
    const box = (element: Element | null) => {
      if (element === null || (element as HTMLElement).hidden) return null;
      const rect = element.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom };
    };
    const form = document.querySelector("form.question");
    const bar = form?.querySelector("progress") ?? null;
    return {
      header: box(document.querySelector(".site-header")) ?? { top: 0, bottom: 0 },
      caption: box(form?.querySelector(".caption") ?? null),
      back: box(form?.querySelector(".back-link") ?? null),
      heading: box(document.getElementById("main-heading")) ?? { top: -1, bottom: -1 },
      viewport: window.innerHeight,
      progress: bar === null ? null : { value: bar.value, max: bar.max },
    };
  });

const scrollToBottom = (page: Page) => page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));

function expectInView(where: string, view: Layout): void {
  for (const [name, part] of [
    ["caption", view.caption],
    ["back", view.back],
    ["heading", view.heading],
  ] as const) {
    if (part === null) continue;
    expect(part.top, `${where}: the ${name} starts below the header (${view.header.bottom}px)`).toBeGreaterThanOrEqual(view.header.bottom);
  }
  expect(view.heading.bottom, `${where}: the whole heading is on screen`).toBeLessThanOrEqual(view.viewport);
}

const AUDIT: CheckPlan = {
  country: "MK",
  language: "en",
  questionnaire: "audit",
  sex: "male",
  answers: [
    ["q1", "two-to-four-a-month"],
    ["q2", "three-four"],
    ["q3", "monthly"],
    ["q4", "never"],
    ["q5", "less-than-monthly"],
    ["q6", "never"],
    ["q7", "monthly"],
    ["q8", "never"],
    ["q9", "no"],
    ["q10", "yes-last-year"],
  ],
};

describe("the question in view on a phone (360 × 740)", () => {
  for (const plan of [ENGLISH.plan, AUDIT]) {
    it(`${plan.questionnaire}: after every Next the question's top is below the header`, { timeout: 120_000 }, async () => {
      const { page, origin } = await e2e.open(PHONE);
      const wizard = new Wizard(page);
      await wizard.open(origin, plan);
      const bars: Layout["progress"][] = [];
      for (const [index, [itemId, optionId]] of plan.answers.entries()) {
        await wizard.questionGroup(plan.questionnaire, itemId).waitFor();
        const view = await layout(page);
        expectInView(`${plan.questionnaire} ${itemId}`, view);
        bars.push(view.progress);
        // Next is pressed where a thumb finds it: at the bottom of the page.
        await wizard.optionRadio(plan.questionnaire, itemId, optionId).check();
        await scrollToBottom(page);
        await wizard.answer(plan.questionnaire, itemId, optionId, index === plan.answers.length - 1);
      }
      if (plan.questionnaire === "dudit") {
        await wizard.sexGroup().waitFor();
        expectInView("the sex question", await layout(page));
      }
      expect(bars, "the progress bar on each question").toEqual(plan.answers.map((_, index) => ({ value: index + 1, max: plan.answers.length })));
    });
  }

  for (const { plan } of [ENGLISH, ARABIC]) {
    it(`the header is one short row on a phone (${plan.language}, ${plan.country})`, async () => {
      const { page, origin } = await e2e.open(PHONE);
      const wizard = new Wizard(page, plan.language);
      await wizard.gotoCountry(origin, plan);
      await page.waitForFunction(() => window.selfcheckFirst === undefined);
      const { header } = await layout(page);
      console.info(`header height at 360 px, ${plan.country.toLowerCase()}/${plan.language}: ${header.bottom - header.top} px`);
      expect(header.bottom - header.top).toBeLessThanOrEqual(PHONE_HEADER_MAX);
    });
  }

  it("an empty Next at the bottom of a long question shows its message and first answer below the header", async () => {
    const { page, origin } = await e2e.open(PHONE);
    const wizard = new Wizard(page);
    const plan = ENGLISH.plan;
    await wizard.open(origin, plan);
    for (const [itemId, optionId] of plan.answers.slice(0, 9)) await wizard.answer(plan.questionnaire, itemId, optionId, false);
    await wizard.questionGroup(plan.questionnaire, "q10").waitFor();
    await scrollToBottom(page);
    await wizard.button(wizard.wizard("nav.next")).click();
    const message = page.getByText(wizard.wizard("question.error"), { exact: true });
    await message.waitFor();
    const { header, box, radio } = await page.evaluate(() => {
      const rect = (element: Element | null) => element?.getBoundingClientRect() ?? { top: -1, bottom: -1 };
      return {
        header: rect(document.querySelector(".site-header")).bottom,
        box: rect(document.querySelector(".error-message")),
        radio: rect(document.activeElement),
      };
    });
    expect(box.top).toBeGreaterThanOrEqual(header);
    expect(box.bottom).toBeLessThanOrEqual(740);
    expect(radio.top).toBeGreaterThanOrEqual(header);
    expect(radio.bottom).toBeLessThanOrEqual(740);
  });

  it("the progress bar counts the questions the answers leave (AUDIT skips 4–8 after 'one or two' and 'never')", async () => {
    const { page, origin } = await e2e.open(PHONE);
    const wizard = new Wizard(page);
    await wizard.open(origin, { ...AUDIT, answers: [["q1", "monthly-or-less"]] });
    await wizard.answer("audit", "q1", "monthly-or-less", false);
    await wizard.answer("audit", "q2", "one-two", false);
    await wizard.answer("audit", "q3", "never", false);
    await wizard.questionGroup("audit", "q9").waitFor();
    expect((await layout(page)).progress).toEqual({ value: 4, max: 5 });
  });
});
