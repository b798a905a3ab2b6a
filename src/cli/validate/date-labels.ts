import { formatPath } from "../../engine";
import type { TextLeaf } from "./avoided-words";

/**
 * The app fills {{date}} from Intl.DateTimeFormat, which writes the month in the nominative
 * (CLDR's "format" forms, and month-only source dates such as "July 2022"). After a preposition
 * many languages need another case ("izvor od jul 2022.", "vir z dne julij 2022", "source datée
 * du août 2022"), and no single template can be right for every date shape. A label — the date
 * after a colon, "Number checked: {{date}}" — needs no case in any language, so it is the only
 * form allowed. The colon may be preceded by a (no-break) space, as French typography wants.
 */
const DATE = /\{\{\s*date\s*\}\}/g;
const LABEL_BEFORE = /[:：]\s*$/u;

export type DateAfterWord = { path: string; text: string };

export function findDatesOutsideLabels(texts: readonly TextLeaf[]): DateAfterWord[] {
  const found: DateAfterWord[] = [];
  for (const leaf of texts) {
    for (const match of leaf.text.matchAll(DATE)) {
      const before = leaf.text.slice(0, match.index).replace(/[\u2066-\u2069]/g, "");
      if (!LABEL_BEFORE.test(before)) found.push({ path: formatPath(leaf.path), text: leaf.text });
    }
  }
  return found;
}
