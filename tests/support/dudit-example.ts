import type { Answers, Profile } from "../../src/engine/types";

/**
 * The worked DUDIT example of tests/engine/result-code.test.ts, where its payload "242112345123",
 * its check and its 20 points (men's band 6-24) are worked out by hand; the dated codes
 * (result-code-date.test.ts) and the comparison (interventions/compare.test.ts) reuse it.
 */
export const DUDIT_EXAMPLE_ANSWERS: Answers = {
  q1: "two-to-three-a-week",
  q2: "monthly-or-less",
  q3: "none",
  q4: "never",
  q5: "less-than-monthly",
  q6: "monthly",
  q7: "weekly",
  q8: "daily",
  q9: "never",
  q10: "yes-not-past-year",
  q11: "yes-past-year",
};
export const DUDIT_EXAMPLE_PROFILE: Profile = { sex: "male" };
