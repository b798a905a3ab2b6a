import { describe, expect, it } from "vitest";
import { nextItem, pruneHiddenAnswers, progress, score, visibleItems } from "../../src/engine";
import { bundledDefinition } from "../support/content";

const audit = bundledDefinition("audit");
const dudit = bundledDefinition("dudit");
const duditZero = { q1: "never", q2: "never", q3: "none", q4: "never", q5: "never", q6: "never", q7: "never", q8: "never", q9: "never", q10: "no", q11: "no" };

describe("visibility", () => {
  it("hides AUDIT items 2–8 after 'Never' on item 1 and goes to item 9", () => {
    expect(visibleItems(audit, { q1: "never" }).map((item) => item.id)).toEqual(["q1", "q9", "q10"]);
    expect(nextItem(audit, { q1: "never" })?.id).toBe("q9");
  });

  it("hides AUDIT items 4–8 when items 2 and 3 score 0", () => {
    expect(visibleItems(audit, { q1: "monthly-or-less", q2: "one-two", q3: "never" }).map((item) => item.id)).toEqual(["q1", "q2", "q3", "q9", "q10"]);
    expect(visibleItems(audit, { q1: "monthly-or-less", q2: "one-two", q3: "monthly" })).toHaveLength(10);
  });

  it("returns null when everything shown is answered", () => {
    expect(nextItem(dudit, duditZero)).toBeNull();
    expect(nextItem(dudit, {})?.id).toBe("q1");
  });

  it("drops answers that a changed earlier answer hides", () => {
    const before = { q1: "monthly-or-less", q2: "three-four", q3: "weekly", q4: "never" };
    expect(pruneHiddenAnswers(audit, { ...before, q1: "never" })).toEqual({ q1: "never" });
    expect(pruneHiddenAnswers(audit, before)).toEqual(before);
  });

  it("counts progress among shown items only", () => {
    expect(progress(audit, { q1: "never" }, "q9")).toEqual({ position: 2, total: 3 });
    expect(progress(dudit, {}, "q3")).toEqual({ position: 3, total: 11 });
  });
});

describe("score", () => {
  it("gives typed problems and no result for invalid input", () => {
    const outcome = score(dudit, { ...duditZero, q12: "no", q3: "many" }, { sex: "male" });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual(
      expect.arrayContaining([
        { code: "unknown-item", itemId: "q12" },
        { code: "unknown-option", itemId: "q3", optionId: "many" },
      ]),
    );
  });

  it("refuses an invalid profile value", () => {
    const outcome = score(dudit, duditZero, { sex: "unknown" as never });
    expect(outcome).toEqual({ ok: false, problems: [{ code: "invalid-profile", field: "sex", value: "unknown" }] });
  });

  it("traces each item and writes the arithmetic out", () => {
    // q1 2 + q4 3 = 5 for a man: below the cut-off of 6.
    const outcome = score(dudit, { ...duditZero, q1: "two-to-four-a-month", q4: "weekly" }, { sex: "male" });
    if (!outcome.ok) throw new Error("expected a result");
    const total = outcome.result.scores[0];
    expect(total?.value).toBe(5);
    expect(total?.arithmetic).toBe("q1 2 + q2 0 + q3 0 + q4 3 + q5 0 + q6 0 + q7 0 + q8 0 + q9 0 + q10 0 + q11 0 = 5");
    expect(total?.min).toBe(0);
    expect(total?.max).toBe(44);
    expect(outcome.result.trace.items[3]).toEqual({ itemId: "q4", shown: true, optionId: "weekly", points: 3 });
    expect(outcome.result.questionnaire).toBe("dudit@1.0.0");
  });

  it("says which cut-offs applied when sex is not given", () => {
    const outcome = score(dudit, duditZero, { sex: "not-given" });
    if (!outcome.ok) throw new Error("expected a result");
    expect(outcome.result.notices).toEqual([{ kind: "sex-not-given-lower-cutoff", score: "total", appliedCutoffsOf: "female" }]);
  });

  it("records the WHO adjustment in the trace with both bands", () => {
    // AUDIT: 1 + 0 + 1 + 0 + 2 (q5 monthly) = 4, zone 1, raised to zone 2 by the WHO note.
    const answers = { q1: "monthly-or-less", q2: "one-two", q3: "less-than-monthly", q4: "never", q5: "monthly", q6: "never", q7: "never", q8: "never", q9: "no", q10: "no" };
    const outcome = score(audit, answers, {});
    if (!outcome.ok) throw new Error("expected a result");
    const total = outcome.result.scores[0];
    expect(total?.bandFromCutoffs.id).toBe("zone-1");
    expect(total?.band.id).toBe("zone-2");
    expect(total?.referralTier).toBe("self-help");
    expect(outcome.result.trace.rules).toContainEqual({ kind: "adjustment", id: "who-next-level", score: "total", fired: true, fromBand: "zone-1", toBand: "zone-2" });
    expect(outcome.result.trace.rules).toContainEqual({ kind: "flag", id: "stopping-safely", fired: false });
  });

  it("marks a fired adjustment as capped at the highest band", () => {
    const answers = { q1: "four-plus-a-week", q2: "ten-plus", q3: "daily", q4: "daily", q5: "daily", q6: "daily", q7: "daily", q8: "daily", q9: "yes-last-year", q10: "yes-last-year" };
    const outcome = score(audit, answers, {});
    if (!outcome.ok) throw new Error("expected a result");
    expect(outcome.result.trace.rules).toContainEqual({ kind: "adjustment", id: "who-next-level", score: "total", fired: true, capped: true });
    expect(outcome.result.adjustments).toEqual([]);
  });
});
