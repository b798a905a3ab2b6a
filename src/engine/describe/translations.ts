import { missingTextKeys } from "../locale-text";
import type { Definition } from "../schema/definition";
import type { QuestionnaireLocale } from "../schema/questionnaire-locale";
import { TRANSLATION_TEXT, type TranslationRow } from "./document";

/** One row per language: its provenance status and the texts this version still lacks in it. */
export function describeTranslations(definition: Definition, locales: readonly QuestionnaireLocale[]): TranslationRow[] {
  return locales.map((locale) => ({
    language: locale.language,
    status: locale.provenance.status,
    statusText: TRANSLATION_TEXT[locale.provenance.status],
    source: locale.provenance.source,
    citation: locale.provenance.citation?.text,
    notes: locale.provenance.notes,
    missing: missingTextKeys(definition, locale).map((key) => key.join(".")),
  }));
}
