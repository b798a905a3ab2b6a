import type { QuestionnaireLocale } from "../schema/questionnaire-locale";
import type { Change } from "./change";

type Texts = Map<string, string>;

/** Every text of a locale file as "path → text", e.g. "item q4 option monthly" → "Monthly". */
function flatten(locale: QuestionnaireLocale): Texts {
  const texts: Texts = new Map([
    ["title", locale.title],
    ["intro", locale.intro],
    ["translation status", locale.provenance.status],
    ["translation source", locale.provenance.source],
  ]);
  for (const [itemId, item] of Object.entries(locale.items)) {
    texts.set(`item ${itemId} text`, item.text);
    for (const [optionId, label] of Object.entries(item.options)) texts.set(`item ${itemId} option ${optionId}`, label);
  }
  for (const [key, band] of Object.entries(locale.bands)) {
    texts.set(`band ${key} label`, band.label);
    texts.set(`band ${key} meaning`, band.meaning);
    texts.set(`band ${key} advice`, band.advice.join(" / "));
  }
  for (const [key, message] of Object.entries(locale.flags)) texts.set(`flag message ${key}`, message);
  return texts;
}

/** Wording changes per language (languages matched by code; a language only on one side is reported as such). */
export function diffTexts(localesA: readonly QuestionnaireLocale[], localesB: readonly QuestionnaireLocale[]): Change[] {
  const changes: Change[] = [];
  const push = (text: string) => changes.push({ area: "text", affectsScoring: false, text });
  for (const before of localesA) {
    const after = localesB.find((candidate) => candidate.language === before.language);
    if (after === undefined) {
      if (localesB.length > 0) push(`[${before.language}] This language is not available for the new version.`);
      continue;
    }
    const textsA = flatten(before);
    const textsB = flatten(after);
    for (const [path, text] of textsA) {
      const now = textsB.get(path);
      if (now === undefined) push(`[${before.language}] ${path} removed (was “${text}”).`);
      else if (now !== text) push(`[${before.language}] ${path} changed from “${text}” to “${now}”.`);
    }
    for (const [path, text] of textsB) if (!textsA.has(path)) push(`[${before.language}] ${path} added: “${text}”.`);
  }
  for (const after of localesB) {
    if (localesA.length > 0 && !localesA.some((candidate) => candidate.language === after.language)) {
      push(`[${after.language}] This language is new (${after.provenance.status}).`);
    }
  }
  return changes;
}
