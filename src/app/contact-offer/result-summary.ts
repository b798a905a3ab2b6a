import type { Answers, Definition, Profile, ReferralTier, ScoringResult } from "../../engine";
import { highestTier } from "../store/services";
import { resultCodeView } from "../store/views";

/**
 * What a person may attach to a message (off by default): the check, the band, the score and the
 * result code, nothing else. `highestBand` marks a message as urgent for the service (issue 17,
 * triage); `tier` orders the services that offer contact.
 */
export type ResultSummary = {
  check: string;
  band: string;
  score: number;
  max: number;
  code: string | null;
  highestBand: boolean;
};

export function resultSummary(definition: Definition | null, answers: Answers, profile: Profile, result: ScoringResult | null): ResultSummary | null {
  if (definition === null || result === null) return null;
  const primary = result.scores[0];
  if (primary === undefined) return null;
  return {
    check: `${definition.id}@${definition.version}`,
    band: primary.band.id,
    score: primary.value,
    max: primary.max,
    code: resultCodeView(definition, answers, profile),
    highestBand: result.scores.some((outcome) => outcome.band.index === outcome.bandCount - 1),
  };
}

export function resultTier(result: ScoringResult | null): ReferralTier {
  return result === null ? "self-help" : highestTier(result.scores.map((score) => score.referralTier));
}
