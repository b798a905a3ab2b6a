import type { AboutYourUse } from "../schema/about-your-use";
import type { AdviceSet } from "../schema/advice";
import { duplicateIds, error, warning, type LintIssue } from "./issue";

/** The text keys (in locales/<lang>/intervention.json) the questions about use need. */
export function aboutYourUseTextKeys(definition: AboutYourUse): string[] {
  return definition.questions.flatMap((question) => [`aboutYourUse.questions.${question.id}.label`, ...question.options.map((option) => `aboutYourUse.questions.${question.id}.options.${option.id}`)]);
}

/** The text keys the advice messages need. */
export function adviceTextKeys(set: AdviceSet): string[] {
  return set.messages.map((message) => `advice.messages.${message.id}`);
}

/** Unique ids, and texts for every question and option. */
export function lintAboutYourUse(definition: AboutYourUse, englishKeys: ReadonlySet<string>): LintIssue[] {
  const issues: LintIssue[] = duplicateIds(definition.questions, ["questions"], "question");
  definition.questions.forEach((question, index) => {
    issues.push(...duplicateIds(question.options, ["questions", index, "options"], "option"));
    if (!englishKeys.has(`aboutYourUse.questions.${question.id}.label`)) {
      issues.push(error(["questions", index, "id"], `no English text: locales/en/intervention.json needs aboutYourUse.questions.${question.id}.label`));
    }
    question.options.forEach((option, optionIndex) => {
      const key = `aboutYourUse.questions.${question.id}.options.${option.id}`;
      if (!englishKeys.has(key)) issues.push(error(["questions", index, "options", optionIndex, "id"], `no English text: locales/en/intervention.json needs ${key}`));
    });
  });
  return issues;
}

/**
 * What the schema cannot see: clauses name real questions and options, every source a message
 * cites exists (so no message ships without a named source), every message has English text,
 * and no source sits unused.
 */
export function lintAdvice(set: AdviceSet, aboutYourUse: AboutYourUse | undefined, englishKeys: ReadonlySet<string>): LintIssue[] {
  const issues: LintIssue[] = [...duplicateIds(set.messages, ["messages"], "message"), ...duplicateIds(set.sources, ["sources"], "source")];
  const expected = aboutYourUse === undefined ? undefined : `about-your-use@${aboutYourUse.version}`;
  if (aboutYourUse === undefined || set.aboutYourUse !== expected) {
    issues.push(error(["aboutYourUse"], `there is no ${set.aboutYourUse} (interventions/about-your-use/${set.aboutYourUse.split("@")[1] ?? ""}.json) for the clauses to refer to`));
  }
  const sourceIds = new Set(set.sources.map((source) => source.id));
  const cited = new Set<string>();
  set.messages.forEach((message, index) => {
    message.sources.forEach((id, sourceIndex) => {
      cited.add(id);
      if (!sourceIds.has(id)) issues.push(error(["messages", index, "sources", sourceIndex], `source "${id}" is not listed under sources`));
    });
    if (!englishKeys.has(`advice.messages.${message.id}`)) {
      issues.push(error(["messages", index, "id"], `no English text: locales/en/intervention.json needs advice.messages.${message.id}`));
    }
    if (aboutYourUse === undefined) return;
    message.when.forEach((clause, clauseIndex) => {
      const question = aboutYourUse.questions.find((candidate) => candidate.id === clause.question);
      if (question === undefined) {
        issues.push(error(["messages", index, "when", clauseIndex, "question"], `question "${clause.question}" is not one of the questions about use`));
        return;
      }
      clause.anyOf.forEach((option, optionIndex) => {
        if (!question.options.some((candidate) => candidate.id === option)) {
          issues.push(error(["messages", index, "when", clauseIndex, "anyOf", optionIndex], `question "${question.id}" has no option "${option}"`));
        }
      });
    });
  });
  set.sources.forEach((source, index) => {
    if (!cited.has(source.id)) issues.push(warning(["sources", index, "id"], `source "${source.id}" is not cited by any message`));
  });
  return issues;
}
