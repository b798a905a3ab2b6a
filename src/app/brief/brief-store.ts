/**
 * What the person enters after the result: answers about use, their plan, the comparison form.
 * In memory only, like the app store, and tied to one result: it is emptied as soon as the
 * person leaves the result (the quick exit, "another check", changing an answer), so nothing
 * of it outlives the page or the result it belongs to.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { AboutYourUseAnswers } from "../../engine";
import type { AppStore } from "../store/create-store";

export const GOALS = ["stop", "cut-down", "safer", "not-now"] as const;
export type Goal = (typeof GOALS)[number];
export type Situation = { when: string; instead: string };
export const MAX_SITUATIONS = 3;

export type Plan = {
  goal: Goal | null;
  reasons: string;
  situations: Situation[];
  support: string;
  /** A service id from the country file, or "" for none. */
  serviceId: string;
};

export type BriefData = {
  /** Answers as the form holds them now. */
  about: AboutYourUseAnswers;
  /** The answers the advice was last chosen from ("Show advice for me"); null before. */
  shownFor: AboutYourUseAnswers | null;
  planOpen: boolean;
  plan: Plan;
  compareOpen: boolean;
};

export type BriefActions = {
  setAnswer(questionId: string, optionIds: readonly string[]): void;
  showAdvice(): void;
  openPlan(): void;
  updatePlan(patch: Partial<Omit<Plan, "situations">>): void;
  setSituation(index: number, patch: Partial<Situation>): void;
  openCompare(): void;
  reset(): void;
};

export type BriefState = BriefData & BriefActions;
export type BriefStore = StoreApi<BriefState>;

const emptyPlan = (): Plan => ({
  goal: null,
  reasons: "",
  situations: Array.from({ length: MAX_SITUATIONS }, () => ({ when: "", instead: "" })),
  support: "",
  serviceId: "",
});

export const initialBriefData = (): BriefData => ({ about: {}, shownFor: null, planOpen: false, plan: emptyPlan(), compareOpen: false });

export function createBriefStore(): BriefStore {
  return createStore<BriefState>()((set, get) => ({
    ...initialBriefData(),
    setAnswer(questionId, optionIds) {
      set({ about: { ...get().about, [questionId]: [...optionIds] } });
    },
    showAdvice() {
      set({ shownFor: get().about });
    },
    openPlan() {
      set({ planOpen: true });
    },
    updatePlan(patch) {
      set({ plan: { ...get().plan, ...patch } });
    },
    setSituation(index, patch) {
      if (index < 0 || index >= MAX_SITUATIONS) return;
      set({ plan: { ...get().plan, situations: get().plan.situations.map((situation, at) => (at === index ? { ...situation, ...patch } : situation)) } });
    },
    openCompare() {
      set({ compareOpen: true });
    },
    reset() {
      set(initialBriefData());
    },
  }));
}

/**
 * Empties the brief store whenever the app is not showing a result any more: quick exit (step
 * "left"), another check, back to the questions. Returns the unsubscribe function.
 */
export function clearWhenResultLeaves(brief: BriefStore, app: AppStore): () => void {
  return app.subscribe((state) => {
    if (state.step.kind !== "result" || state.result === null) brief.getState().reset();
  });
}
