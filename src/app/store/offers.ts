import type { Country, TranslationStatus } from "../../engine";
import { COUNTRY_NOT_LISTED, textKey, type AppData } from "./state";

export function currentCountry(data: Pick<AppData, "countries" | "countryCode">): Country | null {
  return data.countries.find((country) => country.code === data.countryCode) ?? null;
}

const idOf = (key: string): string => key.split("@")[0] ?? key;

function compareVersions(a: string, b: string): number {
  const pa = (a.split("@")[1] ?? "").split(".").map(Number);
  const pb = (b.split("@")[1] ?? "").split(".").map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** The newest version of each questionnaire, for a person whose country is not listed. */
export function latestKeys(keys: readonly string[]): string[] {
  const latest = new Map<string, string>();
  for (const key of keys) {
    const seen = latest.get(idOf(key));
    if (seen === undefined || compareVersions(key, seen) > 0) latest.set(idOf(key), key);
  }
  return [...latest.values()];
}

/**
 * Questionnaires the chosen country offers. With no country chosen: the newest version of each
 * check that some country offers, because a country may offer a check whose licence is
 * unconfirmed only with a recorded permission (the validator enforces it); a check no country
 * offers (the CAST today) is offered on no path. (Production builds hold no demo country.)
 */
export function offeredKeys(data: Pick<AppData, "countries" | "countryCode">, available: readonly string[]): string[] {
  const country = currentCountry(data);
  if (country === null) {
    const offeredSomewhere = new Set(data.countries.flatMap((each) => each.questionnaires.map(idOf)));
    return latestKeys(available).filter((key) => offeredSomewhere.has(idOf(key)));
  }
  return country.questionnaires.filter((key) => available.includes(key));
}

/** Languages the person can choose: the country's, where UI text exists; otherwise every UI language. */
export function offeredLanguages(data: Pick<AppData, "countries" | "countryCode">, uiLanguages: readonly string[]): string[] {
  const country = currentCountry(data);
  const fromCountry = country?.languages.filter((language) => uiLanguages.includes(language)) ?? [];
  return fromCountry.length > 0 ? fromCountry : [...uiLanguages];
}

/** Draft instrument translations are offered only where a country has decided to offer them. */
export function draftsAllowed(data: Pick<AppData, "countries" | "countryCode">): boolean {
  return data.countryCode !== COUNTRY_NOT_LISTED && (currentCountry(data)?.offerDraftTranslations ?? false);
}

export type Availability = "available" | "missing" | "draft-not-offered" | "error";
export type Offer = { key: string; id: string; availability: Availability; status: TranslationStatus | null; title: string | null };

/**
 * Whether each offered questionnaire can be taken in a language, from the translation status
 * known at build time (the texts themselves load only for the chosen check). Never falls back
 * to another language.
 */
export function offersIn(data: AppData & { textStatus: Readonly<Record<string, TranslationStatus>> }, available: readonly string[], language: string): Offer[] {
  const allowDrafts = draftsAllowed(data);
  return offeredKeys(data, available).map((key) => {
    const id = idOf(key);
    const loaded = data.texts[textKey(language, id)];
    if (loaded?.state === "error") return { key, id, availability: "error", status: null, title: null };
    const status = data.textStatus[textKey(language, id)] ?? null;
    if (status === null || loaded?.state === "missing") return { key, id, availability: "missing", status: null, title: null };
    const availability = status === "draft" && !allowDrafts ? "draft-not-offered" : "available";
    return { key, id, availability, status, title: loaded?.state === "ready" ? loaded.text.title : null };
  });
}

export { idOf as questionnaireIdOf };
