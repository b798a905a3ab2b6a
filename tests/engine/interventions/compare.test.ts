import { describe, expect, it } from "vitest";
import auditJson from "../../../questionnaires/audit/1.0.0.json";
import duditJson from "../../../questionnaires/dudit/1.0.0.json";
import { compareResults } from "../../../src/engine/interventions/compare";
import { Definition } from "../../../src/engine/schema/definition";
import { score } from "../../../src/engine/score";
import type { Answers, Profile, ScoringResult } from "../../../src/engine/types";
import { DUDIT_EXAMPLE_ANSWERS } from "../../support/dudit-example";

const dudit = Definition.parse(duditJson);
const audit = Definition.parse(auditJson);

function scored(definition: Definition, answers: Answers, profile: Profile): ScoringResult {
  const outcome = score(definition, answers, profile);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.result;
}

const NEVER: Answers = { q1: "never", q2: "never", q3: "none", q4: "never", q5: "never", q6: "never", q7: "never", q8: "never", q9: "never", q10: "no", q11: "no" };
// 20 points, men's band 6–24 (see tests/engine/result-code.test.ts for the sum).
const TWENTY: Answers = DUDIT_EXAMPLE_ANSWERS;
const man: Profile = { sex: "male" };

describe("compareResults", () => {
  it("a lower score now, in a lower band: 20 then 0", () => {
    const [comparison] = compareResults(scored(dudit, TWENTY, man), scored(dudit, NEVER, man));
    expect(comparison).toMatchObject({
      max: 44,
      earlier: { value: 20, bandFeedback: "drug-related-problems", bandIndex: 1 },
      later: { value: 0, bandFeedback: "below-cutoff", bandIndex: 0 },
      difference: -20,
      scoreChange: "lower",
      bandChange: "lower",
    });
  });

  it("a higher score, and the same score", () => {
    expect(compareResults(scored(dudit, NEVER, man), scored(dudit, TWENTY, man))[0]).toMatchObject({ difference: 20, scoreChange: "higher", bandChange: "higher" });
    expect(compareResults(scored(dudit, NEVER, man), scored(dudit, NEVER, man))[0]).toMatchObject({ difference: 0, scoreChange: "same", bandChange: "same" });
  });

  it("refuses to compare two different checks", () => {
    const drinks = scored(audit, { q1: "never", q9: "no", q10: "no" }, {});
    expect(() => compareResults(drinks, scored(dudit, NEVER, man))).toThrow(/different checks/);
  });
});
