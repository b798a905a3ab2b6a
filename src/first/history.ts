/**
 * The first script's side of the tab's history (issues 15.5 and 18.2), the same rules as the
 * app's (src/app/history/): each Next pushes an entry with no answer in it, the system Back and
 * Forward move between questions, links to other pages of the site replace this one, and a page
 * left by any route forgets. The app reads the same entries when it takes over.
 */
import { entryDepth, isLeaving, markLoadedEntry, pushStepEntry, readStepEntry } from "../browser/step-entries";
import { forgetOnHide } from "../browser/forget-on-hide";
import { replaceOnSiteLinks } from "../browser/site-links";

export type StepMoves = {
  /** One step back; false when there is none. */
  back(): boolean;
  /** One step forward over an answer already given; false when there is none. */
  forward(): boolean;
  /** Empties the answers and shows question 1. */
  forget(): void;
};

export type FirstHistory = {
  /** One step forward: pushes an entry. */
  pushStep(): void;
  /** Stops following (the takeover: the app follows from here). */
  stop(): void;
};

export function followHistoryFirst(moves: StepMoves): FirstHistory {
  markLoadedEntry();
  let depth = entryDepth();
  const onPopState = (event: PopStateEvent): void => {
    const entry = readStepEntry(event.state);
    if (isLeaving() || entry === null) return;
    const from = depth;
    depth = entry.selfcheckStep;
    for (let step = depth; step < from && moves.back(); step++);
    for (let step = from; step < depth && moves.forward(); step++);
  };
  window.addEventListener("popstate", onPopState);
  const stopLinks = replaceOnSiteLinks();
  const stopForgetting = forgetOnHide(moves.forget);
  return {
    pushStep: () => {
      pushStepEntry();
      depth = entryDepth();
    },
    stop: () => {
      window.removeEventListener("popstate", onPopState);
      stopLinks();
      stopForgetting();
    },
  };
}
