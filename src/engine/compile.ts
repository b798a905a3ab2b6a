import { compileBands, type BandTable } from "./compile-bands";
import { compileCondition, type CompiledCondition, type ConditionIndex } from "./compile-conditions";
import { reachableRange } from "./ranges";
import { questionnaireKey } from "./keys";
import type { Adjustment, Definition, Flag, Item } from "./schema/definition";

/**
 * A definition compiled once for scoring many answer sets (the scoring CLI, benchmarks):
 * items, options and points as arrays and index maps, conditions as closures over option
 * indices, band tables per sex. Scoring with it (compile-evaluate.ts) searches nothing and
 * builds no strings; compile-result.ts builds score()'s result, with the trace and the
 * arithmetic only when asked.
 */
export type CompiledItem = {
  item: Item;
  id: string;
  optionIds: readonly string[];
  points: Int32Array;
  optionIndex: ReadonlyMap<string, number>;
  /** Null when always shown. */
  showIf: CompiledCondition | null;
};

export type CompiledScore = {
  id: string;
  /** Item indices summed; -1 for an id that is no item (counts 0, as in score()). */
  items: Int32Array;
  /** The ids as listed, for the arithmetic. */
  itemIds: readonly string[];
  min: number;
  max: number;
  /** Undefined: no band set (computed, but no outcome). Else per sex index, see compileBands. */
  bands: (BandTable | undefined)[] | undefined;
};

export type CompiledRule = {
  id: string;
  when: CompiledCondition;
};

export type CompiledAdjustment = CompiledRule & {
  adjustment: Adjustment;
  /** Index of the score it raises (the first with that id and a band set), or -1. */
  score: number;
};

export type CompiledFlag = CompiledRule & { flag: Flag };

export type CompiledDefinition = {
  definition: Definition;
  key: string;
  needsSex: boolean;
  items: readonly CompiledItem[];
  itemIndex: ReadonlyMap<string, number>;
  scores: readonly CompiledScore[];
  adjustments: readonly CompiledAdjustment[];
  flags: readonly CompiledFlag[];
};

export function compileDefinition(definition: Definition): CompiledDefinition {
  // The first item with an id wins, as with definition.items.find in score().
  const itemIndex = new Map<string, number>();
  definition.items.forEach((item, i) => {
    if (!itemIndex.has(item.id)) itemIndex.set(item.id, i);
  });
  const optionIndex = definition.items.map((item) => {
    const map = new Map<string, number>();
    item.options.forEach((option, i) => {
      if (!map.has(option.id)) map.set(option.id, i);
    });
    return map;
  });
  // Score conditions in rules see the last score of an id, as the values record in score() does.
  const scoreIndex = new Map(definition.scores.map((scoreDef, i) => [scoreDef.id, i]));
  const beforeScoring: ConditionIndex = { itemIndex, optionIndex, scoreIndex: undefined };
  const afterScoring: ConditionIndex = { itemIndex, optionIndex, scoreIndex };

  const items = definition.items.map((item, i): CompiledItem => ({
    item,
    id: item.id,
    optionIds: item.options.map((option) => option.id),
    points: Int32Array.from(item.options.map((option) => option.points)),
    optionIndex: optionIndex[i] ?? new Map(),
    showIf: item.showIf === undefined ? null : compileCondition(item.showIf, beforeScoring),
  }));
  const scores = definition.scores.map((scoreDef): CompiledScore => ({
    id: scoreDef.id,
    items: Int32Array.from(scoreDef.items.map((id) => itemIndex.get(id) ?? -1)),
    itemIds: scoreDef.items,
    ...reachableRange(definition, scoreDef),
    bands: compileBands(definition, scoreDef),
  }));
  const adjustments = definition.adjustments.map((adjustment): CompiledAdjustment => ({
    adjustment,
    id: adjustment.id,
    when: compileCondition(adjustment.when, afterScoring),
    score: scores.findIndex((candidate) => candidate.id === adjustment.score && candidate.bands !== undefined),
  }));
  const flags = definition.flags.map((flag): CompiledFlag => ({ flag, id: flag.id, when: compileCondition(flag.when, afterScoring) }));
  return {
    definition,
    key: questionnaireKey(definition),
    needsSex: definition.profile.includes("sex"),
    items,
    itemIndex,
    scores,
    adjustments,
    flags,
  };
}
