import type { CheckMonth } from "../../engine/result-code";

/** The person's own calendar month at a moment. */
export const monthOf = (at: Date): CheckMonth => ({ year: at.getFullYear(), month: at.getMonth() + 1 });

/** "December 2026" in the UI language. */
export function formatMonth(month: CheckMonth, language: string): string {
  return new Intl.DateTimeFormat(language, { year: "numeric", month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(month.year, month.month - 1, 15)));
}
