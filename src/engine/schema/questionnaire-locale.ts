import { z } from "zod";
import { LANGUAGE_CODE } from "../keys";
import { Citation } from "./definition";

export const TranslationStatus = z
  .enum(["validated", "official", "draft"])
  .describe("validated: a published validated translation (cite it); official: from the instrument's authors; draft: our own, not validated.");
export type TranslationStatus = z.infer<typeof TranslationStatus>;

export const BandText = z.strictObject({
  label: z.string().min(1).describe("The band in plain words."),
  meaning: z.string().min(1).describe("What this result means, honestly and without judgement."),
  advice: z.array(z.string().min(1)).min(1).describe("Advice in the spirit of brief interventions (FRAMES)."),
});

/** Instrument text for one language, keyed by the definition's stable ids. */
export const QuestionnaireLocale = z
  .strictObject({
    $schema: z.string().optional(),
    questionnaire: z.string().min(1),
    language: z.string().regex(LANGUAGE_CODE, "a language code such as en, sr-Latn or ar"),
    provenance: z
      .strictObject({
        status: TranslationStatus,
        source: z.string().min(1).describe("Where the item wording comes from."),
        citation: Citation.optional(),
        notes: z.string().optional(),
      })
      .refine((p) => p.status !== "validated" || p.citation !== undefined, {
        message: "a validated translation must cite the published validation",
        path: ["citation"],
      }),
    title: z.string().min(1),
    intro: z.string().min(1),
    items: z.record(z.string(), z.strictObject({ text: z.string().min(1), options: z.record(z.string(), z.string().min(1)) })),
    bands: z.record(z.string(), BandText),
    flags: z.record(z.string(), z.string().min(1)),
  })
  .meta({ id: "QuestionnaireLocale", title: "Selfcheck instrument text for one language" });
export type QuestionnaireLocale = z.infer<typeof QuestionnaireLocale>;
