import type { Country } from "../schema/country";
import type { Definition } from "../schema/definition";
import { duplicateIds, error, warning, type LintIssue } from "./issue";
import { lintContact } from "./contact";

export type LicenceStatus = Definition["licence"]["status"];

export type CountryLintContext = {
  /** Questionnaires that exist, as id@version. */
  questionnaires: readonly string[];
  /** Languages that have UI locales. */
  languages: readonly string[];
  /** Licence status per id@version; an offered questionnaire missing here counts as "unknown". */
  licences: Readonly<Record<string, LicenceStatus>>;
  /** Today as YYYY-MM-DD, passed in so that the lint stays pure and testable. */
  today: string;
};

/** Licences under which an instrument may only be offered with a recorded permission. */
const NEEDS_PERMISSION: readonly LicenceStatus[] = ["permission-required", "unknown"];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The same calendar day one year earlier, as YYYY-MM-DD. It may be a day that does not exist
 * (29 February); that is fine because it is only compared as a string with real dates.
 */
function oneYearBefore(today: string): string {
  const match = ISO_DATE.exec(today);
  if (match === null) throw new Error(`lintCountry: today must be YYYY-MM-DD, got "${today}"`);
  const [, year, month, day] = match;
  return `${String(Number(year) - 1).padStart(4, "0")}-${month}-${day}`;
}

/** A name must be readable in the country's default language or, failing that, in English. */
function lintLocalizedName(name: Readonly<Record<string, string>>, defaultLanguage: string, path: (string | number)[], what: string): LintIssue[] {
  if (name[defaultLanguage] !== undefined || name["en"] !== undefined) return [];
  const given = Object.keys(name);
  const has = given.length === 0 ? "none" : given.map((language) => `"${language}"`).join(", ");
  return [error(path, `${what} has no name in the country's default language "${defaultLanguage}" nor in "en" (it has ${has}); add one of them`)];
}

/**
 * Dates must not lie in the future; a confirmation should be at most 12 months old, and an entry
 * from a secondary source that the team has not confirmed yet is shown to the person as such
 * (and named here, so a team can fix it).
 */
function lintDates(
  entry: { sourceDate?: string | undefined; checked?: string | undefined; sourceKind: "official" | "secondary" },
  today: string,
  path: (string | number)[],
  what: string,
): LintIssue[] {
  const issues: LintIssue[] = [];
  if (entry.sourceDate !== undefined && entry.sourceDate > today) {
    issues.push(error([...path, "sourceDate"], `${what} has a source dated ${entry.sourceDate}, which is after today (${today}); use the date the source page shows`));
  }
  const checked = entry.checked;
  if (checked === undefined && entry.sourceKind === "secondary") {
    issues.push(
      warning(
        [...path, "checked"],
        `${what} comes from a secondary source and the country team has not confirmed it yet, so the person sees "not yet confirmed"; open an official source (or call), then add "checked" with that day's date`,
      ),
    );
  } else if (checked === undefined) {
    // An official source, not yet confirmed by the team: shown without doubt, nothing to say.
  } else if (checked > today) {
    issues.push(error([...path, "checked"], `${what} says it was checked on ${checked}, which is after today (${today}); use the date the source was actually read`));
  } else if (checked < oneYearBefore(today)) {
    issues.push(warning([...path, "checked"], `${what} was last checked on ${checked}, more than 12 months ago; it should be re-checked against its source and the date updated`));
  }
  if (entry.sourceDate !== undefined && checked !== undefined && checked < entry.sourceDate) {
    issues.push(error([...path, "checked"], `${what} says it was checked on ${checked}, before its source's own date ${entry.sourceDate}`));
  }
  return issues;
}

function lintQuestionnaires(country: Country, context: CountryLintContext): LintIssue[] {
  const issues: LintIssue[] = [];
  const permitted = new Set((country.permissions ?? []).map((permission) => permission.questionnaire));
  country.questionnaires.forEach((ref, index) => {
    const path = ["questionnaires", index];
    if (!context.questionnaires.includes(ref)) {
      const available = context.questionnaires.length === 0 ? "none" : context.questionnaires.join(", ");
      issues.push(error(path, `questionnaire "${ref}" is offered but no such definition exists (available: ${available})`));
      return;
    }
    const licence = context.licences[ref] ?? "unknown";
    if (NEEDS_PERMISSION.includes(licence) && !permitted.has(ref)) {
      issues.push(error(path, `questionnaire "${ref}" has licence status "${licence}", so it may only be offered with a "permissions" entry that records the permission and its source`));
    }
  });
  if (!country.questionnaires.includes(country.defaultCheck)) {
    issues.push(error(["defaultCheck"], `the default check "${country.defaultCheck}" is not one of the questionnaires this country offers (${country.questionnaires.join(", ")})`));
  }
  return issues;
}

/**
 * Every link a person may follow, and every source a reviewer opens, must be https: a plain
 * http link can be read or changed on the way, and tells a network observer what was opened.
 */
function lintHttps(country: Country): LintIssue[] {
  const links: { url: string | undefined; path: (string | number)[] }[] = [
    { url: country.quickExitUrl, path: ["quickExitUrl"] },
    ...country.emergency.map((entry, index) => ({ url: entry.source, path: ["emergency", index, "source"] })),
    ...country.services.flatMap((service, index) => [
      { url: service.url, path: ["services", index, "url"] },
      { url: service.source, path: ["services", index, "source"] },
    ]),
    ...(country.permissions ?? []).map((permission, index) => ({ url: permission.source, path: ["permissions", index, "source"] })),
  ];
  return links
    .filter((link): link is { url: string; path: (string | number)[] } => link.url !== undefined && !link.url.startsWith("https://"))
    .map((link) => error(link.path, `"${link.url}" must be an https:// address (open it in a browser and copy the address once it shows https)`));
}

/**
 * Checks a country file beyond its schema: that what it offers exists, that every service can
 * be named to the person, and that its facts are not stale. Pure: today's date comes in.
 */
export function lintCountry(country: Country, context: CountryLintContext): LintIssue[] {
  const defaultLanguage = country.languages[0] ?? "en";
  const issues: LintIssue[] = [...lintQuestionnaires(country, context), ...lintHttps(country)];

  country.languages.forEach((language, index) => {
    if (!context.languages.includes(language)) {
      issues.push(error(["languages", index], `language "${language}" has no UI locale (locales/${language}/); add the locale or remove the language`));
    }
  });
  issues.push(...lintLocalizedName(country.name, defaultLanguage, ["name"], "the country"));

  // "Call the emergency number at once" is advice the result gives: there must be one to call.
  if (!country.emergency.some((entry) => entry.covers.includes("medical"))) {
    const have = country.emergency.length === 0 ? "none" : country.emergency.map((entry) => `${entry.number} (${entry.covers.join(", ")})`).join(", ");
    issues.push(error(["emergency"], `no emergency number reaches medical help (it has ${have}); add the country's ambulance or single emergency number with "covers": ["medical", …] and its source`));
  }
  country.emergency.forEach((entry, index) => {
    const what = `emergency number ${entry.number}`;
    issues.push(...lintLocalizedName(entry.label, defaultLanguage, ["emergency", index, "label"], what));
    issues.push(...lintDates(entry, context.today, ["emergency", index], what));
  });

  issues.push(...duplicateIds(country.services, ["services"], "service"));
  country.services.forEach((service, index) => {
    const what = `service "${service.id}"`;
    issues.push(...lintLocalizedName(service.name, defaultLanguage, ["services", index, "name"], what));
    issues.push(...lintDates(service, context.today, ["services", index], what));
  });
  issues.push(...lintContact(country));
  return issues;
}
