/**
 * Layout promises of the wizard issue that axe does not cover on a phone: touch targets of at
 * least 24×24 CSS px (WCAG 2.5.8) at 360×740, 200 % zoom, the printed result, reduced motion,
 * and a reload that starts afresh.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { PHONE, useE2E, type Viewport } from "./support/harness";
import { ARABIC, ENGLISH } from "./support/plans";
import { Wizard } from "./support/wizard";

// The production build: the layout measured is the one that ships (the e2e build lists the
// demo country, whose long name widens the country menu). Missing keys are caught by the other files.
const e2e = useE2E({ build: "production" });

/** A desktop window of 1280×900 at 200 % zoom lays out like a 640×450 CSS px viewport. */
const ZOOM_200: Viewport = { width: 640, height: 450 };

/**
 * Targets smaller than 24×24 px that break WCAG 2.5.8's spacing exception: a 24 px circle
 * centred on the target must not touch another target. Links inside running text are exempt.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = "a[href], button, select, input:not([type=hidden]), summary, label[for]";
    const visible = (rect: DOMRect) => rect.width > 0 && rect.height > 0;
    const targets = Array.from(document.querySelectorAll<HTMLElement>(selector))
      .map((element) => {
        // A radio's label is part of its target: measure the two together.
        const label = element instanceof HTMLInputElement && element.labels?.[0] ? element.labels[0] : null;
        const own = element.getBoundingClientRect();
        const rect = label === null ? own : label.getBoundingClientRect();
        const union = new DOMRect(
          Math.min(own.left, rect.left),
          Math.min(own.top, rect.top),
          Math.max(own.right, rect.right) - Math.min(own.left, rect.left),
          Math.max(own.bottom, rect.bottom) - Math.min(own.top, rect.top),
        );
        return { element, rect: label === null ? own : union };
      })
      .filter(({ element, rect }) => visible(rect) && !(element instanceof HTMLLabelElement && element.control instanceof HTMLInputElement));
    const inRunningText = (element: HTMLElement) =>
      element.tagName === "A" && element.parentElement?.tagName === "P" && (element.parentElement.textContent ?? "").trim() !== (element.textContent ?? "").trim();
    const distanceToRect = (x: number, y: number, rect: DOMRect) => Math.hypot(Math.max(rect.left - x, 0, x - rect.right), Math.max(rect.top - y, 0, y - rect.bottom));
    const problems: string[] = [];
    for (const { element, rect } of targets) {
      if ((rect.width >= 24 && rect.height >= 24) || inRunningText(element)) continue;
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      const crowded = targets.some((other) => other.element !== element && !other.element.contains(element) && !element.contains(other.element) && distanceToRect(x, y, other.rect) < 12);
      if (crowded) problems.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 40)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`);
    }
    return problems;
  });
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Whether the element at the centre of the focused heading is the heading itself (nothing covers it). */
async function focusedHeadingUncovered(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const heading = document.activeElement;
    if (!(heading instanceof HTMLElement) || heading.id !== "main-heading") return false;
    const rect = heading.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + Math.min(rect.width / 2, 40), rect.top + Math.min(rect.height / 2, 10));
    return hit !== null && heading.contains(hit);
  });
}

describe("layout", () => {
  for (const { plan } of [ENGLISH, ARABIC]) {
    it(`${plan.language} at 360×740: every target is at least 24×24 px or well spaced`, async () => {
      const { page, origin } = await e2e.open(PHONE);
      const wizard = new Wizard(page);
      const found: string[] = [];
      const check = async (screen: string) => found.push(...(await smallTargets(page)).map((problem) => `${screen}: ${problem}`));
      await wizard.gotoStart(origin);
      await check("chooser");
      await wizard.gotoCountry(origin, plan);
      await page.waitForFunction(() => window.selfcheckFirst === undefined);
      await check("question");
      await wizard.button(wizard.wizard("question.changeCheck")).click();
      await wizard.checkRadio(plan.questionnaire).check();
      await check("checks");
      await wizard.button(wizard.wizard("start.start")).click();
      await wizard.answerQuestions(plan);
      await wizard.sexGroup().waitFor();
      await check("sex");
      await wizard.answerSex(plan.sex);
      await wizard.waitForResult();
      await check("result");
      expect(found).toEqual([]);
    });
  }

  it("at 200 % zoom nothing scrolls sideways and the header never covers the new heading", async () => {
    const { plan } = ENGLISH;
    const { page, origin } = await e2e.open(ZOOM_200);
    const wizard = new Wizard(page);
    await wizard.open(origin, plan);
    expect(await overflow(page), "question 1 on the country page").toBeLessThanOrEqual(0);
    for (const [index, [itemId, optionId]] of plan.answers.entries()) {
      await wizard.questionGroup(plan.questionnaire, itemId).waitFor();
      if (index === 1 || index === plan.answers.length - 1) {
        expect(await overflow(page), itemId).toBeLessThanOrEqual(0);
        expect(await focusedHeadingUncovered(page), `${itemId} heading`).toBe(true);
      }
      await wizard.answer(plan.questionnaire, itemId, optionId, index === plan.answers.length - 1);
    }
    await wizard.sexGroup().waitFor();
    expect(await overflow(page), "sex question").toBeLessThanOrEqual(0);
    expect(await focusedHeadingUncovered(page), "sex question heading").toBe(true);
    await wizard.answerSex(plan.sex);
    await wizard.waitForResult();
    expect(await overflow(page), "result").toBeLessThanOrEqual(0);
    expect(await focusedHeadingUncovered(page), "result heading").toBe(true);
  });

  it("prints the result without controls, keeping the emergency numbers and the result code", async () => {
    const { page, origin } = await e2e.open(PHONE);
    const wizard = new Wizard(page);
    await wizard.run(origin, ENGLISH.plan);
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => {
      const shown = (element: Element | null) => element instanceof HTMLElement && element.offsetParent !== null;
      return {
        visibleButtons: Array.from(document.querySelectorAll("button"))
          .filter(shown)
          .map((button) => button.textContent),
        header: shown(document.querySelector("header")),
        languages: shown(document.querySelector(".language-links")),
        heading: shown(document.getElementById("main-heading")),
        scale: document.querySelector("main svg[role=img]") !== null && (document.querySelector("main svg[role=img]")?.getBoundingClientRect().width ?? 0) > 0,
        emergency: Array.from(document.querySelectorAll("main .emergency")).some(shown),
        code: Array.from(document.querySelectorAll("main code")).some(shown),
      };
    });
    expect(printed).toEqual({ visibleButtons: [], header: false, languages: false, heading: true, scale: true, emergency: true, code: true });
  });

  it("with reduced motion asked for, nothing animates or transitions", async () => {
    const { page, origin } = await e2e.open(PHONE);
    await new Wizard(page).run(origin, ENGLISH.plan);
    const moving = await page.evaluate(() => {
      const seconds = (value: string) => Math.max(...value.split(",").map((part) => (part.trim().endsWith("ms") ? parseFloat(part) / 1000 : parseFloat(part))));
      return Array.from(document.querySelectorAll("*"))
        .filter((element) => {
          const style = getComputedStyle(element);
          return seconds(style.transitionDuration) > 0.001 || (style.animationName !== "none" && seconds(style.animationDuration) > 0.001);
        })
        .map((element) => element.tagName);
    });
    expect(moving).toEqual([]);
  });

  it("a reload starts afresh: the chooser says so, and no answer survives", async () => {
    const { plan } = ENGLISH;
    const { page, origin } = await e2e.open(PHONE);
    const wizard = new Wizard(page);
    await wizard.gotoStart(origin);
    await page.getByText(wizard.wizard("start.reload"), { exact: true }).waitFor();
    await wizard.open(origin, plan);
    const [[itemId, optionId] = ["q1", "never"], [secondId] = ["q2", "never"]] = plan.answers;
    await wizard.answer(plan.questionnaire, itemId, optionId, false);
    await wizard.questionGroup(plan.questionnaire, secondId).waitFor();
    await page.reload();
    // The country page again: question 1, unanswered.
    await wizard.questionGroup(plan.questionnaire, itemId).waitFor();
    await page.waitForFunction(() => window.selfcheckFirst === undefined);
    expect(await wizard.questionGroup(plan.questionnaire, itemId).getByRole("radio", { checked: true }).count()).toBe(0);
    expect(await wizard.questionGroup(plan.questionnaire, secondId).count()).toBe(0);
  });
});
