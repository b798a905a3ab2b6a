/**
 * The demo country of the end-to-end build (`vite build --mode e2e`, see src/app/content/files.ts):
 * it offers every questionnaire in every UI language, drafts included, so that
 * tests/e2e/languages.e2e.ts can reach each language × instrument pair. It is made from the file
 * lists, so a new language or questionnaire is covered without editing it. No real country may
 * offer CAST (licence unknown), which is why this exists. Production builds never contain it.
 */
import type { Country } from "../../engine";

export const DEMO_COUNTRY_CODE = "XD";
/** The name the smoke suite looks for, and that must never appear in a production build. */
export const DEMO_COUNTRY_NAME = "Demo country (end-to-end tests only)";

/** "/locales/mk/common.json" → "mk"; "/questionnaires/dudit/1.0.0.json" → "dudit@1.0.0". */
export function demoCountry(uiFilePaths: readonly string[], definitionFilePaths: readonly string[]): Country {
  const languages = [...new Set(uiFilePaths.map((file) => /^\/locales\/([^/]+)\/common\.json$/.exec(file)?.[1]).filter((language): language is string => language !== undefined))];
  const questionnaires = definitionFilePaths
    .map((file) => /^\/questionnaires\/([a-z][a-z0-9-]*)\/(\d+\.\d+\.\d+)\.json$/.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => `${match[1] ?? ""}@${match[2] ?? ""}`)
    .sort();
  return {
    code: DEMO_COUNTRY_CODE,
    name: { en: DEMO_COUNTRY_NAME },
    demo: true,
    languages: ["en", ...languages.filter((language) => language !== "en").sort()],
    offerDraftTranslations: true,
    questionnaires,
    defaultCheck: questionnaires.find((key) => key.startsWith("dudit@")) ?? questionnaires[0] ?? "",
    emergency: [],
    quickExitUrl: "https://www.wikipedia.org/",
    services: [],
  };
}
