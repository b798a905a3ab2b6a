import { bandSetFor, encodeResultCode, progress, variantFor, type Answers, type Definition, type Item, type Profile, type ScoreOutcome, type ScoringResult } from "../../engine";
import type { CheckMonth } from "../../engine";
import { monthOf } from "../brief/month";

/** What a question screen shows: the item and "question N of M" over the items now shown. */
export function questionView(definition: Definition, answers: Answers, itemId: string): { item: Item; position: number; total: number } | null {
  const item = definition.items.find((candidate) => candidate.id === itemId);
  if (item === undefined) return null;
  return { item, ...progress(definition, answers, itemId) };
}

export type ScaleSegment = { bandId: string; feedback: string; min: number; max: number; isResult: boolean };
export type ScoreView = { outcome: ScoreOutcome; segments: ScaleSegment[] };

/** Each score with the bands (for this person's profile) that a scale draws. */
export function scoreViews(definition: Definition, profile: Profile, result: ScoringResult): ScoreView[] {
  return result.scores.map((outcome) => {
    const set = bandSetFor(definition, outcome.id);
    const variant = set === undefined ? undefined : variantFor(set, profile);
    const segments = (variant?.bands ?? []).map((band, index) => ({
      bandId: band.id,
      feedback: band.feedback,
      min: band.min,
      max: band.max,
      isResult: index === outcome.band.index,
    }));
    return { outcome, segments };
  });
}

/**
 * The code to show a clinician (engine encodeResultCode), or null for answers that do not
 * score, carrying the month of the check so that a later result can be compared with it.
 * Computed where it is shown, below the result, so that it costs the last answer nothing.
 */
export function resultCodeView(definition: Definition, answers: Answers, profile: Profile, month: CheckMonth = monthOf(new Date())): string | null {
  try {
    return encodeResultCode(definition, answers, profile, month);
  } catch {
    return null;
  }
}
