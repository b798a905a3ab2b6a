import { z } from "zod";
import { LANGUAGE_CODE } from "../../engine/keys";

/**
 * locales/<lang>/meta/glossary.json: the key terms of a language, in person-first and
 * non-stigmatising words, and the words its text must not use. It lives in meta/ so that the
 * app, which reads locales/<lang>/*.json, never loads it.
 */
export const GlossaryTerm = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, "a lower-case id such as person-who-uses-drugs"),
  term: z.string().min(1).describe("The word or phrase to use in this language."),
  avoid: z.array(z.string().trim().min(1)).describe("Words or phrases this language's text must never contain (matched as whole words, any letter case)."),
  note: z.string().min(1).describe("Why, and how to use the term."),
});

/**
 * A place where a word from an avoid list must stay, because it is part of a published
 * instrument's wording or a name (e.g. "Centre for Addiction and Mental Health"). The reason is
 * required so that a reviewer can judge it.
 */
export const GlossaryException = z.strictObject({
  file: z.string().min(1).describe("The text file, relative to the project, e.g. locales/sq/questionnaires/dast-10.json."),
  path: z.string().startsWith("$").describe("The JSON path validate printed, e.g. $.items.q2.text."),
  word: z.string().min(1),
  reason: z.string().min(1),
});

/**
 * Forms of a neighbouring standard that a reader of this one takes for the wrong language
 * (Croatian "ovisi", "Usporedi", interrogative "Što" in Serbian text). They are refused like
 * avoided words; a word that is right in some sentences and wrong in others is listed as the
 * phrase that is wrong ("što biste"), not as the bare word.
 */
export const GlossaryVariants = z.strictObject({
  standard: z.string().min(1).describe("The standard this language's text follows, e.g. ekavian Serbian."),
  avoid: z.array(z.string().trim().min(1)).min(1).describe("Words or phrases of a neighbouring standard (matched as whole words, any letter case)."),
  sentenceStart: z
    .array(z.string().trim().min(1))
    .optional()
    .describe("Words that are the other standard only when they open a sentence or a quotation (Croatian interrogative 'Što' against Serbian relative 'što')."),
  note: z.string().min(1).describe("Which standard the words come from, and what to write instead."),
});

export const Glossary = z.strictObject({
  $schema: z.string().optional(),
  language: z.string().regex(LANGUAGE_CODE, "a language code such as en, sr-Latn or ar"),
  status: z.enum(["source", "draft", "reviewed"]).describe("source: English; draft: written by a translator; reviewed: checked by a second native speaker."),
  terms: z.array(GlossaryTerm).min(1),
  exceptions: z.array(GlossaryException).optional(),
  variants: GlossaryVariants.optional(),
});
export type Glossary = z.infer<typeof Glossary>;

export const glossaryFile = (language: string): string => `locales/${language}/meta/glossary.json`;
