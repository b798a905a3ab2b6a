import { monthFormat } from "./intl-cache";

type MonthFormatter = Pick<Intl.DateTimeFormat, "resolvedOptions" | "formatToParts">;

/**
 * Whether a formatter writes months the way the language it was asked for does (its month names,
 * or its own numeric months as in Japanese). A browser's Intl
 * may lack a language in two ways (seen in Debian's Chromium 2026-12): it resolves to another
 * locale ("mk", "sq" → "en-US": "June 2, 2024" on a Macedonian page), or it keeps the locale but
 * has no data for it and falls back to CLDR's root patterns ("bs": month part "M06", "2017 M10").
 */
export function writesMonthNames(formatter: MonthFormatter, language: string): boolean {
  try {
    if (new Intl.Locale(formatter.resolvedOptions().locale).language !== new Intl.Locale(language).language) return false;
  } catch {
    return false;
  }
  const month = formatter.formatToParts(new Date(Date.UTC(2024, 5, 15))).find((part) => part.type === "month")?.value ?? "";
  // Root's "M06" marks missing data; plain digits are the language's own months (ja "2024年6月").
  return month !== "" && !/^\s*M\d+\s*$/u.test(month);
}

const known = new Map<string, boolean>();

/** writesMonthNames for this browser's own Intl, once per language for the page's lifetime. */
export function hasMonthNames(language: string): boolean {
  let answer = known.get(language);
  if (answer === undefined) {
    try {
      answer = writesMonthNames(monthFormat(language), language);
    } catch {
      answer = false;
    }
    known.set(language, answer);
  }
  return answer;
}
