/**
 * `virtual:language-endonyms`: every UI language's name in itself, as CLDR gives it mid-sentence
 * ("sr-Cyrl" -> "српски (ћирилица)"), computed once at build time with Node's full Intl data.
 * The language menu lists all of them on the first screen. Asking the browser instead meant
 * loading every language's Intl data on a throttled phone's start (npm run bench), and
 * browsers without a language's data answered in English ("Albanian" for Shqip).
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { virtualModule } from "./virtual-module";
import { intlOwnName } from "../../src/app/i18n/endonym";

/**
 * One name per folder of locales/ (the folders the app offers as UI languages). A language
 * Node has no data for is left out and reported, and the app then shows its tag.
 */
export function languageEndonyms(root: string, onMissing: (language: string) => void = () => undefined): Record<string, string> {
  const locales = join(root, "locales");
  const folders = existsSync(locales) ? readdirSync(locales, { withFileTypes: true }).filter((entry) => entry.isDirectory()) : [];
  const names: Record<string, string> = {};
  for (const language of folders.map((entry) => entry.name).sort()) {
    const name = intlOwnName(language);
    if (name === null) onMissing(language);
    else names[language] = name;
  }
  return names;
}

export function languageEndonymsPlugin(): Plugin {
  // A name depends only on the folder's name, never on a file in it; a language added while
  // the dev server runs is listed after a restart.
  return virtualModule("selfcheck:language-endonyms", "virtual:language-endonyms", ({ root, warn }) =>
    languageEndonyms(root, (language) => warn(`locales/${language}/: this Node has no name for "${language}" in its Intl data; the language menu will show the tag "${language}"`)),
  );
}
