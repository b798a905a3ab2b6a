/** One change between two versions, in plain words. */
export type Change = {
  /** What part of the definition changed; "scoring" areas change results. */
  area: "identity" | "item" | "option" | "score" | "band" | "adjustment" | "flag" | "text" | "licence" | "citation" | "notes" | "profile";
  /** Whether the change can change a person's score, band, adjustments or flags. */
  affectsScoring: boolean;
  text: string;
};
