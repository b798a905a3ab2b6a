import type { Band, ReferralTier, Sex } from "./schema/definition";

/** Item id -> chosen option id. Points are looked up in the definition, never stored. */
export type Answers = Readonly<Record<string, string>>;

/** What the person told us about themselves; a field is absent when the instrument does not ask it. */
export type Profile = Readonly<{ sex?: Sex | undefined }>;

export type ItemTrace = {
  itemId: string;
  shown: boolean;
  optionId: string | null;
  points: number;
};

export type RuleTrace = { kind: "adjustment"; id: string; score: string; fired: boolean; fromBand?: string; toBand?: string; capped?: boolean } | { kind: "flag"; id: string; fired: boolean };

export type ScoreOutcome = {
  id: string;
  value: number;
  /** Reachable range computed from the points. */
  min: number;
  max: number;
  /** Band after adjustments. */
  band: Band & { index: number };
  /** Band the cut-offs alone give. */
  bandFromCutoffs: Band & { index: number };
  bandCount: number;
  referralTier: ReferralTier;
  /** Sum as written out, e.g. "q1 2 + q2 0 + … = 7". */
  arithmetic: string;
};

export type Notice = {
  kind: "sex-not-given-lower-cutoff";
  score: string;
  /** The sex whose cut-offs were applied. */
  appliedCutoffsOf: Sex;
};

export type ScoringResult = {
  questionnaire: string;
  scores: ScoreOutcome[];
  adjustments: { id: string; score: string; fromBand: string; toBand: string }[];
  flags: { id: string; message: string }[];
  notices: Notice[];
  trace: { items: ItemTrace[]; rules: RuleTrace[] };
};

export type ScoringProblem =
  | { code: "unknown-item"; itemId: string }
  | { code: "unknown-option"; itemId: string; optionId: string }
  | { code: "answer-to-hidden-item"; itemId: string }
  | { code: "missing-answer"; itemId: string }
  | { code: "missing-profile"; field: string }
  | { code: "invalid-profile"; field: string; value: string }
  | { code: "no-band"; score: string; value: number };

export type ScoringOutcome = { ok: true; result: ScoringResult } | { ok: false; problems: ScoringProblem[] };
