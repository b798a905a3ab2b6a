import translationStatus from "virtual:translation-status";
import type { Country, Definition, QuestionnaireLocale, TranslationStatus } from "../../engine";
import { countryFiles, countryPathOf, loadAllCountryFiles, definitionFiles, definitionKeyOf, definitionPathOf, instrumentTextFiles, instrumentTextPathOf, uiFiles, uiPathOf } from "./files";
import { parseCountry, parseDefinition, parseInstrumentText } from "./parse";
import { ContentError } from "./problem";

export const NAMESPACES = ["common", "wizard", "results"] as const;
export type Namespace = (typeof NAMESPACES)[number];
export type UiBundles = Record<Namespace, Record<string, unknown>>;

/**
 * Where the app gets its data. The default reads the repository's JSON files through Vite;
 * tests pass their own (e.g. a fixture country) without touching the files.
 */
export type ContentSource = {
  /** Languages with all UI namespaces. */
  uiLanguages: readonly string[];
  loadUi(language: string): Promise<UiBundles>;
  /** ISO codes in capitals, from the file names. */
  countryCodes: readonly string[];
  loadCountry(code: string): Promise<Country>;
  /** Every country at once, for the chooser (one request instead of one per country); optional for tests. */
  loadAllCountries?(): Promise<Country[]>;
  /** "id@version" of every definition file. */
  questionnaireKeys: readonly string[];
  loadDefinition(key: string): Promise<Definition>;
  /** The translation status of an instrument text, known without loading it; null when there is no such text. */
  instrumentTextStatus(language: string, questionnaireId: string): TranslationStatus | null;
  /** Pass the definition to also check that no string it needs is missing. */
  loadInstrumentText(language: string, questionnaireId: string, definition: Definition | null): Promise<QuestionnaireLocale>;
};

function missing(file: string): ContentError {
  return new ContentError({ file, issues: [{ path: "$", message: "the file does not exist" }] });
}

function languagesWithAllNamespaces(): string[] {
  const languages = new Set(Object.keys(uiFiles).map((path) => path.split("/")[2] ?? ""));
  return [...languages].filter((language) => NAMESPACES.every((ns) => uiPathOf(language, ns) in uiFiles)).sort();
}

export const fileContent: ContentSource = {
  uiLanguages: languagesWithAllNamespaces(),
  async loadUi(language) {
    const entries = await Promise.all(
      NAMESPACES.map(async (ns) => {
        const load = uiFiles[uiPathOf(language, ns)];
        if (load === undefined) throw missing(uiPathOf(language, ns));
        return [ns, (await load()) as Record<string, unknown>] as const;
      }),
    );
    return Object.fromEntries(entries) as UiBundles;
  },
  countryCodes: Object.keys(countryFiles)
    .map((path) => /\/([a-z]{2})\.json$/.exec(path)?.[1]?.toUpperCase() ?? "")
    .filter((code) => code !== "")
    .sort(),
  async loadCountry(code) {
    const file = countryPathOf(code);
    const load = countryFiles[file];
    if (load === undefined) throw missing(file);
    return parseCountry(await load(), file, code);
  },
  async loadAllCountries() {
    const all = await loadAllCountryFiles();
    return this.countryCodes.map((code) => {
      const file = countryPathOf(code);
      if (!(file in all)) throw missing(file);
      return parseCountry(all[file], file, code);
    });
  },
  questionnaireKeys: Object.keys(definitionFiles)
    .map(definitionKeyOf)
    .filter((key): key is string => key !== null)
    .sort(),
  async loadDefinition(key) {
    const file = definitionPathOf(key);
    const load = definitionFiles[file];
    if (load === undefined) throw missing(file);
    return parseDefinition(await load(), file, key);
  },
  instrumentTextStatus: (language, questionnaireId) => {
    if (!(instrumentTextPathOf(language, questionnaireId) in instrumentTextFiles)) return null;
    return (translationStatus[`${language}:${questionnaireId}`] as TranslationStatus | undefined) ?? null;
  },
  async loadInstrumentText(language, questionnaireId, definition) {
    const file = instrumentTextPathOf(language, questionnaireId);
    const load = instrumentTextFiles[file];
    if (load === undefined) throw missing(file);
    return parseInstrumentText(await load(), file, language, definition);
  },
};
