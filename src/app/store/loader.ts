/**
 * The store's loader: everything the app loads (countries, UI text, definitions, instrument
 * texts), each load once (memoLoads), and every failure turned into a content problem naming
 * the file. It returns values or problems and never touches the state: the store's actions
 * await it and set what it returns, once.
 */
import type { i18n } from "i18next";
import { formatPath, missingTextKeys, questionnaireKey, type Country, type Definition } from "../../engine";
import type { ContentSource, UiBundles } from "../content/source";
import { asContentProblem, type ContentProblem } from "../content/problem";
import { instrumentTextPathOf } from "../content/files";
import { switchLanguage } from "../i18n/create-i18n";
import { memoLoads } from "./loads";
import { textKey, type InstrumentTextState } from "./state";

/** A loaded value, or why it could not be used. */
export type Loaded<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

const failed = (error: unknown, file: string): { ok: false; problems: ContentProblem[] } => ({ ok: false, problems: [asContentProblem(error, file)] });

/** A file's path as problems name it ("locales/en/questionnaires/dudit.json"). */
const textFileOf = (language: string, id: string): string => instrumentTextPathOf(language, id).slice(1);

export type Loader = ReturnType<typeof createLoader>;

export function createLoader(content: ContentSource, i18n: i18n) {
  const definitions = memoLoads((key) => content.loadDefinition(key));
  const loadText = memoLoads((key) => {
    const [language = "", id = ""] = key.split(":");
    return content.loadInstrumentText(language, id, null);
  });

  /** The instrument text of a check in a language: ready, missing (no such file) or an error. */
  const text = async (language: string, id: string): Promise<InstrumentTextState> => {
    if (content.instrumentTextStatus(language, id) === null) return { state: "missing" };
    try {
      return { state: "ready", text: await loadText(textKey(language, id)) };
    } catch (error) {
      return { state: "error", problem: asContentProblem(error, textFileOf(language, id)) };
    }
  };

  return {
    text,

    /** Instrument texts of several checks in a language, by textKey. */
    async textsOf(language: string, ids: readonly string[]): Promise<Record<string, InstrumentTextState>> {
      const loaded = await Promise.all(ids.map(async (id) => [textKey(language, id), await text(language, id)] as const));
      return Object.fromEntries(loaded);
    },

    /** Starts loading a check chosen, so that Start finds it loaded; its errors surface when Start asks again. */
    prefetch(key: string): void {
      definitions(key).catch(() => undefined);
    },

    /**
     * A check's definition and its text in a language, with every string the definition needs
     * (checked here, at Start, so a text loaded on choice is not loaded again).
     */
    async check(key: string, language: string): Promise<Loaded<{ definition: Definition; text: InstrumentTextState }>> {
      let definition: Definition;
      try {
        definition = await definitions(key);
      } catch (error) {
        return failed(error, key);
      }
      const loaded = await text(language, definition.id);
      if (loaded.state === "error") return { ok: false, problems: [loaded.problem] };
      if (loaded.state === "ready") {
        const missing = missingTextKeys(definition, loaded.text);
        const issues = missing.map((path) => ({ path: formatPath(path), message: `missing text that ${questionnaireKey(definition)} needs` }));
        if (issues.length > 0) return { ok: false, problems: [{ file: textFileOf(language, definition.id), issues }] };
      }
      return { ok: true, value: { definition, text: loaded } };
    },

    async country(code: string): Promise<Loaded<Country>> {
      try {
        return { ok: true, value: await content.loadCountry(code) };
      } catch (error) {
        return failed(error, `countries/${code.toLowerCase()}.json`);
      }
    },

    /** Every country, for the chooser (demo countries left out where asked). */
    async countries(hideDemoCountries: boolean): Promise<Loaded<Country[]>> {
      try {
        const all = await (content.loadAllCountries?.() ?? Promise.all(content.countryCodes.map((code) => content.loadCountry(code))));
        return { ok: true, value: all.filter((country) => !(hideDemoCountries && country.demo === true)) };
      } catch (error) {
        return failed(error, "content");
      }
    },

    /** A language's UI text, not yet shown. */
    async ui(language: string): Promise<Loaded<UiBundles>> {
      try {
        return { ok: true, value: await content.loadUi(language) };
      } catch (error) {
        return failed(error, `locales/${language}`);
      }
    },

    /** Shows a language's UI text (i18next); call with bundles from ui(). */
    async showUi(language: string, bundles: UiBundles): Promise<Loaded<void>> {
      try {
        return { ok: true, value: await switchLanguage(i18n, language, bundles) };
      } catch (error) {
        return failed(error, `locales/${language}`);
      }
    },
  };
}
