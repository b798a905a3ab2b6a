import type { Condition } from "../schema/condition";
import type { Definition, MissingPolicy, ReferralTier, Sex } from "../schema/definition";
import type { TranslationStatus } from "../schema/questionnaire-locale";

/**
 * The rules page of one definition version as plain, serialisable data: every rule in words,
 * with the numbers from the definition itself. Renderers (Markdown, HTML, React) only lay it out.
 */
export type RulesDocument = {
  key: string;
  id: string;
  version: string;
  status: Definition["status"];
  statusText: string;
  schemaVersion: number;
  title: string;
  instrument: Definition["instrument"];
  citations: Definition["citations"];
  licence: { status: Definition["licence"]["status"]; statusText: string; terms: string; source: string };
  clinicianNotes: string[];
  profile: { field: string; text: string }[];
  items: ItemRules[];
  scores: ScoreRules[];
  bands: BandSetRules[];
  adjustments: RuleInWords[];
  flags: (RuleInWords & { messageText: string | undefined })[];
  translations: TranslationRow[];
  examples: WorkedExamples;
};

export type ItemRules = {
  id: string;
  number: number;
  text: string | undefined;
  options: { id: string; label: string; points: number }[];
  showIf: { condition: Condition; words: string } | undefined;
};

export type ScoreRules = {
  id: string;
  items: { id: string; number: number }[];
  formula: string;
  missing: MissingPolicy;
  missingText: string;
  range: { min: number; max: number };
};

export type BandRow = {
  id: string;
  min: number;
  max: number;
  /** "6–24" or "25 or more" style text for the cut-off. */
  rangeText: string;
  feedback: string;
  label: string | undefined;
  meaning: string | undefined;
  referralTier: ReferralTier;
  referralText: string;
};

export type BandSetRules = {
  score: string;
  variants: { sex: Sex[] | undefined; appliesTo: string; bands: BandRow[] }[];
  /** The decision taken where sex is not given or is neither female nor male; undefined when the bands do not vary by sex. */
  sexNotGiven: string | undefined;
};

export type RuleInWords = {
  id: string;
  kind: "adjustment" | "flag";
  /** The score an adjustment moves; undefined for flags. */
  score: string | undefined;
  condition: Condition;
  when: string;
  action: string;
  rationale: string;
};

export type TranslationRow = {
  language: string;
  status: TranslationStatus;
  statusText: string;
  source: string;
  citation: string | undefined;
  notes: string | undefined;
  /** Text keys this definition needs that the locale lacks, as dotted paths. */
  missing: string[];
};

export type ExampleOutcome =
  | {
      ok: true;
      scores: { id: string; value: number; arithmetic: string; band: string; bandFromCutoffs: string }[];
      adjustments: string[];
      flags: string[];
      notices: string[];
    }
  | { ok: false; problems: string[] };

export type WorkedExample = {
  name: string;
  profile: string;
  answers: { itemId: string; number: number; optionId: string; label: string; points: number | undefined }[];
  /** The arithmetic as worked by hand in vectors.json. */
  handArithmetic: string;
  expected: string;
  engine: ExampleOutcome;
  pass: boolean;
  failures: string[];
};

export type WorkedExamples = { state: "none" } | { state: "other-versions"; versions: string[] } | { state: "run"; cases: WorkedExample[]; passed: number; failed: number };

export const STATUS_TEXT: Record<Definition["status"], string> = {
  draft: "draft: not yet reviewed, not offered to the public",
  active: "active: offered to the public",
  retired: "retired: kept so that old results can still be read",
};

export const LICENCE_TEXT: Record<Definition["licence"]["status"], string> = {
  free: "free to use",
  "non-commercial": "free for non-commercial use only",
  "permission-required": "use needs the authors' permission",
  unknown: "licence unclear",
};

export const REFERRAL_TEXT: Record<ReferralTier, string> = {
  "self-help": "self-help and information first",
  counselling: "counselling services first",
  treatment: "treatment services first",
};

export const MISSING_TEXT: Record<MissingPolicy, string> = {
  "require-all": "Every listed item must be answered; incomplete answers give no result.",
  "hidden-as-zero": "Items hidden by skip logic count 0 points; every item that is shown must be answered; incomplete answers give no result.",
};

export const TRANSLATION_TEXT: Record<TranslationStatus, string> = {
  validated: "validated translation (published validation cited)",
  official: "official wording from the instrument's authors",
  draft: "draft: our own translation, not validated",
};

/** Words for the sexes a band variant applies to. */
export const SEX_TEXT: Record<Sex, string> = { female: "female", male: "male", other: "other", "not-given": "not given" };
