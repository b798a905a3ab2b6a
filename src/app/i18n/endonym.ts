/**
 * A language's name in that language as the Unicode CLDR data gives it, mid-sentence form
 * ("македонски", "English"), or null when this Intl implementation has no data for the
 * language (it would answer in its default language instead, e.g. "Macedonian"). Used at
 * build time (scripts/vite/language-endonyms.ts) and as the app's fallback for a language
 * the build did not know.
 */
export function intlOwnName(language: string): string | null {
  try {
    const names = new Intl.DisplayNames([language], { type: "language" });
    if (!sameLanguage(names.resolvedOptions().locale, language)) return null;
    return names.of(language) ?? null;
  } catch {
    return null;
  }
}

/** "sr-Latn" and "sr-Latn-RS" are the same language; "en-US" is not "sq". */
export function sameLanguage(resolved: string, requested: string): boolean {
  return resolved.split("-")[0]?.toLowerCase() === requested.split("-")[0]?.toLowerCase();
}

/** The form for the start of a list item or a menu entry: "македонски" -> "Македонски". */
export function asListItem(name: string, language: string): string {
  try {
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
}
