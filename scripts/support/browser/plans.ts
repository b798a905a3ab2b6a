/**
 * Whole DUDIT self-checks with their expected outcomes worked out by hand from
 * questionnaires/dudit/1.0.0.json (items 1–9 score 0–4; items 10–11 score 0, 2, 4;
 * maximum 44). Cut-offs: men ≥ 6, women and undisclosed sex ≥ 2, anyone ≥ 25.
 * The tests also re-add the points from the definition, to catch a typo here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths";

export type Sex = "female" | "male" | "other" | "not-given";

/** One whole self-check: where, in which language, and which option id for every item. */
export interface CheckPlan {
  readonly country: string;
  readonly language: string;
  readonly questionnaire: string;
  readonly sex: Sex;
  /** itemId → option id, in the order the questions are asked. */
  readonly answers: ReadonlyArray<readonly [string, string]>;
}

export interface Expected {
  readonly score: number;
  readonly max: number;
  readonly band: "below-cutoff" | "drug-related-problems" | "probable-dependence";
  /** Flags whose message must show. */
  readonly flags: readonly string[];
}

export interface Case {
  readonly name: string;
  readonly plan: CheckPlan;
  readonly expected: Expected;
}

/**
 * English, North Macedonia, man, a score exactly at the men's upper edge of "below":
 * q1 monthly-or-less 1 + q2 never 0 + q3 one-two 1 + q4 less-than-monthly 1 + q5 never 0
 * + q6 never 0 + q7 never 0 + q8 never 0 + q9 never 0 + q10 yes-not-past-year 2 + q11 no 0
 * = 1+0+1+1+0+0+0+0+0+2+0 = 5 → men's band 0–5 → below-cutoff (a woman would be over).
 */
export const ENGLISH: Case = {
  name: "English",
  plan: {
    country: "MK",
    language: "en",
    questionnaire: "dudit",
    sex: "male",
    answers: [
      ["q1", "monthly-or-less"],
      ["q2", "never"],
      ["q3", "one-two"],
      ["q4", "less-than-monthly"],
      ["q5", "never"],
      ["q6", "never"],
      ["q7", "never"],
      ["q8", "never"],
      ["q9", "never"],
      ["q10", "yes-not-past-year"],
      ["q11", "no"],
    ],
  },
  expected: { score: 5, max: 44, band: "below-cutoff", flags: [] },
};

/**
 * Arabic, Lebanon, woman, a score a man would have "below" but a woman does not:
 * q1 monthly-or-less 1 + q2 never 0 + q3 none 0 + q4 less-than-monthly 1 + q5 never 0
 * + q6 never 0 + q7 never 0 + q8 never 0 + q9 less-than-monthly 1 + q10 no 0 + q11 no 0
 * = 1+0+0+1+0+0+0+0+1+0+0 = 3 → women's band 2–24 → drug-related-problems.
 */
export const ARABIC: Case = {
  name: "Arabic",
  plan: {
    country: "LB",
    language: "ar",
    questionnaire: "dudit",
    sex: "female",
    answers: [
      ["q1", "monthly-or-less"],
      ["q2", "never"],
      ["q3", "none"],
      ["q4", "less-than-monthly"],
      ["q5", "never"],
      ["q6", "never"],
      ["q7", "never"],
      ["q8", "never"],
      ["q9", "less-than-monthly"],
      ["q10", "no"],
      ["q11", "no"],
    ],
  },
  expected: { score: 3, max: 44, band: "drug-related-problems", flags: [] },
};

/**
 * Macedonian, North Macedonia, sex not given, a high score with the safety flag:
 * q1 four-plus-a-week 4 + q2 two-to-three-a-week 3 + q3 three-four 2 + q4 weekly 3
 * + q5 weekly 3 + q6 monthly 2 + q7 daily 4 + q8 weekly 3 + q9 monthly 2
 * + q10 yes-past-year 4 + q11 no 0
 * = 4+3+2+3+3+2+4+3+2+4+0 = 30 → ≥ 25 for everyone → probable-dependence;
 * flag stopping-safely fires (total ≥ 25, and q8 is weekly).
 */
export const MACEDONIAN: Case = {
  name: "Macedonian",
  plan: {
    country: "MK",
    language: "mk",
    questionnaire: "dudit",
    sex: "not-given",
    answers: [
      ["q1", "four-plus-a-week"],
      ["q2", "two-to-three-a-week"],
      ["q3", "three-four"],
      ["q4", "weekly"],
      ["q5", "weekly"],
      ["q6", "monthly"],
      ["q7", "daily"],
      ["q8", "weekly"],
      ["q9", "monthly"],
      ["q10", "yes-past-year"],
      ["q11", "no"],
    ],
  },
  expected: { score: 30, max: 44, band: "probable-dependence", flags: ["stopping-safely"] },
};

/**
 * Keyboard only, English, Egypt, sex not given, so the lower (women's) cut-off applies:
 * q1 two-to-four-a-month 2 + q2 never 0 + q3 one-two 1 + q4 never 0 + q5 never 0
 * + q6 never 0 + q7 never 0 + q8 never 0 + q9 never 0 + q10 no 0 + q11 yes-not-past-year 2
 * = 2+0+1+0+0+0+0+0+0+0+2 = 5 → undisclosed uses the band 2–24 → drug-related-problems
 * (a man with 5 would be below-cutoff), and the result says the lower cut-off was used.
 */
export const KEYBOARD: Case = {
  name: "Keyboard",
  plan: {
    country: "EG",
    language: "en",
    questionnaire: "dudit",
    sex: "not-given",
    answers: [
      ["q1", "two-to-four-a-month"],
      ["q2", "never"],
      ["q3", "one-two"],
      ["q4", "never"],
      ["q5", "never"],
      ["q6", "never"],
      ["q7", "never"],
      ["q8", "never"],
      ["q9", "never"],
      ["q10", "no"],
      ["q11", "yes-not-past-year"],
    ],
  },
  expected: { score: 5, max: 44, band: "drug-related-problems", flags: [] },
};

/** Adds the points of the chosen options from the definition file itself. */
export function pointsFromDefinition(plan: CheckPlan): number {
  const definition = readDefinition(plan.questionnaire);
  return plan.answers.reduce((sum, [itemId, optionId]) => {
    const option = definition.items.find((item) => item.id === itemId)?.options.find((o) => o.id === optionId);
    if (option === undefined) throw new Error(`e2e: ${plan.questionnaire} has no option ${itemId}/${optionId}`);
    return sum + option.points;
  }, 0);
}

interface DefinitionFile {
  readonly items: readonly { readonly id: string; readonly options: readonly { readonly id: string; readonly points: number }[] }[];
}

function readDefinition(id: string): DefinitionFile {
  return JSON.parse(readFileSync(join(ROOT, "questionnaires", id, "1.0.0.json"), "utf8")) as DefinitionFile;
}
