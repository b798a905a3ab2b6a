import { lookUpBand } from "./compile-bands";
import type { CompiledDefinition } from "./compile";

/** Adjustment states, per adjustment: what score()'s rule trace says about it. */
export const NOT_FIRED = 0;
/** Fired, but its score has no band: nothing to raise (trace: fired, no band change). */
export const FIRED_NO_SCORE = 1;
/** Fired, but the band is already the highest (trace: capped). */
export const FIRED_CAPPED = 2;
/** Fired and raised the band one step. */
export const RAISED = 3;

/**
 * The working memory of one scoring, allocated once per run and reused for every answer set:
 * the caller fills `choices` and `sex`, evaluate() fills the rest. No field is valid after
 * the next evaluate() call.
 */
export type Evaluation = {
  /** Input: option index per item, -1 for no answer. */
  choices: Int32Array;
  /** Input: index into SEX_VALUES; -1 when the definition asks for sex and none was given. */
  sex: number;
  /** Option index that counts per item: -1 when unanswered or hidden by the skip logic. */
  counted: Int32Array;
  shown: Uint8Array;
  /** Shown items without an answer. */
  missing: number;
  /** Items hidden by the skip logic that nevertheless carry an answer, and the points those answers would carry. */
  hiddenAnswered: number;
  hiddenPoints: number;
  /** Per score. */
  values: Float64Array;
  /** Band index from the cut-offs, and after adjustments; -1 when the score has no band set. */
  bandFromCutoffs: Int32Array;
  band: Int32Array;
  /** Index of the score whose value fell in no band (score()'s "no-band" problem), or -1. */
  noBand: number;
  /** Per adjustment: NOT_FIRED … RAISED; and the band index it raised from. */
  adjustments: Uint8Array;
  raisedFrom: Int32Array;
  /** Per flag: 1 when it fired. */
  flags: Uint8Array;
};

export function newEvaluation(compiled: CompiledDefinition): Evaluation {
  const items = compiled.items.length;
  const scores = compiled.scores.length;
  return {
    choices: new Int32Array(items).fill(-1),
    sex: -1,
    counted: new Int32Array(items),
    shown: new Uint8Array(items),
    missing: 0,
    hiddenAnswered: 0,
    hiddenPoints: 0,
    values: new Float64Array(scores),
    bandFromCutoffs: new Int32Array(scores),
    band: new Int32Array(scores),
    noBand: -1,
    adjustments: new Uint8Array(compiled.adjustments.length),
    raisedFrom: new Int32Array(compiled.adjustments.length),
    flags: new Uint8Array(compiled.flags.length),
  };
}

/**
 * Scores e.choices for e.sex, as score() does, into `e`. Returns true when the answer set
 * scores; false when score() would report a problem (a shown item unanswered, no sex, a value
 * in no band) or, unless `ignoreHidden`, when a hidden item carries an answer. The caller then
 * asks score() for the problems in words: bad rows are rare, so only they pay for it.
 * With `ignoreHidden`, answers to hidden items count 0 and are only counted in hiddenAnswered.
 * Assumes every choice is a valid option index (the caller maps ids and refuses unknown ones).
 */
export function evaluate(compiled: CompiledDefinition, e: Evaluation, ignoreHidden: boolean): boolean {
  const { items, scores } = compiled;
  const { choices, counted, shown, values } = e;
  // Conditions only look back, but a condition on a later item must see "unanswered", as in visibleItems.
  counted.fill(-1);
  let missing = 0;
  let hiddenAnswered = 0;
  let hiddenPoints = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === undefined) continue;
    const choice = choices[i] ?? -1;
    const visible = item.showIf === null || item.showIf(counted, values);
    shown[i] = visible ? 1 : 0;
    if (visible) {
      if (choice >= 0) counted[i] = choice;
      else missing++;
    } else if (choice >= 0) {
      hiddenAnswered++;
      hiddenPoints += item.points[choice] ?? 0;
    }
  }
  e.missing = missing;
  e.hiddenAnswered = hiddenAnswered;
  e.hiddenPoints = hiddenPoints;
  e.noBand = -1;
  if (missing > 0 || e.sex < 0 || (hiddenAnswered > 0 && !ignoreHidden)) return false;

  for (let s = 0; s < scores.length; s++) {
    const scoreDef = scores[s];
    if (scoreDef === undefined) continue;
    let value = 0;
    for (const item of scoreDef.items) {
      const choice = counted[item] ?? -1;
      if (choice >= 0) value += items[item]?.points[choice] ?? 0;
    }
    values[s] = value;
  }
  for (let s = 0; s < scores.length; s++) {
    const bands = scores[s]?.bands;
    if (bands === undefined) {
      e.bandFromCutoffs[s] = e.band[s] = -1;
      continue;
    }
    const table = bands[e.sex];
    const index = table === undefined ? -1 : lookUpBand(table, values[s] ?? 0);
    if (index < 0) {
      e.noBand = s;
      return false;
    }
    e.bandFromCutoffs[s] = e.band[s] = index;
  }

  const { adjustments } = compiled;
  for (let a = 0; a < adjustments.length; a++) {
    const adjustment = adjustments[a];
    if (adjustment === undefined) continue;
    if (!adjustment.when(counted, values)) e.adjustments[a] = NOT_FIRED;
    else if (adjustment.score < 0) e.adjustments[a] = FIRED_NO_SCORE;
    else {
      const from = e.band[adjustment.score] ?? 0;
      const count = scores[adjustment.score]?.bands?.[e.sex]?.variant.bands.length ?? 0;
      if (from + 1 >= count) e.adjustments[a] = FIRED_CAPPED;
      else {
        e.adjustments[a] = RAISED;
        e.raisedFrom[a] = from;
        e.band[adjustment.score] = from + 1;
      }
    }
  }
  const { flags } = compiled;
  for (let f = 0; f < flags.length; f++) e.flags[f] = flags[f]?.when(counted, values) === true ? 1 : 0;
  return true;
}
