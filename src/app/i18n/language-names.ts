import ownNames from "virtual:language-endonyms";
import { asListItem, intlOwnName, sameLanguage } from "./endonym";
import { languageNames } from "./intl-cache";

/**
 * A language's name in itself, mid-sentence form ("македонски"), as the build computed it.
 * Browsers do not all carry every language's data (Debian's Chromium has none for Albanian
 * or Macedonian), so the app does not ask the browser for these.
 */
function ownName(language: string): string | null {
  return ownNames[language] ?? intlOwnName(language);
}

/** A language's name in that language for the language menu ("Македонски"), else its tag. */
export function endonym(language: string): string {
  const name = ownName(language);
  return name === null ? language : asListItem(name, language);
}

/**
 * A language's name in the reader's language, e.g. "Albanian" for sq when reading English.
 * Where the browser has no names in the reader's language, the language's own name is used
 * ("shqip"), never the browser's default language.
 */
export function languageName(language: string, inLanguage: string): string {
  if (language !== inLanguage) {
    try {
      const names = languageNames(inLanguage);
      const name = sameLanguage(names.resolvedOptions().locale, inLanguage) ? names.of(language) : undefined;
      if (name !== undefined) return name;
    } catch {
      // An unusable tag: the language's own name follows.
    }
  }
  return ownName(language) ?? language;
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
