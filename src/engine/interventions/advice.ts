/**
 * Which advice a person sees, from their optional answers about use. Pure: the same answers
 * always give the same messages, in the order of the advice file. The answers never touch a score.
 */
import type { AboutYourUseAnswers } from "../schema/about-your-use";
import type { AdviceClause, AdviceMessage, AdviceSet, AdviceSource } from "../schema/advice";

function holds(clause: AdviceClause, answers: AboutYourUseAnswers): boolean {
  const chosen = answers[clause.question] ?? [];
  return clause.anyOf.some((option) => chosen.includes(option));
}

/** The messages whose every clause holds, in file order; none when nothing was answered. */
export function chooseAdvice(set: AdviceSet, answers: AboutYourUseAnswers): AdviceMessage[] {
  return set.messages.filter((message) => message.when.every((clause) => holds(clause, answers)));
}

/** A message's sources, in the order the message lists them. */
export function sourcesOf(set: AdviceSet, message: AdviceMessage): AdviceSource[] {
  return message.sources.map((id) => set.sources.find((source) => source.id === id)).filter((source): source is AdviceSource => source !== undefined);
}

/**
 * For the rules page: the ids of the messages an answer can bring up, i.e. those with a clause
 * that this option satisfies. A message with more clauses also needs its other clauses to hold.
 */
export function messagesTriggeredBy(set: AdviceSet, questionId: string, optionId: string): string[] {
  return set.messages
    .filter((message) => message.when.some((clause) => clause.question === questionId && clause.anyOf.includes(optionId)))
    .map((message) => message.id);
}
