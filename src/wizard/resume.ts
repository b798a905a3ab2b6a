/**
 * Where a person resumes when the app takes over a country page from the first script: the
 * hand-over (src/wizard/handover.ts) is re-checked against the definition, as restoring any
 * persisted snapshot should be, so that nothing it carries can put the wizard somewhere the
 * answers do not reach. Pure: the store calls it and sets the outcome once.
 */
import { pruneHiddenAnswers, visibleItems } from "../engine/visibility";
import { SEX_VALUES } from "../engine/profile-values";
import type { Answers, Profile } from "../engine/types";
import type { Sex } from "../engine/schema/definition";
import { asksSex, firstStep, type FlowDefinition } from "./flow";
import type { HandOver, HandOverStep } from "./handover";

/** What resume reads of a definition: the flow's view plus each item's option ids. */
export type ResumeDefinition = FlowDefinition & { readonly items: readonly { id: string; options: readonly { id: string }[] }[] };

export type Resumed = {
  answers: Answers;
  profile: Profile;
  /** "checks": the choice of another check, which the app shows as its start screen. */
  step: HandOverStep;
  /** The choice on the screen shown, not yet submitted (only on a question or the sex question). */
  selected: string | null;
  /** The screen shown had its "choose an answer" message up. */
  showingError: boolean;
};

const isSex = (value: string | null): value is Sex => value !== null && (SEX_VALUES as readonly string[]).includes(value);

/** Answers that fit the definition (known items and options, shown ones only); anything else is dropped. */
export function fittingAnswers(definition: ResumeDefinition, answers: Readonly<Record<string, string>>): Answers {
  const fitting: Record<string, string> = {};
  for (const item of definition.items) {
    const answer = answers[item.id];
    if (answer !== undefined && item.options.some((option) => option.id === answer)) fitting[item.id] = answer;
  }
  return pruneHiddenAnswers(definition, fitting);
}

/** Whether the answers reach this step: every question shown before it is answered. */
function reaches(definition: FlowDefinition, answers: Answers, step: HandOverStep): boolean {
  if (step.kind === "checks") return true;
  const shown = visibleItems(definition, answers);
  if (step.kind !== "question") return shown.every((item) => answers[item.id] !== undefined);
  const index = shown.findIndex((item) => item.id === step.itemId);
  return index >= 0 && shown.slice(0, index).every((item) => answers[item.id] !== undefined);
}

/** Where the person resumes from a hand-over: the step handed over where the answers reach it, else the first unanswered question. */
export function resume(definition: ResumeDefinition, handOver: HandOver): Resumed {
  const answers = fittingAnswers(definition, handOver.answers);
  const profile: Profile = isSex(handOver.sex) ? { sex: handOver.sex } : {};
  // A sex question for a check that does not ask it cannot be where the person is: go on to the result.
  const step: HandOverStep = handOver.step.kind === "profile" && !asksSex(definition) ? { kind: "result" } : handOver.step;
  if (!reaches(definition, answers, step)) return { answers, profile, step: firstStep(definition, answers), selected: null, showingError: false };
  const onForm = step.kind === "question" || step.kind === "profile";
  return { answers, profile, step, selected: onForm ? handOver.selected : null, showingError: onForm && handOver.showingError };
}
