import { z } from "zod";
import { ConditionSchema, Id } from "./condition";
import { SEX_VALUES } from "../profile-values";

export { SEX_VALUES };
export const Sex = z.enum(SEX_VALUES);
export type Sex = z.infer<typeof Sex>;

export const ProfileField = z.enum(["sex"]);
export type ProfileField = z.infer<typeof ProfileField>;

export const Citation = z
  .strictObject({
    text: z.string().min(1).describe("Full reference: authors, title, journal or publisher, year."),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/)
      .optional(),
    url: z.url().optional(),
    supports: z.string().min(1).describe("What this source is the authority for (items, cut-offs, licence …)."),
  })
  .refine((c) => c.doi !== undefined || c.url !== undefined, { message: "a citation needs a doi or a url" });

export const Licence = z.strictObject({
  status: z.enum(["free", "non-commercial", "permission-required", "unknown"]),
  terms: z.string().min(1),
  source: z.url(),
});

export const Option = z.strictObject({
  id: Id,
  points: z.number().int().min(0),
});
export type Option = z.infer<typeof Option>;

export const Item = z.strictObject({
  id: Id.describe("Follows the instrument's own numbering, e.g. q1 … q11."),
  kind: z.literal("single-choice"),
  options: z.array(Option).min(2).describe("In the instrument's printed order; points are explicit, never derived from position."),
  showIf: ConditionSchema.optional().describe("Only answer conditions on earlier items; the item is hidden (and unanswerable) otherwise."),
});
export type Item = z.infer<typeof Item>;

export const MissingPolicy = z
  .enum(["require-all", "hidden-as-zero"])
  .describe("require-all: every listed item must be answered. hidden-as-zero: items hidden by their showIf count 0 points; every shown item must be answered.");
export type MissingPolicy = z.infer<typeof MissingPolicy>;

export const ScoreDef = z.strictObject({
  id: Id,
  items: z.array(Id).min(1).describe("The items summed, listed explicitly."),
  missing: MissingPolicy,
});
export type ScoreDef = z.infer<typeof ScoreDef>;

export const ReferralTier = z.enum(["self-help", "counselling", "treatment"]).describe("Which kinds of service the result shows first.");
export type ReferralTier = z.infer<typeof ReferralTier>;

export const Band = z.strictObject({
  id: Id,
  min: z.number().int().describe("Inclusive."),
  max: z.number().int().describe("Inclusive."),
  feedback: Id.describe("Key under 'bands' in locales/<lang>/questionnaires/<id>.json."),
  referralTier: ReferralTier,
});
export type Band = z.infer<typeof Band>;

export const BandVariant = z.strictObject({
  sex: z.array(Sex).min(1).optional().describe("The sexes this variant applies to; omitted means everyone."),
  bands: z.array(Band).min(1).describe("Ordered from lowest to highest risk; contiguous, no overlap."),
});
export type BandVariant = z.infer<typeof BandVariant>;

export const BandSet = z.strictObject({
  score: Id,
  variants: z.array(BandVariant).min(1),
});
export type BandSet = z.infer<typeof BandSet>;

export const Adjustment = z.strictObject({
  id: Id,
  score: Id,
  when: ConditionSchema,
  action: z.literal("raise-one-band").describe("Move the band up one level, never above the highest."),
  rationale: z.string().min(1),
});
export type Adjustment = z.infer<typeof Adjustment>;

export const Flag = z.strictObject({
  id: Id,
  when: ConditionSchema,
  message: Id.describe("Key under 'flags' in the questionnaire locale file."),
  rationale: z.string().min(1),
});
export type Flag = z.infer<typeof Flag>;

export const SCHEMA_VERSION = 1;

export const Definition = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: Id,
    version: z.string().regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, "version must be semver MAJOR.MINOR.PATCH"),
    status: z.enum(["draft", "active", "retired"]),
    instrument: z.strictObject({
      name: z.string().min(1),
      abbreviation: z.string().min(1),
      period: z.string().min(1).optional().describe("The time frame the questions ask about, in plain English."),
    }),
    citations: z.array(Citation).min(1),
    licence: Licence,
    clinicianNotes: z.array(z.string().min(1)).describe("Decisions taken and open questions, for clinical review."),
    profile: z.array(ProfileField),
    items: z.array(Item).min(1),
    scores: z.array(ScoreDef).min(1),
    bands: z.array(BandSet).min(1),
    adjustments: z.array(Adjustment),
    flags: z.array(Flag),
  })
  .meta({ id: "QuestionnaireDefinition", title: "Selfcheck questionnaire definition" });
export type Definition = z.infer<typeof Definition>;
