import { describe, expect, it } from "vitest";
import { conditionReferences, evaluateCondition } from "../../src/engine";
import { ConditionSchema } from "../../src/engine/schema";

const answers = { q1: "never", q2: "weekly" };

describe("evaluateCondition", () => {
  it("answer is / is one of / answered", () => {
    expect(evaluateCondition({ answer: "q1", is: "never" }, { answers })).toBe(true);
    expect(evaluateCondition({ answer: "q1", is: "daily" }, { answers })).toBe(false);
    expect(evaluateCondition({ answer: "q2", isOneOf: ["monthly", "weekly"] }, { answers })).toBe(true);
    expect(evaluateCondition({ answer: "q3", isOneOf: ["monthly"] }, { answers })).toBe(false);
    expect(evaluateCondition({ answered: "q2" }, { answers })).toBe(true);
    expect(evaluateCondition({ answered: "q3" }, { answers })).toBe(false);
  });

  it("all, any and not combine", () => {
    const both = {
      all: [
        { answer: "q1", is: "never" },
        { answer: "q2", is: "weekly" },
      ],
    };
    const either = {
      any: [
        { answer: "q1", is: "daily" },
        { answer: "q2", is: "weekly" },
      ],
    };
    expect(evaluateCondition(both, { answers })).toBe(true);
    expect(evaluateCondition(either, { answers })).toBe(true);
    expect(evaluateCondition({ not: either }, { answers })).toBe(false);
    expect(evaluateCondition({ all: [both, { not: { answered: "q9" } }] }, { answers })).toBe(true);
  });

  it("score in range is inclusive at both ends", () => {
    const context = { answers, scores: { total: 6 } };
    expect(evaluateCondition({ score: "total", min: 6 }, context)).toBe(true);
    expect(evaluateCondition({ score: "total", min: 7 }, context)).toBe(false);
    expect(evaluateCondition({ score: "total", max: 6 }, context)).toBe(true);
    expect(evaluateCondition({ score: "total", min: 2, max: 5 }, context)).toBe(false);
  });

  it("refuses to evaluate a score that does not exist yet", () => {
    expect(() => evaluateCondition({ score: "total", min: 1 }, { answers })).toThrow(/score "total"/);
  });

  it("lists what a condition refers to", () => {
    const refs = conditionReferences({ any: [{ not: { answer: "q1", is: "never" } }, { score: "total", min: 1 }, { answered: "q4" }] });
    expect(refs.items).toEqual([
      { itemId: "q1", optionIds: ["never"] },
      { itemId: "q4", optionIds: [] },
    ]);
    expect(refs.scores).toEqual(["total"]);
  });
});

describe("the condition schema", () => {
  it("rejects string expressions and unknown operators", () => {
    expect(ConditionSchema.safeParse("q1 == 'never'").success).toBe(false);
    expect(ConditionSchema.safeParse({ answer: "q1", equals: "never" }).success).toBe(false);
    expect(ConditionSchema.safeParse({ score: "total" }).success).toBe(false);
    expect(ConditionSchema.safeParse({ all: [] }).success).toBe(false);
    expect(ConditionSchema.safeParse({ not: { all: [{ answered: "q1" }] } }).success).toBe(true);
  });
});
