import type { Definition } from "../schema/definition";
import type { QuestionnaireLocale } from "../schema/questionnaire-locale";
import { describeCondition } from "./condition";
import type { RuleInWords, RulesDocument } from "./document";
import type { DescribeText } from "./labels";

export function describeAdjustments(definition: Definition, text: DescribeText): RuleInWords[] {
  return definition.adjustments.map((adjustment) => ({
    id: adjustment.id,
    kind: "adjustment",
    score: adjustment.score,
    condition: adjustment.when,
    when: describeCondition(adjustment.when, text),
    action: `move the band of ${adjustment.score} up one level (never above the highest); the score itself does not change`,
    rationale: adjustment.rationale,
  }));
}

export function describeFlags(definition: Definition, locale: QuestionnaireLocale | undefined, text: DescribeText): RulesDocument["flags"] {
  return definition.flags.map((flag) => ({
    id: flag.id,
    kind: "flag",
    score: undefined,
    condition: flag.when,
    when: describeCondition(flag.when, text),
    action: `show the safety message "${flag.message}"; scores and bands do not change`,
    rationale: flag.rationale,
    messageText: locale?.flags[flag.message],
  }));
}
