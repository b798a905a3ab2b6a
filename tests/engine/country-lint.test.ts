import { describe, expect, it } from "vitest";
import { lintCountry, type CountryLintContext } from "../../src/engine/lint/country";
import { Country, type Service } from "../../src/engine/schema/country";

const context: CountryLintContext = {
  questionnaires: ["dudit@1.0.0", "audit@1.0.0", "restricted@1.0.0", "unclear@2.0.0"],
  languages: ["en", "mk", "ar"],
  licences: { "dudit@1.0.0": "free", "audit@1.0.0": "non-commercial", "restricted@1.0.0": "permission-required", "unclear@2.0.0": "unknown" },
  today: "2026-11-23",
};

const service = (overrides: Partial<Service> = {}): Service => ({
  id: "drop-in",
  name: { mk: "Дроп-ин", en: "Drop-in" },
  kind: "harm-reduction",
  url: "https://example.org/",
  source: "https://example.org/about",
  sourceKind: "secondary",
  checked: "2026-06-01",
  ...overrides,
});

/** A valid country to change one thing in; parsed so that fixtures stay schema-valid. */
const country = (overrides: Partial<Country> = {}): Country =>
  Country.parse({
    code: "MK",
    name: { mk: "Северна Македонија", en: "North Macedonia" },
    languages: ["mk", "en"],
    offerDraftTranslations: true,
    questionnaires: ["dudit@1.0.0", "audit@1.0.0"],
    // The first offered check, unless a test says otherwise.
    defaultCheck: (overrides.questionnaires ?? ["dudit@1.0.0"])[0],
    emergency: [{ number: "112", label: { en: "Emergency" }, covers: ["medical", "police", "fire"], source: "https://example.org/112", sourceKind: "secondary", checked: "2026-01-10" }],
    quickExitUrl: "https://www.wikipedia.org/",
    services: [service()],
    ...overrides,
  });

describe("lintCountry", () => {
  it("finds nothing wrong in a sound country", () => {
    expect(lintCountry(country(), context)).toEqual([]);
  });

  it("refuses a default check the country does not offer", () => {
    expect(lintCountry(country({ defaultCheck: "cast@1.0.0" }), context)).toEqual([
      {
        severity: "error",
        path: ["defaultCheck"],
        message: 'the default check "cast@1.0.0" is not one of the questionnaires this country offers (dudit@1.0.0, audit@1.0.0)',
      },
    ]);
  });

  it("refuses a questionnaire that does not exist", () => {
    expect(lintCountry(country({ questionnaires: ["dudit@1.0.0", "dudit@9.0.0"] }), context)).toEqual([
      {
        severity: "error",
        path: ["questionnaires", 1],
        message: 'questionnaire "dudit@9.0.0" is offered but no such definition exists (available: dudit@1.0.0, audit@1.0.0, restricted@1.0.0, unclear@2.0.0)',
      },
    ]);
  });

  it("refuses a language without a UI locale", () => {
    expect(lintCountry(country({ languages: ["mk", "sq", "en"] }), context)).toEqual([
      { severity: "error", path: ["languages", 1], message: 'language "sq" has no UI locale (locales/sq/); add the locale or remove the language' },
    ]);
  });

  it("refuses duplicate service ids", () => {
    const services = [service(), service({ id: "hospital" }), service()];
    expect(lintCountry(country({ services }), context)).toEqual([{ severity: "error", path: ["services", 2, "id"], message: 'duplicate service id "drop-in"' }]);
  });

  it("refuses a service named neither in the default language nor in English", () => {
    const services = [service(), service({ id: "hospital", name: { sq: "Spitali", fr: "Hôpital" } })];
    expect(lintCountry(country({ services }), context)).toEqual([
      {
        severity: "error",
        path: ["services", 1, "name"],
        message: 'service "hospital" has no name in the country\'s default language "mk" nor in "en" (it has "sq", "fr"); add one of them',
      },
    ]);
  });

  it("accepts a service named only in English, or only in the default language", () => {
    const services = [service({ id: "a", name: { en: "Drop-in" } }), service({ id: "b", name: { mk: "Дроп-ин" } })];
    expect(lintCountry(country({ services }), context)).toEqual([]);
  });

  it("refuses an emergency number labelled neither in the default language nor in English", () => {
    const emergency = [{ number: "112", label: { ar: "طوارئ" }, covers: ["medical" as const], source: "https://example.org/112", sourceKind: "secondary" as const, checked: "2026-01-10" }];
    expect(lintCountry(country({ emergency }), context)).toEqual([
      {
        severity: "error",
        path: ["emergency", 0, "label"],
        message: 'emergency number 112 has no name in the country\'s default language "mk" nor in "en" (it has "ar"); add one of them',
      },
    ]);
  });

  it("warns when a service was checked more than 12 months ago, and says the date", () => {
    // Today 2026-11-23: 2025-11-23 is exactly 12 months ago (still fine), 2025-11-22 is one day more.
    const services = [service({ id: "a", checked: "2025-11-23" }), service({ id: "b", checked: "2025-11-22" })];
    expect(lintCountry(country({ services }), context)).toEqual([
      {
        severity: "warning",
        path: ["services", 1, "checked"],
        message: 'service "b" was last checked on 2025-11-22, more than 12 months ago; it should be re-checked against its source and the date updated',
      },
    ]);
  });

  it("warns about a stale emergency number too", () => {
    const emergency = [{ number: "112", label: { en: "Emergency" }, covers: ["medical" as const], source: "https://example.org/112", sourceKind: "secondary" as const, checked: "2024-06-02" }];
    expect(lintCountry(country({ emergency }), context)).toEqual([
      {
        severity: "warning",
        path: ["emergency", 0, "checked"],
        message: "emergency number 112 was last checked on 2024-06-02, more than 12 months ago; it should be re-checked against its source and the date updated",
      },
    ]);
  });

  it("refuses a checked date in the future", () => {
    // Today itself is fine; tomorrow is not.
    const services = [service({ id: "a", checked: "2026-11-23" }), service({ id: "b", checked: "2026-11-24" })];
    expect(lintCountry(country({ services }), context)).toEqual([
      {
        severity: "error",
        path: ["services", 1, "checked"],
        message: 'service "b" says it was checked on 2026-11-24, which is after today (2026-11-23); use the date the source was actually read',
      },
    ]);
  });

  it("names a secondary-source entry the team has not confirmed yet, with or without a source date (a source's own date is not a check)", () => {
    const emergency = [{ number: "194", label: { en: "Ambulance" }, covers: ["medical" as const], source: "https://example.org/194", sourceKind: "secondary" as const }];
    const services = [service({ id: "a", checked: undefined, sourceDate: "2024-06" })];
    expect(lintCountry(country({ emergency, services }), context)).toEqual([
      {
        severity: "warning",
        path: ["emergency", 0, "checked"],
        message:
          'emergency number 194 comes from a secondary source and the country team has not confirmed it yet, so the person sees "not yet confirmed"; open an official source (or call), then add "checked" with that day\'s date',
      },
      {
        severity: "warning",
        path: ["services", 0, "checked"],
        message:
          'service "a" comes from a secondary source and the country team has not confirmed it yet, so the person sees "not yet confirmed"; open an official source (or call), then add "checked" with that day\'s date',
      },
    ]);
  });

  it("says nothing about an official-source entry the team has not confirmed yet (it is shown without doubt)", () => {
    const services = [service({ id: "a", checked: undefined, sourceKind: "official" })];
    expect(lintCountry(country({ services }), context)).toEqual([]);
  });

  it("refuses a country whose emergency numbers reach no medical help", () => {
    const emergency = [{ number: "192", label: { en: "Police" }, covers: ["police" as const], source: "https://example.org/192", sourceKind: "official" as const }];
    expect(lintCountry(country({ emergency }), context)).toEqual([
      {
        severity: "error",
        path: ["emergency"],
        message: 'no emergency number reaches medical help (it has 192 (police)); add the country\'s ambulance or single emergency number with "covers": ["medical", …] and its source',
      },
    ]);
    expect(lintCountry(country({ emergency: [] }), context)[0]?.message).toMatch(/^no emergency number reaches medical help \(it has none\)/);
  });

  it("refuses a source date in the future, and a check dated before its source", () => {
    const services = [service({ id: "a", sourceDate: "2026-12-01", checked: "2026-11-23" }), service({ id: "b", sourceDate: "2026-07-01", checked: "2026-06-30" })];
    expect(lintCountry(country({ services }), context)).toEqual([
      {
        severity: "error",
        path: ["services", 0, "sourceDate"],
        message: 'service "a" has a source dated 2026-12-01, which is after today (2026-11-23); use the date the source page shows',
      },
      {
        severity: "error",
        path: ["services", 0, "checked"],
        message: 'service "a" says it was checked on 2026-11-23, before its source\'s own date 2026-12-01',
      },
      {
        severity: "error",
        path: ["services", 1, "checked"],
        message: 'service "b" says it was checked on 2026-06-30, before its source\'s own date 2026-07-01',
      },
    ]);
  });

  it("accepts a source date with only a month (as some pages give), and refuses other shapes", () => {
    expect(Country.safeParse({ ...country(), services: [service({ sourceDate: "2022-08" })] }).success).toBe(true);
    expect(Country.safeParse({ ...country(), services: [service({ sourceDate: "2022-13" })] }).success).toBe(false);
    expect(Country.safeParse({ ...country(), services: [service({ sourceDate: "August 2022" })] }).success).toBe(false);
  });

  it("refuses an instrument needing permission, or with an unknown licence, offered without a permissions record", () => {
    expect(lintCountry(country({ questionnaires: ["restricted@1.0.0", "unclear@2.0.0"] }), context)).toEqual([
      {
        severity: "error",
        path: ["questionnaires", 0],
        message: 'questionnaire "restricted@1.0.0" has licence status "permission-required", so it may only be offered with a "permissions" entry that records the permission and its source',
      },
      {
        severity: "error",
        path: ["questionnaires", 1],
        message: 'questionnaire "unclear@2.0.0" has licence status "unknown", so it may only be offered with a "permissions" entry that records the permission and its source',
      },
    ]);
  });

  it("accepts such an instrument once a permissions record names it", () => {
    const permissions = [{ questionnaire: "restricted@1.0.0", note: "Granted by the authors for non-commercial use", source: "https://example.org/permission" }];
    expect(lintCountry(country({ questionnaires: ["restricted@1.0.0"], permissions }), context)).toEqual([]);
  });

  it("counts an existing questionnaire missing from the licence list as unknown", () => {
    const withoutLicence = { ...context, licences: { "dudit@1.0.0": "free" as const } };
    expect(lintCountry(country({ questionnaires: ["audit@1.0.0"] }), withoutLicence)).toEqual([
      {
        severity: "error",
        path: ["questionnaires", 0],
        message: 'questionnaire "audit@1.0.0" has licence status "unknown", so it may only be offered with a "permissions" entry that records the permission and its source',
      },
    ]);
  });

  it("rejects a today that is not a date instead of guessing", () => {
    expect(() => lintCountry(country(), { ...context, today: "23/11/2026" })).toThrow(/today must be YYYY-MM-DD/);
  });
});
