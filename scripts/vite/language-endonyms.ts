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
import { intlOwnName } from "../../src/app/i18n/endonym";

const PUBLIC_ID = "virtual:language-endonyms";
const RESOLVED_ID = "\0" + PUBLIC_ID;

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
  let root = process.cwd();
  return {
    name: "selfcheck:language-endonyms",
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      // A name depends only on the folder's name, never on a file in it; a language added
      // while the dev server runs is listed after a restart.
      const names = languageEndonyms(root, (language) =>
        this.warn(`locales/${language}/: this Node has no name for "${language}" in its Intl data; the language menu will show the tag "${language}"`),
      );
      return `export default ${JSON.stringify(names)};`;
    },
  };
}
