import type { CompiledDefinition } from "./compile";
import { evaluate, newEvaluation, type Evaluation } from "./compile-evaluate";
import { resultOf, type CompiledScoringResult } from "./compile-result";
import { SEX_VALUES } from "./profile-values";
import { score } from "./score";
import type { Answers, Profile, ScoringProblem } from "./types";

export type CompiledScoringOutcome = { ok: true; result: CompiledScoringResult } | { ok: false; problems: ScoringProblem[] };

/** Index of a sex in SEX_VALUES, or -1. "not-given" when absent and not asked for, as variantFor reads it. */
export function sexIndexOf(compiled: CompiledDefinition, sex: string | undefined): number {
  if (sex === undefined) return compiled.needsSex ? -1 : SEX_VALUES.indexOf("not-given");
  return (SEX_VALUES as readonly string[]).indexOf(sex);
}

/**
 * Fills e.choices from an answers record; false when an answer names no item or no option of
 * its item. Reads item by item, then counts the keys to find answers to unknown items: about
 * twice as quick as looking each key up.
 */
export function readAnswers(compiled: CompiledDefinition, e: Evaluation, answers: Answers): boolean {
  e.choices.fill(-1);
  const { items } = compiled;
  let found = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const optionId = item === undefined ? undefined : answers[item.id];
    if (item === undefined || optionId === undefined) continue;
    const option = item.optionIndex.get(optionId);
    if (option === undefined) return false;
    e.choices[i] = option;
    found++;
  }
  let keys = 0;
  for (const _key in answers) keys++;
  return keys === found;
}

/**
 * A scorer for one compiled definition: the same outcome as score() (compared on 100,000
 * random answer sets of every bundled definition by tests/engine/compile-score.test.ts),
 * without searches, and with the trace and the arithmetic only when `trace` is set.
 * Answer sets that do not score are handed to score() itself, so problems read the same.
 * One scorer reuses one working memory: not for use from two places at once.
 */
export function compiledScorer(compiled: CompiledDefinition): (answers: Answers, profile: Profile, options?: { trace?: boolean }) => CompiledScoringOutcome {
  const e = newEvaluation(compiled);
  return (answers, profile, options) => {
    e.sex = sexIndexOf(compiled, profile.sex);
    if (readAnswers(compiled, e, answers) && evaluate(compiled, e, false)) {
      return { ok: true, result: resultOf(compiled, e, options?.trace === true) };
    }
    return score(compiled.definition, answers, profile);
  };
}
