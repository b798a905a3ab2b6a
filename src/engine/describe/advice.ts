/**
 * The rules page of the questions about use and their advice, as plain data: for every answer,
 * which advice messages it can bring up, and for every message when it is shown and on which
 * sources it rests. English only, like the other rules pages.
 */
import { messagesTriggeredBy } from "../interventions/advice";
import type { AboutYourUse } from "../schema/about-your-use";
import type { AdviceClause, AdviceKind, AdviceSet, AdviceSource } from "../schema/advice";

export type AdviceRulesDocument = {
  key: string;
  adviceKey: string;
  questions: {
    id: string;
    label: string;
    kind: "single" | "multiple";
    options: { id: string; label: string; triggers: string[] }[];
  }[];
  messages: { id: string; kind: AdviceKind; whenText: string; text: string; sources: AdviceSource[] }[];
};

/** Looks up an English text by its key in locales/en/intervention.json; undefined when missing. */
export type TextLookup = (key: string) => string | undefined;

function clauseInWords(clause: AdviceClause): string {
  const [only, ...more] = clause.anyOf;
  return more.length === 0 ? `${clause.question} includes ${only ?? ""}` : `${clause.question} includes any of ${clause.anyOf.join(", ")}`;
}

export function buildAdviceRulesDocument(about: AboutYourUse, advice: AdviceSet, text: TextLookup): AdviceRulesDocument {
  const missing = (key: string) => `(no English text for ${key})`;
  return {
    key: `${about.id}@${about.version}`,
    adviceKey: `${advice.id}@${advice.version}`,
    questions: about.questions.map((question) => ({
      id: question.id,
      label: text(`aboutYourUse.questions.${question.id}.label`) ?? missing(question.id),
      kind: question.kind,
      options: question.options.map((option) => ({
        id: option.id,
        label: text(`aboutYourUse.questions.${question.id}.options.${option.id}`) ?? missing(option.id),
        triggers: messagesTriggeredBy(advice, question.id, option.id),
      })),
    })),
    messages: advice.messages.map((message) => ({
      id: message.id,
      kind: message.kind,
      whenText: message.when.map(clauseInWords).join(" and "),
      text: text(`advice.messages.${message.id}`) ?? missing(message.id),
      sources: message.sources.map((id) => advice.sources.find((source) => source.id === id)).filter((source): source is AdviceSource => source !== undefined),
    })),
  };
}
