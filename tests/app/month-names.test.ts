import { describe, expect, it } from "vitest";
import { formatDate, formatYearMonth } from "../../src/app/i18n/localized";
import { writesMonthNames } from "../../src/app/i18n/month-names";

/**
 * What Debian's Chromium (2026-12) returned for new Intl.DateTimeFormat("bs", { year: "numeric",
 * month: "long" }): the locale is kept but its data is missing, so CLDR's root pattern shows
 * ("2017 M10" on /ba/). Node carries full ICU and cannot reproduce it, hence this recorded shape.
 */
const chromiumBosnian = {
  resolvedOptions: () => ({ locale: "bs" }) as Intl.ResolvedDateTimeFormatOptions,
  formatToParts: (): Intl.DateTimeFormatPart[] => [
    { type: "year", value: "2024" },
    { type: "literal", value: " " },
    { type: "month", value: "M06" },
  ],
};

// "tlh" (Klingon) has no CLDR data at all: every Intl falls back to another locale, as Chromium
// does for "mk" and "sq" ("June 2, 2024" on /mk/mk/).
const UNKNOWN = "tlh";

describe("month names the browser may not have", () => {
  it("are recognised where Intl writes them in the language asked for", () => {
    for (const language of ["fr", "mk", "ar", "ja", "sr-Cyrl"]) {
      expect(writesMonthNames(new Intl.DateTimeFormat(language, { year: "numeric", month: "long" }), language), language).toBe(true);
    }
  });

  it("are missing where Intl resolves to another language, or keeps the language with root data only", () => {
    expect(writesMonthNames(new Intl.DateTimeFormat(UNKNOWN, { year: "numeric", month: "long" }), UNKNOWN)).toBe(false);
    expect(writesMonthNames(chromiumBosnian, "bs")).toBe(false);
  });

  it("turn into ISO digits, never into English month names", () => {
    expect(formatDate("2024-06-02", UNKNOWN)).toBe("2024-06-02");
    expect(formatDate("2017-10", UNKNOWN)).toBe("2017-10");
    expect(formatYearMonth(2026, 3, UNKNOWN)).toBe("2026-03");
  });

  it("are used where the browser has them", () => {
    expect(formatDate("2024-06-02", "fr")).toBe("2 juin 2024");
    expect(formatDate("2022-08", "fr")).toBe("août 2022");
    expect(formatYearMonth(2026, 12, "en")).toBe("December 2026");
  });
});
