import type { CheckMonth } from "../../engine";
import { formatYearMonth } from "../i18n/localized";

/** The person's own calendar month at a moment. */
export const monthOf = (at: Date): CheckMonth => ({ year: at.getFullYear(), month: at.getMonth() + 1 });

/** "December 2026" in the UI language (digits where the browser has no month names for it). */
export function formatMonth(month: CheckMonth, language: string): string {
  return formatYearMonth(month.year, month.month, language);
}
