import { requiredTextKeys } from "../lint/questionnaire-locale";
import type { Definition } from "../schema/definition";
import type { QuestionnaireLocale } from "../schema/questionnaire-locale";
import { TRANSLATION_TEXT, type TranslationRow } from "./document";

function lookup(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), value);
}

/** One row per language: its provenance status and the texts this version still lacks in it. */
export function describeTranslations(definition: Definition, locales: readonly QuestionnaireLocale[]): TranslationRow[] {
  const keys = requiredTextKeys(definition);
  return locales.map((locale) => ({
    language: locale.language,
    status: locale.provenance.status,
    statusText: TRANSLATION_TEXT[locale.provenance.status],
    source: locale.provenance.source,
    citation: locale.provenance.citation?.text,
    notes: locale.provenance.notes,
    missing: keys.filter((key) => lookup(locale, key) === undefined).map((key) => key.join(".")),
  }));
}
