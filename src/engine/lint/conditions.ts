import { conditionReferences } from "../conditions";
import type { Condition } from "../schema/condition";
import type { Definition } from "../schema/definition";
import { error, type LintIssue } from "./issue";

type Scope =
  /** A showIf: only answers to items before `beforeIndex`, never scores. */
  | { kind: "showIf"; beforeIndex: number }
  /** Adjustments and flags run after scoring: any item, any score. */
  | { kind: "after-scoring" };

export function lintCondition(definition: Definition, condition: Condition, path: (string | number)[], scope: Scope): LintIssue[] {
  const issues: LintIssue[] = [];
  const references = conditionReferences(condition);
  for (const { itemId, optionIds } of references.items) {
    const index = definition.items.findIndex((item) => item.id === itemId);
    const item = definition.items[index];
    if (item === undefined) {
      issues.push(error(path, `condition refers to item "${itemId}", which does not exist`));
      continue;
    }
    if (scope.kind === "showIf" && index >= scope.beforeIndex) {
      issues.push(error(path, `condition refers to item "${itemId}", which does not come before this item (conditions may only look back)`));
    }
    for (const optionId of optionIds) {
      if (!item.options.some((option) => option.id === optionId)) {
        issues.push(error(path, `condition refers to option "${optionId}", which item "${itemId}" does not have`));
      }
    }
  }
  for (const scoreId of references.scores) {
    if (scope.kind === "showIf") issues.push(error(path, `a showIf cannot use score "${scoreId}": scores exist only once every answer is in`));
    else if (!definition.scores.some((scoreDef) => scoreDef.id === scoreId)) {
      issues.push(error(path, `condition refers to score "${scoreId}", which does not exist`));
    }
  }
  return issues;
}
