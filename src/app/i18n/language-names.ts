import { languageNames } from "./intl-cache";

/** A language's name in that language ("македонски" -> "Македонски"), from the browser's own data. */
export function endonym(language: string): string {
  try {
    const name = languageNames(language).of(language) ?? language;
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    return language;
  }
}

/** A language's name in the reader's language, e.g. "Albanian" for sq when reading English. */
export function languageName(language: string, inLanguage: string): string {
  try {
    return languageNames(inLanguage).of(language) ?? language;
  } catch {
    return language;
  }
}

/** The first part of a BCP 47 tag that we have UI for, e.g. "mk-MK" -> "mk". */
export function matchLanguage(requested: readonly string[], available: readonly string[]): string | null {
  for (const tag of requested) {
    const lower = tag.toLowerCase();
    const exact = available.find((language) => language.toLowerCase() === lower);
    if (exact !== undefined) return exact;
    const base = available.find((language) => language.toLowerCase() === lower.split("-")[0]);
    if (base !== undefined) return base;
  }
  return null;
}
