import type { Definition, ScoreDef } from "./schema/definition";

/**
 * The lowest and highest value a score can take, from the points alone: an item that can be
 * hidden contributes 0 to the minimum under the hidden-as-zero policy.
 */
export function reachableRange(definition: Definition, score: ScoreDef): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const itemId of score.items) {
    const item = definition.items.find((candidate) => candidate.id === itemId);
    if (item === undefined) continue;
    const points = item.options.map((option) => option.points);
    const canBeHidden = item.showIf !== undefined && score.missing === "hidden-as-zero";
    min += canBeHidden ? 0 : Math.min(...points);
    max += Math.max(...points);
  }
  return { min, max };
}
