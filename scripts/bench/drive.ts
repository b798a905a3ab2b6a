/**
 * The bench's driver: one whole DUDIT self-check on a page that opens on question 1 (the app's
 * country page /mk/en/ or the hand-written page), tapped as a person would, every control found
 * by role and accessible name. The texts come from locales/ (scripts/support/browser/locales.ts), so
 * the same code and the same taps drive both pages: an option and "Next" for each of the 11
 * questions, then "Male" and "See my result", then the result's heading and score line.
 */
import type { Page } from "playwright-core";
import { instrumentText, t } from "../support/browser/locales";
import { ENGLISH } from "../support/browser/plans";

export type CheckTexts = {
  /** Each question's text (its group's name) and the label of the option to tap, in order. */
  readonly questions: readonly { readonly text: string; readonly option: string }[];
  readonly next: string;
  readonly sexLegend: string;
  readonly sexOption: string;
  readonly seeResult: string;
  readonly resultHeading: string;
  /** "You scored 5 out of 44." for the plan's answers. */
  readonly scoreLine: string;
};

/** The English plan of the e2e tests (North Macedonia, man, DUDIT score 5 of 44). */
export function checkTexts(): CheckTexts {
  const { plan, expected } = ENGLISH;
  const instrument = instrumentText(plan.language, plan.questionnaire);
  const sexKey = { female: "profile.female", male: "profile.male", other: "profile.other", "not-given": "profile.notGiven" }[plan.sex];
  return {
    questions: plan.answers.map(([itemId, optionId]) => {
      const item = instrument.items[itemId];
      const option = item?.options[optionId];
      if (item === undefined || option === undefined) throw new Error(`bench: no English text for ${plan.questionnaire} ${itemId}/${optionId}`);
      return { text: item.text, option };
    }),
    next: t(plan.language, "wizard", "nav.next"),
    sexLegend: t(plan.language, "wizard", "profile.legend"),
    sexOption: t(plan.language, "wizard", sexKey),
    seeResult: t(plan.language, "wizard", "nav.seeResult"),
    resultHeading: t(plan.language, "results", "heading"),
    scoreLine: t(plan.language, "results", "scoreLine", { value: expected.score, max: expected.max }),
  };
}

/**
 * Answers every question, then the sex question, and waits for the result. `lastClick` wraps
 * the tap on "See my result" (to time it); it must call `click` and may wait for the result.
 */
export async function driveCheck(page: Page, texts: CheckTexts, lastClick: (click: () => Promise<void>) => Promise<void> = (click) => click()): Promise<void> {
  const group = (name: string) => page.getByRole("group", { name, exact: true });
  const button = (name: string) => page.getByRole("button", { name, exact: true });
  for (const question of texts.questions) {
    await group(question.text).getByRole("radio", { name: question.option, exact: true }).check();
    await button(texts.next).click();
  }
  await group(texts.sexLegend).getByRole("radio", { name: texts.sexOption, exact: true }).check();
  const seeResult = button(texts.seeResult);
  await seeResult.waitFor();
  await lastClick(() => seeResult.click());
  await page.getByRole("heading", { name: texts.resultHeading, exact: true, level: 1 }).waitFor();
  await page.getByText(texts.scoreLine, { exact: true }).waitFor({ timeout: 10_000 });
}
