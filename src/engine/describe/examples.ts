import { checkVector } from "../lint/vectors";
import { score } from "../score";
import type { Definition } from "../schema/definition";
import type { VectorCase, Vectors } from "../schema/vectors";
import type { Profile } from "../types";
import { SEX_TEXT, type ExampleOutcome, type WorkedExample, type WorkedExamples } from "./document";
import type { DescribeText } from "./labels";

function profileText(definition: Definition, profile: Profile): string {
  if (!definition.profile.includes("sex")) return "no profile questions";
  return profile.sex === undefined ? "sex missing" : `sex: ${SEX_TEXT[profile.sex]}`;
}

function expectedText(vector: VectorCase): string {
  const expect = vector.expect;
  if ("problems" in expect) return `refused: ${expect.problems.join(", ")}`;
  const scores = Object.entries(expect.scores).map(([id, value]) => `${id} ${value} → ${expect.bands[id] ?? "no band"}`);
  const rules = [expect.adjustments.length > 0 ? `adjustments: ${expect.adjustments.join(", ")}` : "no adjustment", expect.flags.length > 0 ? `flags: ${expect.flags.join(", ")}` : "no flag"];
  if (expect.notices !== undefined && expect.notices.length > 0) rules.push(`notices: ${expect.notices.join(", ")}`);
  return [...scores, ...rules].join("; ");
}

function runEngine(definition: Definition, vector: VectorCase): ExampleOutcome {
  const outcome = score(definition, vector.answers, vector.profile);
  if (!outcome.ok) return { ok: false, problems: outcome.problems.map((problem) => problem.code) };
  const result = outcome.result;
  return {
    ok: true,
    scores: result.scores.map((s) => ({ id: s.id, value: s.value, arithmetic: s.arithmetic, band: s.band.id, bandFromCutoffs: s.bandFromCutoffs.id })),
    adjustments: result.adjustments.map((a) => `${a.id} (${a.fromBand} → ${a.toBand})`),
    flags: result.flags.map((f) => f.id),
    notices: result.notices.map((n) => `${n.kind} (${n.score}: cut-offs of ${SEX_TEXT[n.appliedCutoffsOf]})`),
  };
}

/**
 * The worked examples of vectors.json, each run live through score() now: what was expected by
 * hand, what the engine gave with its own arithmetic, and whether they agree. Examples declared
 * for other versions are not run against this one.
 */
export function describeExamples(definition: Definition, vectors: Vectors | undefined, text: DescribeText): WorkedExamples {
  if (vectors === undefined || vectors.questionnaire !== definition.id) return { state: "none" };
  if (!vectors.versions.includes(definition.version)) return { state: "other-versions", versions: vectors.versions };
  const cases = vectors.cases.map((vector): WorkedExample => {
    const failures = checkVector(definition, vector);
    return {
      name: vector.name,
      profile: profileText(definition, vector.profile),
      answers: Object.entries(vector.answers).map(([itemId, optionId]) => ({
        itemId,
        number: text.items.get(itemId)?.number ?? 0,
        optionId,
        label: text.items.get(itemId)?.options.get(optionId) ?? optionId,
        points: definition.items.find((item) => item.id === itemId)?.options.find((option) => option.id === optionId)?.points,
      })),
      handArithmetic: vector.arithmetic,
      expected: expectedText(vector),
      engine: runEngine(definition, vector),
      pass: failures.length === 0,
      failures,
    };
  });
  const passed = cases.filter((c) => c.pass).length;
  return { state: "run", cases, passed, failed: cases.length - passed };
}
