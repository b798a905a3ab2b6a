import { describe, expect, it, vi } from "vitest";
import { clearWhenResultLeaves, createBriefStore, initialBriefData } from "../../../src/app/brief/brief-store";
import { createAppStore } from "../../../src/app/store/create-store";
import { testContent } from "../render-app";
import { createTestI18n } from "../test-i18n";

function appAtResult() {
  const leave = vi.fn();
  const app = createAppStore({ content: testContent, i18n: createTestI18n(), leave, preferredLanguages: ["en"], hideDemoCountries: false });
  app.setState({ step: { kind: "result" }, result: { questionnaire: "dudit@1.0.0", scores: [], adjustments: [], flags: [], notices: [], trace: { items: [], rules: [] } } });
  return { app, leave };
}

function filled() {
  const brief = createBriefStore();
  brief.getState().setAnswer("substances", ["cannabis"]);
  brief.getState().setAnswer("injected", ["yes"]);
  brief.getState().showAdvice();
  brief.getState().openPlan();
  brief.getState().updatePlan({ goal: "cut-down", reasons: "sleep", support: "Ana" });
  brief.getState().setSituation(0, { when: "weekends", instead: "leave earlier" });
  return brief;
}

const dataOf = (state: ReturnType<ReturnType<typeof createBriefStore>["getState"]>) => {
  const { about, shownFor, planOpen, plan, compareOpen } = state;
  return { about, shownFor, planOpen, plan, compareOpen };
};

describe("brief store", () => {
  it("holds the plan and answers while the result is shown", () => {
    const { app } = appAtResult();
    const brief = filled();
    clearWhenResultLeaves(brief, app);
    app.setState({ busy: false });
    expect(brief.getState().plan.reasons).toBe("sleep");
    expect(brief.getState().shownFor).toEqual({ substances: ["cannabis"], injected: ["yes"] });
  });

  it("the quick exit empties it: no answer and no plan is left in memory", () => {
    const { app, leave } = appAtResult();
    const brief = filled();
    clearWhenResultLeaves(brief, app);
    app.getState().quickExit();
    expect(leave).toHaveBeenCalled();
    expect(dataOf(brief.getState())).toEqual(initialBriefData());
  });

  it("another check empties it too", () => {
    const { app } = appAtResult();
    const brief = filled();
    clearWhenResultLeaves(brief, app);
    app.getState().restart();
    expect(dataOf(brief.getState())).toEqual(initialBriefData());
  });

  it("keeps at most three situations", () => {
    const brief = createBriefStore();
    brief.getState().setSituation(3, { when: "fourth" });
    expect(brief.getState().plan.situations).toHaveLength(3);
    expect(brief.getState().plan.situations.map((situation) => situation.when)).toEqual(["", "", ""]);
  });
});
