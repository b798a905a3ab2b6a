import type { AppStore } from "../store/create-store";
import type { AppState, Step } from "../store/state";
import { stepBack } from "../../wizard/flow";
import { questionScreen } from "../../wizard/screen";
import type { StoreConfig } from "../store/config";
import { selectLandedHere } from "../store/selectors";
import { documentBase, entryDepth, markLoadedEntry, isLeaving, markFragmentEntry, ownEntriesBelow, pushStepEntry, readStepEntry } from "../../browser/step-entries";

export type FollowedHistory = {
  /** Runs a change of step that must push no entry (forgetting the answers on pagehide). */
  moveQuietly(move: () => void): void;
  stop(): void;
};

const stepKeyOf = (step: Step): string => (step.kind === "question" ? `question:${step.itemId}` : step.kind);
/** Steps the person moves between (not loading, an error or leaving). */
const isPlace = (step: Step): boolean => step.kind !== "loading" && step.kind !== "error" && step.kind !== "left";

/** Whether the in-app Back has somewhere to go from here: the question screen's own rule (src/wizard/screen.ts) on a question. */
function hasPrevious(state: AppState, config: StoreConfig): boolean {
  const { step, definition, answers } = state;
  if (step.kind === "start") return config.landing !== null ? definition !== null : true;
  if (definition === null || (step.kind !== "question" && step.kind !== "profile" && step.kind !== "result")) return false;
  if (step.kind === "question") return questionScreen(definition, answers, step.itemId, { landedHere: selectLandedHere(config)(state) })?.hasBack ?? false;
  return stepBack(definition, answers, step) !== null;
}

/** Forward again over a step already answered (the system Forward after Back); false when it cannot. */
function stepForward(state: AppState): boolean {
  const { step, answers, profile } = state;
  if (step.kind === "question" && answers[step.itemId] !== undefined) {
    state.submitAnswer(step.itemId, answers[step.itemId] ?? "");
    return true;
  }
  if (step.kind === "profile" && profile.sex !== undefined) {
    state.submitProfile(profile.sex);
    return true;
  }
  return false;
}

/**
 * Keeps the tab's history in step with the wizard (issue 15.5): every step forward pushes an
 * entry (src/browser/step-entries.ts, no answer in it), the system Back and Forward move the
 * wizard, and the in-app Back goes through the history so both stay in line. Entries pushed by
 * the first script before the app arrived count the same way.
 */
export function followHistory(store: AppStore): FollowedHistory {
  markLoadedEntry();
  let depth = entryDepth();
  const base = documentBase();
  let onFragment = readStepEntry(window.history.state)?.selfcheckFragment === true;
  /** True while the wizard moves because the history did: such moves push nothing. */
  let fromHistory = false;
  const moveQuietly = (move: () => void): void => {
    fromHistory = true;
    try {
      move();
    } finally {
      fromHistory = false;
    }
  };

  const storeBack = store.getState().back;
  // The in-app Back takes the same path as the system one, so the history never holds more steps than the wizard.
  store.setState({
    back: () => {
      if (!onFragment && ownEntriesBelow() > 0) window.history.back();
      else moveQuietly(storeBack);
    },
  });

  const unsubscribe = store.subscribe((state, previous) => {
    if (fromHistory || isLeaving() || !isPlace(previous.step) || !isPlace(state.step)) return;
    if (stepKeyOf(state.step) === stepKeyOf(previous.step)) return;
    pushStepEntry();
    depth = entryDepth();
    onFragment = false;
  });

  const onPopState = (event: PopStateEvent): void => {
    if (isLeaving()) return;
    const entry = readStepEntry(event.state);
    // A link to `#…` fires popstate with no state before its hashchange; onHashChange marks it.
    if (entry === null) return;
    const from = depth;
    const leftFragment = onFragment;
    depth = entry.selfcheckStep;
    onFragment = entry.selfcheckFragment === true;
    // To or from a clinician page: the page follows the hash itself, the wizard stays where it was.
    if (leftFragment || onFragment) return;
    moveQuietly(() => {
      for (let step = depth; step < from && hasPrevious(store.getState(), store.config); step++) storeBack();
      for (let step = from; step < depth && stepForward(store.getState()); step++);
    });
  };
  const onHashChange = (): void => {
    if (isLeaving() || readStepEntry(window.history.state) !== null) return;
    depth += 1;
    onFragment = true;
    markFragmentEntry(depth, base);
  };

  window.addEventListener("popstate", onPopState);
  window.addEventListener("hashchange", onHashChange);
  return {
    moveQuietly,
    stop: () => {
      unsubscribe();
      store.setState({ back: storeBack });
      window.removeEventListener("popstate", onPopState);
      window.removeEventListener("hashchange", onHashChange);
    },
  };
}
