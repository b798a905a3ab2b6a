import type { Condition } from "./schema/condition";

/**
 * A condition turned into a closure over option indices, so that scoring compares small
 * integers instead of id strings. `counted` holds, per item, the index of the option that
 * counts (-1 when the item is unanswered or hidden); `values` holds the score values.
 * It gives exactly what evaluateCondition (conditions.ts) gives for the same answers.
 */
export type CompiledCondition = (counted: Int32Array, values: Float64Array) => boolean;

export type ConditionIndex = {
  itemIndex: ReadonlyMap<string, number>;
  /** Option id -> index, per item index. */
  optionIndex: readonly ReadonlyMap<string, number>[];
  /** Score id -> index into `values`; undefined where scores are not available (showIf). */
  scoreIndex: ReadonlyMap<string, number> | undefined;
};

const never: CompiledCondition = () => false;

/** The option indices of `optionIds` for one item, as a lookup mask; unknown ids never match. */
function optionMask(index: ConditionIndex, item: number, optionIds: readonly string[]): Uint8Array {
  const options = index.optionIndex[item];
  const mask = new Uint8Array(options?.size ?? 0);
  for (const id of optionIds) {
    const option = options?.get(id);
    if (option !== undefined) mask[option] = 1;
  }
  return mask;
}

export function compileCondition(condition: Condition, index: ConditionIndex): CompiledCondition {
  if ("all" in condition) {
    const parts = condition.all.map((c) => compileCondition(c, index));
    return (counted, values) => {
      for (const part of parts) if (!part(counted, values)) return false;
      return true;
    };
  }
  if ("any" in condition) {
    const parts = condition.any.map((c) => compileCondition(c, index));
    return (counted, values) => {
      for (const part of parts) if (part(counted, values)) return true;
      return false;
    };
  }
  if ("not" in condition) {
    const inner = compileCondition(condition.not, index);
    return (counted, values) => !inner(counted, values);
  }
  if ("answered" in condition) {
    const item = index.itemIndex.get(condition.answered);
    // An id that is no item is never answered: the answers only ever hold known items.
    if (item === undefined) return never;
    return (counted) => (counted[item] ?? -1) >= 0;
  }
  if ("is" in condition) {
    const item = index.itemIndex.get(condition.answer);
    const option = item === undefined ? undefined : index.optionIndex[item]?.get(condition.is);
    if (item === undefined || option === undefined) return never;
    return (counted) => counted[item] === option;
  }
  if ("isOneOf" in condition) {
    const item = index.itemIndex.get(condition.answer);
    if (item === undefined) return never;
    const mask = optionMask(index, item, condition.isOneOf);
    return (counted) => {
      const chosen = counted[item] ?? -1;
      return chosen >= 0 && mask[chosen] === 1;
    };
  }
  const scoreId = condition.score;
  const slot = index.scoreIndex?.get(scoreId);
  if (slot === undefined) {
    // The same failure evaluateCondition reports: a lint error in the definition, not bad answers.
    return () => {
      throw new Error(`condition refers to score "${scoreId}", which is not available here`);
    };
  }
  const min = condition.min ?? -Infinity;
  const max = condition.max ?? Infinity;
  return (_counted, values) => {
    const value = values[slot] ?? NaN;
    return value >= min && value <= max;
  };
}
