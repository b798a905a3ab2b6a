import { dateFormat, monthFormat } from "./intl-cache";
import { hasMonthNames } from "./month-names";

/**
 * Picks a text from a { language: text } record for data that is not instrument text
 * (service names, hours): the reader's language; then the same language in another script
 * (sr-Latn for a sr-Cyrl reader); then, on a page that is not English, the name the source
 * gives in the country's own language (the record's first non-English entry), so that no
 * English line appears on it; then English, then the first given.
 * Returns the language actually used so the element can carry the right lang attribute.
 */
export function pickLocalized(record: Readonly<Record<string, string>>, language: string): { text: string; lang: string } {
  const own = record[language];
  if (own !== undefined) return { text: own, lang: language };
  const base = language.split("-")[0];
  const sibling = Object.entries(record).find(([code]) => code !== language && code.split("-")[0] === base);
  if (sibling !== undefined) return { text: sibling[1], lang: sibling[0] };
  const local = language === "en" ? undefined : Object.entries(record).find(([code]) => code !== "en");
  if (local !== undefined) return { text: local[1], lang: local[0] };
  const english = record["en"];
  if (english !== undefined) return { text: english, lang: "en" };
  const [firstLanguage, firstText] = Object.entries(record)[0] ?? ["", ""];
  return { text: firstText, lang: firstLanguage };
}

const twoDigits = (value: number): string => String(value).padStart(2, "0");

/**
 * "2024-06-02" (or "2024-06", a month) in the reader's language, read as a calendar date (no
 * time-zone shift). Where the browser has no month names for the language, the ISO form
 * (2024-06-02, 2024-06): digits every reader can read, never another language's month names.
 */
export function formatDate(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  if (year === undefined || month === undefined) return isoDate;
  if (!hasMonthNames(language)) return day === undefined ? `${year}-${twoDigits(month)}` : `${year}-${twoDigits(month)}-${twoDigits(day)}`;
  try {
    if (day === undefined) return monthFormat(language).format(new Date(Date.UTC(year, month - 1, 1)));
    return dateFormat(language).format(new Date(Date.UTC(year, month - 1, day)));
  } catch {
    return isoDate;
  }
}

/** A calendar month ("December 2026") in the reader's language, with the same numeric fallback. */
export function formatYearMonth(year: number, month: number, language: string): string {
  return formatDate(`${year}-${twoDigits(month)}`, language);
}
