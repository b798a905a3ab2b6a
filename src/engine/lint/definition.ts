import type { Definition } from "../schema/definition";
import { lintBands } from "./bands";
import { lintCondition } from "./conditions";
import { duplicateIds, error, type LintIssue } from "./issue";

function lintItems(definition: Definition): LintIssue[] {
  const issues = duplicateIds(definition.items, ["items"], "item");
  definition.items.forEach((item, index) => {
    issues.push(...duplicateIds(item.options, ["items", index, "options"], "option"));
    if (item.showIf !== undefined) {
      issues.push(...lintCondition(definition, item.showIf, ["items", index, "showIf"], { kind: "showIf", beforeIndex: index }));
    }
  });
  return issues;
}

function lintScores(definition: Definition): LintIssue[] {
  const issues = duplicateIds(definition.scores, ["scores"], "score");
  definition.scores.forEach((scoreDef, index) => {
    const listed = new Set<string>();
    scoreDef.items.forEach((itemId, itemIndex) => {
      const path = ["scores", index, "items", itemIndex];
      const item = definition.items.find((candidate) => candidate.id === itemId);
      if (item === undefined) issues.push(error(path, `score "${scoreDef.id}" sums item "${itemId}", which does not exist`));
      else if (item.showIf !== undefined && scoreDef.missing === "require-all") {
        issues.push(error(path, `score "${scoreDef.id}" requires every item, but item "${itemId}" can be hidden by its showIf; use "hidden-as-zero"`));
      }
      if (listed.has(itemId)) issues.push(error(path, `score "${scoreDef.id}" lists item "${itemId}" twice`));
      listed.add(itemId);
    });
  });
  return issues;
}

function lintRules(definition: Definition): LintIssue[] {
  const issues = [...duplicateIds(definition.adjustments, ["adjustments"], "adjustment"), ...duplicateIds(definition.flags, ["flags"], "flag")];
  definition.adjustments.forEach((adjustment, index) => {
    issues.push(...lintCondition(definition, adjustment.when, ["adjustments", index, "when"], { kind: "after-scoring" }));
    if (!definition.bands.some((set) => set.score === adjustment.score)) {
      issues.push(error(["adjustments", index, "score"], `adjustment "${adjustment.id}" raises the band of score "${adjustment.score}", which has no bands`));
    }
  });
  definition.flags.forEach((flag, index) => {
    issues.push(...lintCondition(definition, flag.when, ["flags", index, "when"], { kind: "after-scoring" }));
  });
  return issues;
}

/** Every rule a definition must keep beyond its schema. Pure: no file access. */
export function lintDefinition(definition: Definition): LintIssue[] {
  return [...lintItems(definition), ...lintScores(definition), ...lintBands(definition), ...lintRules(definition)];
}
