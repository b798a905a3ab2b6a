import { describeCondition } from "../describe/condition";
import { describeText } from "../describe/labels";
import type { Definition, Item, Sex } from "../schema/definition";
import { SEX_VALUES } from "../profile-values";
import type { QuestionnaireLocale } from "../schema/questionnaire-locale";
import { DESIGN_NOTE, LOINC, LOINC_PANEL, optionSystem, ORDINAL_VALUE, questionnaireUrl, SEX_LINK_ID, SEX_SYSTEM } from "./constants";
import { toEnableWhen } from "./enable-when";
import { translations } from "./translation";
import type { Extension, Questionnaire, QuestionnaireItem } from "./types";

/** The profile question's wording in one language (the app's wizard text). */
export type ProfileText = { language: string; legend: string; options: Record<Sex, string> };

export type QuestionnaireExportOptions = {
  /** The instrument text; the first gives the resource's own text (English), the others become translation extensions. */
  locales: readonly QuestionnaireLocale[];
  /** Wording of the sex question per language; an English default is used when absent. */
  profileText?: readonly ProfileText[] | undefined;
};

export const ENGLISH_PROFILE_TEXT: ProfileText = {
  language: "en",
  legend: "What is your sex?",
  options: { female: "Female", male: "Male", other: "Another answer", "not-given": "Prefer not to say" },
};

/** A FHIR computable name: starts with a capital, then letters, digits or underscores. */
function computableName(definition: Definition): string {
  const name = definition.instrument.abbreviation.replace(/[^A-Za-z0-9]+/g, "_");
  return /^[A-Z]/.test(name) ? name : `Q_${name}`;
}

function note(markdown: string): Extension {
  return { url: DESIGN_NOTE, valueMarkdown: markdown };
}

function unmappedNote(item: Item, words: string): string {
  return [
    `Selfcheck shows this item only if ${words}.`,
    "FHIR R4 enableWhen cannot express this condition (it combines all/any/not, and an item has one enableBehavior), so no enableWhen is given and a form filler will show the item always.",
    "Answer it only when the condition holds; Selfcheck refuses an answer to an item the earlier answers hide, and counts a hidden item as 0 points.",
    `The condition as Selfcheck data: \`${JSON.stringify(item.showIf)}\``,
  ].join(" ");
}

function exportItem(definition: Definition, item: Item, index: number, locales: readonly QuestionnaireLocale[]): QuestionnaireItem {
  const [main, ...others] = locales;
  const text = main?.items[item.id];
  const exported: QuestionnaireItem = {
    linkId: item.id,
    prefix: `${index + 1}.`,
    text: text?.text ?? item.id,
    type: "choice",
    required: true,
    answerOption: item.options.map((option) => {
      const translated = translations(others.map((locale) => ({ language: locale.language, text: locale.items[item.id]?.options[option.id] })));
      return {
        extension: [{ url: ORDINAL_VALUE, valueDecimal: option.points }],
        valueCoding: {
          system: optionSystem(definition.id),
          code: option.id,
          display: text?.options[option.id] ?? option.id,
          ...(translated === undefined ? {} : { _display: translated }),
        },
      };
    }),
  };
  const translatedText = translations(others.map((locale) => ({ language: locale.language, text: locale.items[item.id]?.text })));
  if (translatedText !== undefined) exported._text = translatedText;
  if (item.showIf !== undefined) {
    const mapped = toEnableWhen(item.showIf, definition);
    if (mapped === undefined) {
      // Required would force an answer where the instrument skips the item.
      exported.required = false;
      exported.extension = [note(unmappedNote(item, describeCondition(item.showIf, describeText(definition, main))))];
    } else {
      exported.enableWhen = mapped.enableWhen;
      if (mapped.enableBehavior !== undefined) exported.enableBehavior = mapped.enableBehavior;
    }
  }
  return exported;
}

function profileItem(texts: readonly ProfileText[]): QuestionnaireItem {
  const [main = ENGLISH_PROFILE_TEXT, ...others] = texts;
  const legend = translations(others.map((text) => ({ language: text.language, text: text.legend })));
  return {
    linkId: SEX_LINK_ID,
    text: main.legend,
    ...(legend === undefined ? {} : { _text: legend }),
    type: "choice",
    required: true,
    extension: [
      note("Not an item of the instrument: Selfcheck asks it first because the cut-offs differ by sex. Other and not given use the lower, more sensitive cut-off (no published rule exists)."),
    ],
    answerOption: SEX_VALUES.map((sex) => {
      const translated = translations(others.map((text) => ({ language: text.language, text: text.options[sex] })));
      return { valueCoding: { system: SEX_SYSTEM, code: sex, display: main.options[sex], ...(translated === undefined ? {} : { _display: translated }) } };
    }),
  };
}

/**
 * The definition as a FHIR R4 Questionnaire: items, options with their points (ordinalValue),
 * skip logic as enableWhen where R4 can express it and as a design note where it cannot, and
 * translations. Scores, bands, adjustments and flags have no R4 element; a design note points
 * to the rules page. Pure.
 */
export function exportQuestionnaire(definition: Definition, options: QuestionnaireExportOptions): Questionnaire {
  const [main, ...others] = options.locales;
  const items = definition.items.map((item, index) => exportItem(definition, item, index, options.locales));
  if (definition.profile.includes("sex")) items.unshift(profileItem(options.profileText ?? [ENGLISH_PROFILE_TEXT]));
  const panel = LOINC_PANEL[definition.id];
  const drafts = options.locales.filter((locale) => locale.provenance.status === "draft").map((locale) => locale.language);
  const notes = [
    note(
      `Generated from Selfcheck ${definition.id}@${definition.version}. Each option's points are its ordinalValue. Scores, bands (cut-offs), adjustments and safety flags are not part of this resource: see the rules page (npm run rules -- ${definition.id}@${definition.version}).`,
    ),
  ];
  if (drafts.length > 0) notes.push(note(`Draft translations, not validated: ${drafts.join(", ")}.`));
  const description = translations(others.map((locale) => ({ language: locale.language, text: locale.intro })));
  return {
    resourceType: "Questionnaire",
    id: `${definition.id}-${definition.version}`,
    language: main?.language ?? "en",
    extension: notes,
    url: questionnaireUrl(definition.id),
    version: definition.version,
    name: computableName(definition),
    title: `${definition.instrument.name} (${definition.instrument.abbreviation})`,
    status: definition.status,
    ...(panel === undefined ? {} : { code: [{ system: LOINC, code: panel }] }),
    ...(main === undefined ? {} : { description: main.intro }),
    ...(description === undefined ? {} : { _description: description }),
    copyright: `${definition.licence.terms}\n\nSource: ${definition.licence.source}`,
    item: items,
  };
}
