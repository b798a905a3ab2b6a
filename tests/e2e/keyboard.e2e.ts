/**
 * A whole self-check with the keyboard only: Tab to move, arrow keys and Space
 * to choose, Enter or Space to press buttons. No click, no mouse.
 */
import { describe, expect, it } from "vitest";
import { useE2E } from "./support/harness";
import { KEYBOARD, pointsFromDefinition } from "./support/plans";
import { arrowToRadio, hasFocus, tabInto } from "./support/keyboard";
import { Wizard } from "./support/wizard";

const e2e = useE2E();

describe("keyboard only", () => {
  it(`completes a DUDIT self-check (${KEYBOARD.plan.sex}, ${KEYBOARD.expected.score} of 44 → ${KEYBOARD.expected.band})`, async () => {
    const { plan, expected } = KEYBOARD;
    expect(pointsFromDefinition(plan)).toBe(expected.score);
    const { page, origin } = await e2e.open();
    const wizard = new Wizard(page);
    // The country page opens on question 1; on the way, the other check is one button away.
    await wizard.gotoCountry(origin, plan);
    await tabInto(page, wizard.button(wizard.wizard("question.changeCheck")), "Choose another check");
    await page.keyboard.press("Enter");
    await tabInto(page, wizard.group(wizard.wizard("start.checkLegend")).getByRole("radio"), "the check choice");
    await arrowToRadio(page, wizard.checkRadio(plan.questionnaire), "the DUDIT check");
    const start = wizard.button(wizard.wizard("start.start"));
    await tabInto(page, start, "the Start button");
    await page.keyboard.press("Enter");

    // Each new screen puts focus on its heading (the question), then Tab reaches the answers.
    const text = wizard.instrument(plan.questionnaire);
    for (const [index, [itemId, optionId]] of plan.answers.entries()) {
      const question = wizard.heading(text.items[itemId]?.text ?? itemId);
      await question.waitFor();
      expect(await hasFocus(question), `focus on the heading of ${itemId}`).toBe(true);
      await tabInto(page, wizard.questionGroup(plan.questionnaire, itemId).getByRole("radio"), `the answers of ${itemId}`);
      await arrowToRadio(page, wizard.optionRadio(plan.questionnaire, itemId, optionId), `${itemId}/${optionId}`);
      // DUDIT asks sex after its questions, so every question's button is Next.
      await tabInto(page, wizard.button(wizard.wizard("nav.next")), `the button after ${itemId}`);
      // Both ways of pressing a button: Enter on even questions, Space on odd ones.
      await page.keyboard.press(index % 2 === 0 ? "Enter" : "Space");
    }

    await wizard.heading(wizard.wizard("profile.legend")).waitFor();
    expect(await hasFocus(wizard.heading(wizard.wizard("profile.legend"))), "focus on the sex question").toBe(true);
    await tabInto(page, wizard.sexGroup().getByRole("radio"), "the sex question");
    await arrowToRadio(page, wizard.sexRadio(plan.sex), `sex ${plan.sex}`);
    await tabInto(page, wizard.button(wizard.wizard("nav.seeResult")), "See my result");
    await page.keyboard.press("Enter");

    await wizard.waitForResult();
    expect(await hasFocus(wizard.resultHeading()), "focus on the result heading").toBe(true);
    const main = page.getByRole("main");
    await main
      .getByText(text.bands[expected.band]?.label ?? "(missing band text)", { exact: true })
      .first()
      .waitFor();
    await main.getByText(wizard.results("scoreLine", { value: expected.score, max: expected.max }), { exact: true }).waitFor();
    // Sex not given: the result says the lower cut-off was used.
    await main.getByText(wizard.results("cutoffNotice.female"), { exact: true }).waitFor();

    // The result's own actions are keyboard reachable too.
    for (const key of ["actions.print", "actions.another", "actions.clear"]) {
      await tabInto(page, wizard.button(wizard.results(key)), wizard.results(key));
    }
  });
});
