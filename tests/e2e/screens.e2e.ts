/**
 * Every screen of a self-check in English (left to right) and Arabic (right to
 * left), at desktop size and on a 360×740 phone: axe-core must find no WCAG
 * 2.0/2.1/2.2 A or AA violation, and a full-page screenshot of each is saved to
 * test-results/screenshots/<lang>-<desktop|phone>-<screen>.png for a person to look at.
 */
import { describe, expect, it } from "vitest";
import { DESKTOP, PHONE, useE2E, type Viewport } from "./support/harness";
import { formatViolations, runAxe, type AxeViolation } from "./support/axe";
import { screenshotPath } from "./support/paths";
import { ARABIC, ENGLISH } from "./support/plans";
import { Wizard, documentDirection } from "./support/wizard";

const e2e = useE2E();

const SIZES: ReadonlyArray<readonly [string, Viewport]> = [
  ["desktop", DESKTOP],
  ["phone", PHONE],
];
const CASES = [ENGLISH, ARABIC].flatMap(({ plan }) => SIZES.map(([size, viewport]) => ({ plan, size, viewport })));

describe("screens: axe and screenshots at desktop and phone size", () => {
  for (const { plan, size, viewport } of CASES) {
    it(`${plan.language} (${size}): start, sex question, first question and result have no axe violations`, async () => {
      const { page, origin } = await e2e.open(viewport);
      const wizard = new Wizard(page);
      const found: string[] = [];
      const check = async (screen: string): Promise<void> => {
        // Focusing the heading may scroll; a full-page shot from the top shows the page as it is.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: screenshotPath(`${plan.language}-${size}-${screen}`), fullPage: true });
        const violations: AxeViolation[] = await runAxe(page);
        if (violations.length > 0) found.push(`[${plan.language} ${size} ${screen}]\n${formatViolations(violations)}`);
      };

      await wizard.gotoStart(origin);
      await check("chooser");

      // The country page: question 1 on the page a person lands on.
      await wizard.gotoCountry(origin, plan);
      expect(await documentDirection(page)).toEqual({ lang: plan.language, dir: plan.language === "ar" ? "rtl" : "ltr" });
      const [firstItem, firstOption] = plan.answers[0] ?? ["q1", "never"];
      await wizard.questionGroup(plan.questionnaire, firstItem).waitFor();
      await page.waitForFunction(() => window.selfcheckFirst === undefined);
      await check("question");

      await wizard.button(wizard.wizard("question.changeCheck")).click();
      await wizard.checkRadio(plan.questionnaire).waitFor();
      await check("checks");
      await wizard.button(wizard.wizard("start.start")).click();
      await wizard.questionGroup(plan.questionnaire, firstItem).waitFor();

      // The error state of a question (Next without an answer) must be accessible too.
      await wizard.button(wizard.wizard("nav.next")).click();
      await page.getByText(wizard.wizard("question.error"), { exact: true }).waitFor();
      await check("question-error");

      await wizard.answer(plan.questionnaire, firstItem, firstOption, false);
      for (const [index, [itemId, optionId]] of plan.answers.slice(1).entries()) {
        await wizard.answer(plan.questionnaire, itemId, optionId, index === plan.answers.length - 2);
      }
      await wizard.sexGroup().waitFor();
      await check("sex");
      await wizard.answerSex(plan.sex);
      await wizard.waitForResult();
      await check("result");

      expect(found.join("\n\n"), "axe violations").toBe("");
    });
  }
});
