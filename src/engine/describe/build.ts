import { questionnaireKey } from "../keys";
import type { Definition } from "../schema/definition";
import type { QuestionnaireLocale } from "../schema/questionnaire-locale";
import type { Vectors } from "../schema/vectors";
import { describeBands } from "./bands";
import { LICENCE_TEXT, STATUS_TEXT, type RulesDocument } from "./document";
import { describeExamples } from "./examples";
import { describeItems, describeScores } from "./items";
import { describeText } from "./labels";
import { describeAdjustments, describeFlags } from "./rules";
import { describeTranslations } from "./translations";

export type RulesDocumentOptions = {
  /** The instrument text per language; the first (English) names items, options and bands. */
  locales: readonly QuestionnaireLocale[];
  /** The worked examples; each case is run through score() while the document is built. */
  vectors?: Vectors | undefined;
};

const PROFILE_TEXT: Record<string, string> = {
  sex: "sex (female, male, other, or not given), because the cut-offs differ by sex",
};

/**
 * Every rule of one definition version in words, with its numbers, for clinicians to read and
 * sign off. Pure: the same definition, locales and vectors give the same document.
 */
export function buildRulesDocument(definition: Definition, options: RulesDocumentOptions): RulesDocument {
  const locale = options.locales[0];
  const text = describeText(definition, locale);
  const { citations, licence } = definition;
  return {
    key: questionnaireKey(definition),
    id: definition.id,
    version: definition.version,
    status: definition.status,
    statusText: STATUS_TEXT[definition.status],
    schemaVersion: definition.schemaVersion,
    title: locale?.title ?? definition.instrument.name,
    instrument: definition.instrument,
    citations: citations.map((citation) => ({ ...citation })),
    licence: { status: licence.status, statusText: LICENCE_TEXT[licence.status], terms: licence.terms, source: licence.source },
    clinicianNotes: [...definition.clinicianNotes],
    profile: definition.profile.map((field) => ({ field, text: PROFILE_TEXT[field] ?? field })),
    items: describeItems(definition, locale, text),
    scores: describeScores(definition, text),
    bands: describeBands(definition, locale),
    adjustments: describeAdjustments(definition, text),
    flags: describeFlags(definition, locale, text),
    translations: describeTranslations(definition, options.locales),
    examples: describeExamples(definition, options.vectors, text),
  };
}
