/**
 * An earlier result beside today's, score by score. Pure. Only results of the same check
 * (id@version) are compared; the caller decodes the earlier code against today's definition,
 * so a code of another check never gets this far.
 */
import type { ScoreOutcome, ScoringResult } from "../types";

export type Direction = "lower" | "same" | "higher";

export type ScoreComparison = {
  id: string;
  max: number;
  earlier: { value: number; bandFeedback: string; bandIndex: number };
  later: { value: number; bandFeedback: string; bandIndex: number };
  /** later minus earlier. */
  difference: number;
  scoreChange: Direction;
  /** By the band's place on the scale (each result's own bands, e.g. for its recorded sex). */
  bandChange: Direction;
};

const directionOf = (difference: number): Direction => (difference < 0 ? "lower" : difference > 0 ? "higher" : "same");
const side = (outcome: ScoreOutcome) => ({ value: outcome.value, bandFeedback: outcome.band.feedback, bandIndex: outcome.band.index });

export function compareResults(earlier: ScoringResult, later: ScoringResult): ScoreComparison[] {
  if (earlier.questionnaire !== later.questionnaire) {
    throw new Error(`compareResults: ${earlier.questionnaire} and ${later.questionnaire} are different checks`);
  }
  return later.scores.flatMap((outcome) => {
    const before = earlier.scores.find((candidate) => candidate.id === outcome.id);
    if (before === undefined) return [];
    const difference = outcome.value - before.value;
    return [
      {
        id: outcome.id,
        max: outcome.max,
        earlier: side(before),
        later: side(outcome),
        difference,
        scoreChange: directionOf(difference),
        bandChange: directionOf(outcome.band.index - before.band.index),
      },
    ];
  });
}
