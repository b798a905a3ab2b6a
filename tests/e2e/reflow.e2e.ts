/**
 * WCAG 1.4.10 reflow on a cheap phone: at 360×740 and at 320 px wide, no screen
 * scrolls sideways (document.documentElement.scrollWidth <= clientWidth), in
 * English and in Arabic (right to left).
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { NARROW, PHONE, useE2E, type Viewport } from "./support/harness";
import { ARABIC, ENGLISH } from "./support/plans";
import { Wizard } from "./support/wizard";

// The production build: the layout measured is the one that ships (the e2e build lists the
// demo country, whose long name widens the country menu). Missing keys are caught by the other files.
const e2e = useE2E({ build: "production" });

async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; widest: string }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    // Name the element that sticks out furthest, so a failure says where to look.
    let widest = "";
    let furthest = root.clientWidth;
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      const rect = element.getBoundingClientRect();
      const overshoot = Math.max(rect.right, root.clientWidth - rect.left);
      if (overshoot > furthest) {
        furthest = overshoot;
        widest = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}.${String(element.className).split(" ").join(".")}`;
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
}

describe("no horizontal scrolling on small screens", () => {
  const viewports: readonly (readonly [string, Viewport])[] = [
    ["360×740", PHONE],
    ["320 px", NARROW],
  ];
  for (const [size, viewport] of viewports) {
    for (const { plan } of [ENGLISH, ARABIC]) {
      it(`${plan.language} at ${size}: start, question and result fit the width`, async () => {
        const { page, origin } = await e2e.open(viewport);
        const wizard = new Wizard(page);
        const overflowing: string[] = [];
        const check = async (screen: string): Promise<void> => {
          const { scrollWidth, clientWidth, widest } = await horizontalOverflow(page);
          expect(clientWidth).toBe(viewport.width);
          if (scrollWidth > clientWidth) overflowing.push(`${screen}: scrollWidth ${scrollWidth} > clientWidth ${clientWidth} (widest: ${widest})`);
        };

        await wizard.gotoStart(origin);
        await check("chooser");
        await wizard.gotoCountry(origin, plan);
        await wizard.button(wizard.wizard("question.changeCheck")).click();
        await wizard.checkRadio(plan.questionnaire).check();
        await check("checks");
        await wizard.button(wizard.wizard("start.start")).click();
        for (const [index, [itemId, optionId]] of plan.answers.entries()) {
          // Measure on the first question: the longest option texts come early in the DUDIT.
          if (index === 0) {
            await wizard.questionGroup(plan.questionnaire, itemId).waitFor();
            await check("question");
          }
          await wizard.answer(plan.questionnaire, itemId, optionId, index === plan.answers.length - 1);
        }
        await wizard.sexGroup().waitFor();
        await check("sex");
        await wizard.answerSex(plan.sex);
        await wizard.waitForResult();
        await check("result");
        expect(overflowing).toEqual([]);
      });
    }
  }
});
