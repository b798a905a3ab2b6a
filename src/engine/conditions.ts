import type { Condition } from "./schema/condition";
import type { Answers } from "./types";

export type ConditionContext = {
  /** Answers to shown items only: a hidden item's answer never influences anything. */
  answers: Answers;
  /** Present only after scoring; showIf conditions never see scores (the linter enforces it). */
  scores?: Readonly<Record<string, number>>;
};

/** The one evaluator of the condition vocabulary. Pure. */
export function evaluateCondition(condition: Condition, context: ConditionContext): boolean {
  if ("all" in condition) return condition.all.every((c) => evaluateCondition(c, context));
  if ("any" in condition) return condition.any.some((c) => evaluateCondition(c, context));
  if ("not" in condition) return !evaluateCondition(condition.not, context);
  if ("answered" in condition) return context.answers[condition.answered] !== undefined;
  if ("is" in condition) return context.answers[condition.answer] === condition.is;
  if ("isOneOf" in condition) {
    const answer = context.answers[condition.answer];
    return answer !== undefined && condition.isOneOf.includes(answer);
  }
  const value = context.scores?.[condition.score];
  if (value === undefined) {
    throw new Error(`condition refers to score "${condition.score}", which is not available here`);
  }
  return (condition.min === undefined || value >= condition.min) && (condition.max === undefined || value <= condition.max);
}

/** Every item and score a condition mentions, for lints and for the rules page. */
export function conditionReferences(condition: Condition): {
  items: { itemId: string; optionIds: string[] }[];
  scores: string[];
} {
  const items: { itemId: string; optionIds: string[] }[] = [];
  const scores: string[] = [];
  const visit = (c: Condition): void => {
    if ("all" in c) c.all.forEach(visit);
    else if ("any" in c) c.any.forEach(visit);
    else if ("not" in c) visit(c.not);
    else if ("answered" in c) items.push({ itemId: c.answered, optionIds: [] });
    else if ("is" in c) items.push({ itemId: c.answer, optionIds: [c.is] });
    else if ("isOneOf" in c) items.push({ itemId: c.answer, optionIds: c.isOneOf });
    else scores.push(c.score);
  };
  visit(condition);
  return { items, scores };
}
