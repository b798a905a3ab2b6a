import type { TFunction } from "i18next";
import type { QuestionnaireLocale } from "../../engine";

/**
 * Plain words for the bands whose instrument label is a clinician's phrase ("above the screening
 * cut-off"), for the person's result; the rules page keeps the instrument's clinical label.
 */
const PLAIN_BAND_KEYS = { "below-cutoff": "plainBand.below-cutoff", "above-cutoff": "plainBand.above-cutoff" } as const;

export function plainBandLabel(t: TFunction<"results">, text: QuestionnaireLocale, feedback: string): string {
  if (feedback in PLAIN_BAND_KEYS) return t(PLAIN_BAND_KEYS[feedback as keyof typeof PLAIN_BAND_KEYS]);
  return text.bands[feedback]?.label ?? feedback;
}
