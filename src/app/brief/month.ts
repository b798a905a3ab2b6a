import type { CheckMonth } from "../../engine";
import { monthFormat } from "../i18n/intl-cache";

/** The person's own calendar month at a moment. */
export const monthOf = (at: Date): CheckMonth => ({ year: at.getFullYear(), month: at.getMonth() + 1 });

/** "December 2026" in the UI language. */
export function formatMonth(month: CheckMonth, language: string): string {
  return monthFormat(language).format(new Date(Date.UTC(month.year, month.month - 1, 15)));
}
