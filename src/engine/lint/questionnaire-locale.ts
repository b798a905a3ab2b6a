import type { Definition } from "../schema/definition";
import type { QuestionnaireLocale } from "../schema/questionnaire-locale";
import { requiredTextKeys, textAt } from "../locale-text";
import { error, type LintIssue } from "./issue";

/**
 * A locale file must give every text its definitions need (no silent fallback to English) and
 * nothing they do not (a leftover key is usually a typo).
 */
export function lintQuestionnaireLocale(locale: QuestionnaireLocale, definitions: readonly Definition[]): LintIssue[] {
  const issues: LintIssue[] = [];
  const required = new Map<string, (string | number)[]>();
  for (const definition of definitions) for (const key of requiredTextKeys(definition)) required.set(key.join("\u0000"), key);
  for (const key of required.values()) {
    if (textAt(locale, key) === undefined) issues.push(error(key, `missing text: ${definitions.map((d) => d.id).join(", ")} needs this key`));
  }
  const has = (path: (string | number)[]) => required.has(path.join("\u0000"));
  for (const [itemId, item] of Object.entries(locale.items)) {
    if (!has(["items", itemId, "text"])) issues.push(error(["items", itemId], `text for item "${itemId}", which no version of ${locale.questionnaire} has`));
    for (const optionId of Object.keys(item.options)) {
      if (has(["items", itemId, "text"]) && !has(["items", itemId, "options", optionId])) {
        issues.push(error(["items", itemId, "options", optionId], `text for option "${optionId}", which item "${itemId}" does not have`));
      }
    }
  }
  for (const key of Object.keys(locale.bands)) if (!has(["bands", key])) issues.push(error(["bands", key], `text for band feedback "${key}", which no band uses`));
  for (const key of Object.keys(locale.flags)) if (!has(["flags", key])) issues.push(error(["flags", key], `text for flag message "${key}", which no flag uses`));
  return issues;
}
