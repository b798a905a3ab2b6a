import { evaluateCondition } from "./conditions";
import type { Condition } from "./schema/condition";
import type { Answers } from "./types";

/**
 * What skip logic reads of a definition: the items in order with their conditions. Any
 * definition fits; so does the slim copy the first script carries in a country page.
 */
export type ItemOrder<I extends { id: string; showIf?: Condition | undefined } = { id: string; showIf?: Condition | undefined }> = {
  readonly items: readonly I[];
};

/**
 * The items shown for these answers, in order. Conditions only look back, so one pass
 * decides each item from the answers to the shown items before it.
 */
export function visibleItems<I extends { id: string; showIf?: Condition | undefined }>(definition: ItemOrder<I>, answers: Answers): I[] {
  const shownAnswers: Record<string, string> = {};
  const shown: I[] = [];
  for (const item of definition.items) {
    if (item.showIf !== undefined && !evaluateCondition(item.showIf, { answers: shownAnswers })) continue;
    shown.push(item);
    const answer = answers[item.id];
    if (answer !== undefined) shownAnswers[item.id] = answer;
  }
  return shown;
}

/** The first shown item without an answer, or null when the questionnaire is complete. */
export function nextItem<I extends { id: string; showIf?: Condition | undefined }>(definition: ItemOrder<I>, answers: Answers): I | null {
  return visibleItems(definition, answers).find((item) => answers[item.id] === undefined) ?? null;
}

/**
 * Drops answers to items that a changed earlier answer has hidden, so that going back and
 * changing an answer never leaves a stale answer behind.
 */
export function pruneHiddenAnswers(definition: ItemOrder, answers: Answers): Answers {
  const kept: Record<string, string> = {};
  for (const item of visibleItems(definition, answers)) {
    const answer = answers[item.id];
    if (answer !== undefined) kept[item.id] = answer;
  }
  return kept;
}

/** Position of an item among the shown ones, for a progress indicator: 1-based index and total. */
export function progress(definition: ItemOrder, answers: Answers, itemId: string): { position: number; total: number } {
  const shown = visibleItems(definition, answers);
  return { position: shown.findIndex((item) => item.id === itemId) + 1, total: shown.length };
}
