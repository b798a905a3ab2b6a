import { reachableRange } from "../ranges";
import type { Definition } from "../schema/definition";
import type { QuestionnaireLocale } from "../schema/questionnaire-locale";
import { describeCondition } from "./condition";
import { MISSING_TEXT, type ItemRules, type ScoreRules } from "./document";
import { itemList, type DescribeText } from "./labels";

export function describeItems(definition: Definition, locale: QuestionnaireLocale | undefined, text: DescribeText): ItemRules[] {
  return definition.items.map((item, index) => ({
    id: item.id,
    number: index + 1,
    text: locale?.items[item.id]?.text,
    options: item.options.map((option) => ({
      id: option.id,
      label: locale?.items[item.id]?.options[option.id] ?? option.id,
      points: option.points,
    })),
    showIf: item.showIf === undefined ? undefined : { condition: item.showIf, words: describeCondition(item.showIf, text) },
  }));
}

export function describeScores(definition: Definition, text: DescribeText): ScoreRules[] {
  return definition.scores.map((score) => ({
    id: score.id,
    items: score.items.map((id) => ({ id, number: text.items.get(id)?.number ?? 0 })),
    formula: `the sum of the points of ${itemList(text, score.items)}`,
    missing: score.missing,
    missingText: MISSING_TEXT[score.missing],
    range: reachableRange(definition, score),
  }));
}
