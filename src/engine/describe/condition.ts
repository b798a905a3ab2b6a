import type { Condition } from "../schema/condition";
import { itemName, joinWords, optionLabel, type DescribeText } from "./labels";

function describeScore(condition: { score: string; min?: number; max?: number }): string {
  const { score, min, max } = condition;
  if (min !== undefined && max !== undefined) {
    return min === max ? `${score} is ${min}` : `${score} is between ${min} and ${max} (inclusive)`;
  }
  if (min !== undefined) return `${score} is ${min} or more`;
  return `${score} is ${max ?? 0} or less`;
}

/** A leaf test, positive or negated; undefined for all/any/not. */
function describeLeaf(condition: Condition, negated: boolean, text: DescribeText): string | undefined {
  const not = negated ? "not " : "";
  if ("is" in condition) return `the answer to ${itemName(text, condition.answer)} is ${not}${optionLabel(text, condition.answer, condition.is)}`;
  if ("isOneOf" in condition) {
    const labels = condition.isOneOf.map((id) => optionLabel(text, condition.answer, id));
    const options = labels.length === 1 ? `${not}${labels.join("")}` : negated ? `none of ${joinWords(labels, "and")}` : joinWords(labels, "or");
    return `the answer to ${itemName(text, condition.answer)} is ${options}`;
  }
  if ("answered" in condition) return `${itemName(text, condition.answered)} has ${not}been answered`;
  if ("score" in condition) return negated ? `it is not the case that ${describeScore(condition)}` : describeScore(condition);
  return undefined;
}

function describe(condition: Condition, nested: boolean, text: DescribeText): string {
  const list = (head: string, parts: readonly Condition[]): string => {
    if (parts.length === 1 && parts[0] !== undefined && head !== "none of" && head !== "not all of") return describe(parts[0], nested, text);
    const body = parts.map((part) => describe(part, true, text)).join("; ");
    return nested ? `${head} (${body})` : `${head}: ${body}`;
  };
  if ("not" in condition) {
    const inner = condition.not;
    if ("not" in inner) return describe(inner.not, nested, text);
    if ("all" in inner) return list("not all of", inner.all);
    if ("any" in inner) return list("none of", inner.any);
    return describeLeaf(inner, true, text) ?? "";
  }
  if ("all" in condition) return list("all of", condition.all);
  if ("any" in condition) return list("any of", condition.any);
  return describeLeaf(condition, false, text) ?? "";
}

/**
 * A condition as English words (no capital, no full stop, so that it can follow "shown only
 * if" or "fires when"), naming items by number and options by their label in the given text.
 * Lists are "all of: a; b", and nested lists are bracketed: "all of: a; not all of (b; c)".
 * Pure.
 *
 * @example
 * describeCondition({ not: { answer: "q1", is: "never" } }, text)
 * // → "the answer to item 1 is not “Never”"
 */
export function describeCondition(condition: Condition, text: DescribeText): string {
  return describe(condition, false, text);
}

/** "shown only if …", or "always shown" for an item without a condition. */
export function describeShowIf(showIf: Condition | undefined, text: DescribeText): string {
  return showIf === undefined ? "always shown" : `shown only if ${describeCondition(showIf, text)}`;
}
