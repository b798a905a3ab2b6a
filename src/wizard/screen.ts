/**
 * The question screen as one model, asked of the definition and the answers: where the
 * question is, whether it has a Back, which of question 1's own parts it shows, and what its
 * submit button says. The React screen (src/app/screens/QuestionScreen.tsx), the first script
 * (src/first/screens.ts) and the tests all call this, so each rule is written once, here.
 */
import { progress } from "../engine/visibility";
import type { Answers } from "../engine/types";
import { asksSex, isLastQuestion, stepBack, type FlowDefinition } from "./flow";

/** What the submit button of a question says: "Next", or "See my result" on the last one. */
export type SubmitKind = "next" | "see-result";

export type QuestionScreenModel = {
  itemId: string;
  /** 1-based among the questions shown for these answers (skip-aware), as the title and caption say. */
  position: number;
  total: number;
  /** What the progress bar draws: the same position and total as the caption (the sex question has no bar). */
  progress: { position: number; total: number };
  hasBack: boolean;
  /** The check's intro: on its first question. */
  showsIntro: boolean;
  /** The privacy promise and "choose another check": question 1 of the page the person landed on, before any other choice. */
  showsLandingParts: boolean;
  /** The submit button's words with this option chosen (or none). */
  submitFor(selected: string | null): SubmitKind;
};

export type ScreenContext = {
  /**
   * The person is on the country page they landed on and has not chosen a check there: its
   * question 1 has no Back (there is nothing before it) and offers another check instead.
   * Always true for the first script, which runs only on that page.
   */
  landedHere: boolean;
};

/** The model of the question screen for an item, or null when the item is not shown for these answers. */
export function questionScreen(definition: FlowDefinition, answers: Answers, itemId: string, context: ScreenContext): QuestionScreenModel | null {
  const { position, total } = progress(definition, answers, itemId);
  if (position === 0) return null;
  const showsLandingParts = context.landedHere && position === 1;
  return {
    itemId,
    position,
    total,
    progress: { position, total },
    // Off the landing page, Back from question 1 leads to the choice of check.
    hasBack: stepBack(definition, answers, { kind: "question", itemId }) !== null || !showsLandingParts,
    showsIntro: position === 1,
    showsLandingParts,
    submitFor: (selected) => (isLastQuestion(definition, answers, itemId, selected) && !asksSex(definition) ? "see-result" : "next"),
  };
}

/** A page's document title: the screen's own title, then the app's name. */
export const documentTitle = (screenTitle: string, appName: string): string => `${screenTitle} – ${appName}`;
