import type { CompiledDefinition, CompiledScore } from "./compile";
import { FIRED_CAPPED, FIRED_NO_SCORE, NOT_FIRED, RAISED, type Evaluation } from "./compile-evaluate";
import type { Band } from "./schema/definition";
import type { ItemTrace, Notice, RuleTrace, ScoreOutcome, ScoringResult } from "./types";

/** score()'s outcome of one score, with the arithmetic only when asked for. */
export type CompiledScoreOutcome = Omit<ScoreOutcome, "arithmetic"> & { arithmetic?: string };

/** score()'s result, with the trace (and the arithmetic) only when asked for: building them is most of the cost. */
export type CompiledScoringResult = Omit<ScoringResult, "scores" | "trace"> & {
  scores: CompiledScoreOutcome[];
  trace?: ScoringResult["trace"];
};

const NO_RULES: RuleTrace[] = [];

/** "q1 2 + q2 0 (not shown) + … = 7", exactly as score() writes it. */
export function arithmeticOf(compiled: CompiledDefinition, e: Evaluation, scoreDef: CompiledScore, value: number): string {
  const parts: string[] = [];
  scoreDef.items.forEach((item, i) => {
    const id = scoreDef.itemIds[i] ?? "?";
    if (item < 0) parts.push(`? 0`);
    else if (e.shown[item] === 0) parts.push(`${id} 0 (not shown)`);
    else {
      const choice = e.counted[item] ?? -1;
      parts.push(`${id} ${choice < 0 ? 0 : (compiled.items[item]?.points[choice] ?? 0)}`);
    }
  });
  return `${parts.join(" + ")} = ${value}`;
}

function traceItems(compiled: CompiledDefinition, e: Evaluation): ItemTrace[] {
  return compiled.items.map((item, i) => {
    const choice = e.counted[i] ?? -1;
    return { itemId: item.id, shown: e.shown[i] === 1, optionId: choice < 0 ? null : (item.optionIds[choice] ?? null), points: choice < 0 ? 0 : (item.points[choice] ?? 0) };
  });
}

/**
 * A fresh band-with-index object, as score() makes with `{ ...band, index }`. Written out field
 * by field because a spread costs more than the rest of a scoring; the equality test
 * (tests/engine/compile-score.test.ts) compares the JSON text, so a new Band field would show.
 */
function indexed(band: Band, index: number): Band & { index: number } {
  return { id: band.id, min: band.min, max: band.max, feedback: band.feedback, referralTier: band.referralTier, index };
}

/** Builds score()'s result from an evaluation that returned true; deep-equal to score()'s when `trace` is set. */
export function resultOf(compiled: CompiledDefinition, e: Evaluation, trace: boolean): CompiledScoringResult {
  const scores: CompiledScoreOutcome[] = [];
  // Where each score's outcome is in `scores`: needed only to raise bands, so made only then.
  const slotOf: number[] | undefined = compiled.adjustments.length > 0 ? [] : undefined;
  const notices: Notice[] = [];
  for (let s = 0; s < compiled.scores.length; s++) {
    const scoreDef = compiled.scores[s];
    const table = scoreDef?.bands?.[e.sex];
    if (scoreDef === undefined || table === undefined) continue;
    const value = e.values[s] ?? 0;
    const from = e.bandFromCutoffs[s] ?? 0;
    const band = table.variant.bands[from];
    if (band === undefined) continue;
    if (table.noticeCutoffsOf !== undefined) notices.push({ kind: "sex-not-given-lower-cutoff", score: scoreDef.id, appliedCutoffsOf: table.noticeCutoffsOf });
    if (slotOf !== undefined) slotOf[s] = scores.length;
    const outcome: CompiledScoreOutcome = {
      id: scoreDef.id,
      value,
      min: scoreDef.min,
      max: scoreDef.max,
      band: indexed(band, from),
      bandFromCutoffs: indexed(band, from),
      bandCount: table.variant.bands.length,
      referralTier: band.referralTier,
    };
    if (trace) outcome.arithmetic = arithmeticOf(compiled, e, scoreDef, value);
    scores.push(outcome);
  }

  // The rule trace only when asked for; an empty array stands in otherwise and is never returned.
  const rules: RuleTrace[] = trace ? [] : NO_RULES;
  const adjustments: ScoringResult["adjustments"] = [];
  for (let a = 0; a < compiled.adjustments.length; a++) {
    const compiledAdjustment = compiled.adjustments[a];
    if (compiledAdjustment === undefined) continue;
    const { id, adjustment, score } = compiledAdjustment;
    const state = e.adjustments[a] ?? NOT_FIRED;
    const base = { kind: "adjustment" as const, id, score: adjustment.score };
    if (state === NOT_FIRED || state === FIRED_NO_SCORE) {
      if (trace) rules.push({ ...base, fired: state === FIRED_NO_SCORE });
    } else if (state === FIRED_CAPPED) {
      if (trace) rules.push({ ...base, fired: true, capped: true });
    } else if (state === RAISED) {
      const outcome = scores[slotOf?.[score] ?? -1];
      const bands = compiled.scores[score]?.bands?.[e.sex]?.variant.bands ?? [];
      const fromIndex = e.raisedFrom[a] ?? 0;
      const fromBand = bands[fromIndex];
      const toBand = bands[fromIndex + 1];
      if (outcome === undefined || fromBand === undefined || toBand === undefined) continue;
      if (trace) rules.push({ ...base, fired: true, fromBand: fromBand.id, toBand: toBand.id });
      adjustments.push({ id, score: outcome.id, fromBand: fromBand.id, toBand: toBand.id });
      outcome.band = indexed(toBand, fromIndex + 1);
      outcome.referralTier = toBand.referralTier;
    }
  }

  const flags: ScoringResult["flags"] = [];
  for (let f = 0; f < compiled.flags.length; f++) {
    const compiledFlag = compiled.flags[f];
    if (compiledFlag === undefined) continue;
    const fired = e.flags[f] === 1;
    if (trace) rules.push({ kind: "flag", id: compiledFlag.id, fired });
    if (fired) flags.push({ id: compiledFlag.id, message: compiledFlag.flag.message });
  }

  const result: CompiledScoringResult = { questionnaire: compiled.key, scores, adjustments, flags, notices };
  if (trace) result.trace = { items: traceItems(compiled, e), rules };
  return result;
}
