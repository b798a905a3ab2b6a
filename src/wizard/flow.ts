// Straight from the engine's files, not its index: the first script (src/first/) uses these
// steps too, and must not pull in anything else.
import { nextItem, pruneHiddenAnswers, visibleItems, type ItemOrder } from "../engine/visibility";
import type { Answers } from "../engine/types";
import type { ProfileField } from "../engine/schema/definition";

/** Where the wizard can be, as far as the steps of a check go (the store's Step has more). */
export type FlowStep = { kind: "question"; itemId: string } | { kind: "profile" } | { kind: "result" };

/** What the steps read of a definition: the items' order and skip logic, and what it asks of the person. */
export type FlowDefinition = ItemOrder & { readonly profile: readonly ProfileField[] };

/*
 * The wizard's steps as pure functions of the definition and the answers (tested without
 * React). Sex, where a definition's cut-offs use it, is asked after the questions, just
 * before the result: question 1 comes first, on the page a person lands on.
 */

export const asksSex = (definition: FlowDefinition): boolean => definition.profile.includes("sex");

/** The first question not yet answered, or what follows the questions when all are. */
export function firstStep(definition: FlowDefinition, answers: Answers): FlowStep {
  const first = nextItem(definition, answers);
  return first === null ? afterQuestions(definition) : { kind: "question", itemId: first.id };
}

/** After the last question: the sex question where the cut-offs need it, otherwise the result. */
export function afterQuestions(definition: FlowDefinition): FlowStep {
  return asksSex(definition) ? { kind: "profile" } : { kind: "result" };
}

export type AnswerOutcome = { answers: Answers; step: FlowStep };

/** Records an answer and moves to the next shown question, or past the questions. */
export function afterAnswer(definition: FlowDefinition, answers: Answers, itemId: string, optionId: string): AnswerOutcome {
  const updated = pruneHiddenAnswers(definition, { ...answers, [itemId]: optionId });
  const shown = visibleItems(definition, updated);
  const following = shown[shown.findIndex((item) => item.id === itemId) + 1] ?? nextItem(definition, updated);
  return { answers: updated, step: following === null ? afterQuestions(definition) : { kind: "question", itemId: following.id } };
}

/** Whether answering this item with this option is the last question (nothing shown after it). */
export function isLastQuestion(definition: FlowDefinition, answers: Answers, itemId: string, optionId: string | null): boolean {
  const withAnswer = optionId === null ? answers : { ...answers, [itemId]: optionId };
  return visibleItems(definition, withAnswer).at(-1)?.id === itemId;
}

/** Where Back leads from a step; null when there is nothing before it in this check. */
export function stepBack(definition: FlowDefinition, answers: Answers, step: FlowStep): FlowStep | null {
  const shown = visibleItems(definition, answers);
  if (step.kind === "question") {
    const previous = shown[shown.findIndex((item) => item.id === step.itemId) - 1];
    return previous === undefined ? null : { kind: "question", itemId: previous.id };
  }
  const last = shown.at(-1);
  if (step.kind === "profile") return last === undefined ? null : { kind: "question", itemId: last.id };
  if (step.kind === "result") {
    if (asksSex(definition)) return { kind: "profile" };
    return last === undefined ? null : { kind: "question", itemId: last.id };
  }
  return null;
}
