import { score } from "../score";
import type { Definition } from "../schema/definition";
import type { VectorCase } from "../schema/vectors";
import { error, type LintIssue } from "./issue";

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((value, index) => value === [...b].sort()[index]);
}

/** What a worked example expected and what the engine gave, as sentences; empty when it passes. */
export function checkVector(definition: Definition, vector: VectorCase): string[] {
  const outcome = score(definition, vector.answers, vector.profile);
  const expect = vector.expect;
  if ("problems" in expect) {
    if (outcome.ok) return [`expected problems ${expect.problems.join(", ")} but the answers scored`];
    const codes = outcome.problems.map((problem) => problem.code);
    return sameList([...new Set(codes)], expect.problems) ? [] : [`expected problems ${expect.problems.join(", ")} but got ${codes.join(", ")}`];
  }
  if (!outcome.ok) return [`expected a result but got problems: ${outcome.problems.map((p) => p.code).join(", ")}`];
  const result = outcome.result;
  const failures: string[] = [];
  for (const [scoreId, expected] of Object.entries(expect.scores)) {
    const actual = result.scores.find((s) => s.id === scoreId)?.value;
    if (actual !== expected) failures.push(`score ${scoreId}: expected ${expected}, engine gave ${String(actual)}`);
  }
  for (const [scoreId, expected] of Object.entries(expect.bands)) {
    const actual = result.scores.find((s) => s.id === scoreId)?.band.id;
    if (actual !== expected) failures.push(`band of ${scoreId}: expected "${expected}", engine gave "${String(actual)}"`);
  }
  const adjustments = result.adjustments.map((a) => a.id);
  if (!sameList(adjustments, expect.adjustments)) failures.push(`adjustments: expected [${expect.adjustments.join(", ")}], engine gave [${adjustments.join(", ")}]`);
  const flags = result.flags.map((f) => f.id);
  if (!sameList(flags, expect.flags)) failures.push(`flags: expected [${expect.flags.join(", ")}], engine gave [${flags.join(", ")}]`);
  if (expect.notices !== undefined) {
    const notices = result.notices.map((n) => n.kind);
    if (!sameList(notices, expect.notices)) failures.push(`notices: expected [${expect.notices.join(", ")}], engine gave [${notices.join(", ")}]`);
  }
  return failures;
}

export function lintVectors(definition: Definition, cases: readonly VectorCase[]): LintIssue[] {
  return cases.flatMap((vector, index) =>
    checkVector(definition, vector).map((failure) => error(["cases", index], `worked example "${vector.name}" fails for ${definition.id}@${definition.version}: ${failure}`)),
  );
}
