/**
 * The quick exit (button, Escape key, and "Clear and leave" on the result)
 * replaces the page in history: Back goes to the page the person was on before
 * the app, never to their answers. A fresh load starts at the start screen.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useE2E } from "./support/harness";
import { ELSEWHERE_TITLE } from "./support/network";
import { ROOT } from "./support/paths";
import { ENGLISH } from "./support/plans";
import { storageIsEmpty } from "./support/storage";
import { Wizard } from "./support/wizard";

const e2e = useE2E();

/** A page the person was on before opening the app (answered by the local stub). */
const BEFORE = "https://before.example/";
const plan = ENGLISH.plan;
const exitUrl = (
  JSON.parse(readFileSync(join(ROOT, "countries", `${plan.country.toLowerCase()}.json`), "utf8")) as {
    quickExitUrl: string;
  }
).quickExitUrl;

type Where = "question" | "result";
type How = "button" | "escape" | "clear-and-leave";
const WAYS: readonly (readonly [How, Where])[] = [
  ["button", "question"],
  ["escape", "question"],
  ["button", "result"],
  ["escape", "result"],
  ["clear-and-leave", "result"],
];

describe("quick exit", () => {
  for (const [how, where] of WAYS) {
    it(`${how} on the ${where} screen replaces the page, and Back does not return to the answers`, async () => {
      const { page, origin } = await e2e.open();
      await page.goto(BEFORE);
      const wizard = new Wizard(page);
      await wizard.open(origin, plan);
      if (where === "question") {
        for (const [itemId, optionId] of plan.answers.slice(0, 2)) await wizard.answer(plan.questionnaire, itemId, optionId, false);
        await wizard.questionGroup(plan.questionnaire, "q3").waitFor();
      } else {
        await wizard.answerAll(plan);
        await wizard.waitForResult();
      }

      if (how === "button") await wizard.button(wizard.common("quickExit.button")).click();
      else if (how === "escape") await page.keyboard.press("Escape");
      else await wizard.button(wizard.results("actions.clear")).click();

      await page.waitForURL(exitUrl);
      expect(await page.title()).toBe(ELSEWHERE_TITLE);

      await page.goBack();
      // location.replace: the app's entry is gone, so Back lands on the page before it.
      expect(page.url(), "URL after Back").toBe(BEFORE);
      expect(new URL(page.url()).origin).not.toBe(origin);
      expect(await page.getByRole("radio").count()).toBe(0);

      // A fresh load of the country page starts at question 1 with nothing kept.
      await wizard.gotoCountry(origin, plan);
      expect(await page.getByRole("radio", { checked: true }).count()).toBe(0);
      expect(await wizard.questionGroup(plan.questionnaire, "q3").count()).toBe(0);
      expect(await wizard.resultHeading().count()).toBe(0);
      expect(await storageIsEmpty(page)).toMatchObject({ empty: true });
    });
  }
});
