import { describe, expect, it } from "vitest";
import { afterAnswer, afterQuestions, asksSex, firstStep, isLastQuestion, stepBack } from "../../src/wizard/flow";
import { definition } from "../app/content";

// The wizard's steps, checked against the published definitions (questionnaires/*/1.0.0.json):
// DUDIT has 11 questions and cut-offs by sex; AUDIT has 10 questions, q2–q8 shown only when q1
// is not "never", q4–q8 also hidden when q2 is "one-two" and q3 is "never", and one set of
// cut-offs for everyone; AUDIT-C has 3 questions, q2–q3 shown only when q1 is not "never", and
// cut-offs by sex. Every expectation below is read off those rules, not off the code.

const dudit = definition("dudit");
const audit = definition("audit");
const auditC = definition("audit-c");
const cast = definition("cast");
const dast = definition("dast-10");

const q = (itemId: string) => ({ kind: "question", itemId }) as const;
const PROFILE = { kind: "profile" } as const;
const RESULT = { kind: "result" } as const;

/** DUDIT's first n questions answered with their first option. */
const duditAnswered = (n: number): Record<string, string> => Object.fromEntries(dudit.items.slice(0, n).map((item) => [item.id, item.options[0]!.id]));

describe("afterQuestions and asksSex", () => {
  it("asks sex after the questions exactly for the checks whose cut-offs differ by sex", () => {
    expect(afterQuestions(dudit)).toEqual(PROFILE);
    expect(afterQuestions(auditC)).toEqual(PROFILE);
    expect(afterQuestions(audit)).toEqual(RESULT);
    expect(afterQuestions(cast)).toEqual(RESULT);
    expect(afterQuestions(dast)).toEqual(RESULT);
    expect([dudit, audit, auditC, cast, dast].map(asksSex)).toEqual([true, false, true, false, false]);
  });

  it("agrees with each definition's bands: sex is asked where some band variant is for a sex", () => {
    for (const checked of [dudit, audit, auditC, cast, dast]) {
      const bySex = checked.bands.some((band) => band.variants.some((variant) => variant.sex !== undefined));
      expect(afterQuestions(checked), checked.id).toEqual(bySex ? PROFILE : RESULT);
    }
  });
});

describe("firstStep", () => {
  it("opens on question 1, not on the sex question", () => {
    expect(firstStep(dudit, {})).toEqual(q("q1"));
    expect(firstStep(auditC, {})).toEqual(q("q1"));
    expect(firstStep(audit, {})).toEqual(q("q1"));
  });

  it("is the first question without an answer", () => {
    expect(firstStep(dudit, duditAnswered(3))).toEqual(q("q4"));
    expect(firstStep(dudit, { q1: "never", q3: "none" })).toEqual(q("q2"));
    // AUDIT q1 "never": q2–q8 are not shown, so q9 is the first one left.
    expect(firstStep(audit, { q1: "never" })).toEqual(q("q9"));
  });

  it("past the questions: the sex question where the check asks it, otherwise the result", () => {
    expect(firstStep(dudit, duditAnswered(11))).toEqual(PROFILE);
    expect(firstStep(auditC, { q1: "never" })).toEqual(PROFILE);
    expect(firstStep(audit, { q1: "never", q9: "no", q10: "no" })).toEqual(RESULT);
  });
});

describe("afterAnswer", () => {
  it("records the answer and moves to the next question", () => {
    expect(afterAnswer(dudit, {}, "q1", "never")).toEqual({ answers: { q1: "never" }, step: q("q2") });
    expect(afterAnswer(dudit, duditAnswered(9), "q10", "yes-past-year")).toEqual({ answers: { ...duditAnswered(9), q10: "yes-past-year" }, step: q("q11") });
  });

  it("after DUDIT's last question goes to the sex question; after AUDIT's to the result", () => {
    expect(afterAnswer(dudit, duditAnswered(10), "q11", "no")).toEqual({ answers: { ...duditAnswered(10), q11: "no" }, step: PROFILE });
    const auditAnswers = { q1: "never", q9: "no" };
    expect(afterAnswer(audit, auditAnswers, "q10", "yes-last-year")).toEqual({ answers: { ...auditAnswers, q10: "yes-last-year" }, step: RESULT });
  });

  it("AUDIT: q1 'never' skips to q9; any other answer goes on to q2", () => {
    expect(afterAnswer(audit, {}, "q1", "never").step).toEqual(q("q9"));
    for (const option of ["monthly-or-less", "two-to-four-a-month", "two-to-three-a-week", "four-plus-a-week"]) {
      expect(afterAnswer(audit, {}, "q1", option).step, option).toEqual(q("q2"));
    }
  });

  it("AUDIT: q2 'one-two' with q3 'never' skips q4–q8; either one alone does not", () => {
    expect(afterAnswer(audit, { q1: "monthly-or-less", q2: "one-two" }, "q3", "never").step).toEqual(q("q9"));
    expect(afterAnswer(audit, { q1: "monthly-or-less", q2: "one-two" }, "q3", "less-than-monthly").step).toEqual(q("q4"));
    expect(afterAnswer(audit, { q1: "monthly-or-less", q2: "three-four" }, "q3", "never").step).toEqual(q("q4"));
  });

  it("AUDIT-C: q1 'never' ends the questions (then sex); another answer goes to q2", () => {
    expect(afterAnswer(auditC, {}, "q1", "never")).toEqual({ answers: { q1: "never" }, step: PROFILE });
    expect(afterAnswer(auditC, {}, "q1", "monthly-or-less").step).toEqual(q("q2"));
  });

  it("a changed answer drops the answers it hides and keeps the others", () => {
    const before = { q1: "two-to-four-a-month", q2: "three-four", q3: "monthly", q4: "never", q5: "weekly", q9: "no" };
    expect(afterAnswer(audit, before, "q1", "never")).toEqual({ answers: { q1: "never", q9: "no" }, step: q("q9") });
    // q2 "one-two" with q3 "never" hides q4–q8: their answers go.
    const later = afterAnswer(audit, before, "q3", "never");
    expect(later.answers).toEqual({ ...before, q3: "never" });
    const hidden = afterAnswer(audit, { ...before, q2: "one-two" }, "q3", "never");
    expect(hidden).toEqual({ answers: { q1: "two-to-four-a-month", q2: "one-two", q3: "never", q9: "no" }, step: q("q9") });
  });

  it("after going back, answering an earlier question moves to the one after it, answered or not", () => {
    expect(afterAnswer(dudit, duditAnswered(6), "q3", "seven-plus")).toEqual({ answers: { ...duditAnswered(6), q3: "seven-plus" }, step: q("q4") });
  });
});

describe("isLastQuestion", () => {
  it("DUDIT: only q11", () => {
    expect(isLastQuestion(dudit, duditAnswered(10), "q11", null)).toBe(true);
    expect(isLastQuestion(dudit, duditAnswered(10), "q11", "no")).toBe(true);
    expect(isLastQuestion(dudit, duditAnswered(9), "q10", "no")).toBe(false);
    expect(isLastQuestion(dudit, {}, "q1", "never")).toBe(false);
  });

  it("AUDIT-C q1: last with 'never' chosen (q2 and q3 are then not shown), not with another answer or none", () => {
    expect(isLastQuestion(auditC, {}, "q1", "never")).toBe(true);
    expect(isLastQuestion(auditC, {}, "q1", "monthly-or-less")).toBe(false);
    expect(isLastQuestion(auditC, {}, "q1", null)).toBe(false);
    // No choice on the screen: the recorded answer counts.
    expect(isLastQuestion(auditC, { q1: "never" }, "q1", null)).toBe(true);
    // The choice on the screen counts over the recorded answer.
    expect(isLastQuestion(auditC, { q1: "never" }, "q1", "four-plus-a-week")).toBe(false);
    expect(isLastQuestion(auditC, { q1: "monthly-or-less", q2: "one-two" }, "q3", null)).toBe(true);
  });

  it("AUDIT: q10 is last whatever q1 was; q1 never is (q9 and q10 are always shown)", () => {
    expect(isLastQuestion(audit, { q1: "never", q9: "no" }, "q10", null)).toBe(true);
    expect(isLastQuestion(audit, {}, "q1", "never")).toBe(false);
    expect(isLastQuestion(audit, { q1: "never" }, "q9", "no")).toBe(false);
  });
});

describe("stepBack", () => {
  it("question 1 has nothing before it in the check", () => {
    expect(stepBack(dudit, {}, q("q1"))).toBeNull();
    expect(stepBack(audit, { q1: "never" }, q("q1"))).toBeNull();
  });

  it("goes to the previous shown question, over the skipped ones", () => {
    expect(stepBack(dudit, duditAnswered(4), q("q5"))).toEqual(q("q4"));
    expect(stepBack(audit, { q1: "never" }, q("q9"))).toEqual(q("q1"));
    expect(stepBack(audit, { q1: "monthly-or-less", q2: "one-two", q3: "never" }, q("q9"))).toEqual(q("q3"));
    expect(stepBack(audit, { q1: "monthly-or-less", q2: "one-two", q3: "monthly", q4: "never", q5: "never", q6: "never", q7: "never", q8: "never" }, q("q9"))).toEqual(q("q8"));
  });

  it("from the sex question: the last question shown", () => {
    expect(stepBack(dudit, duditAnswered(11), PROFILE)).toEqual(q("q11"));
    expect(stepBack(auditC, { q1: "never" }, PROFILE)).toEqual(q("q1"));
    expect(stepBack(auditC, { q1: "two-to-four-a-month", q2: "one-two", q3: "never" }, PROFILE)).toEqual(q("q3"));
  });

  it("from the result: the sex question where the check asks it, otherwise the last question shown", () => {
    expect(stepBack(dudit, duditAnswered(11), RESULT)).toEqual(PROFILE);
    expect(stepBack(auditC, { q1: "never" }, RESULT)).toEqual(PROFILE);
    expect(stepBack(audit, { q1: "never", q9: "no", q10: "no" }, RESULT)).toEqual(q("q10"));
  });
});
