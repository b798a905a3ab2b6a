import { describe, expect, it } from "vitest";
import { resume } from "../../src/wizard/resume";
import type { HandOver } from "../../src/wizard/handover";
import { definition } from "../app/content";

// Where the app resumes a hand-over from the first script (src/wizard/resume.ts): the step
// handed over where the answers reach it, nothing the definition does not know. DUDIT has 11
// questions and asks sex; AUDIT does not ask sex, and hides q2–q8 when q1 is "never".

const dudit = definition("dudit");
const audit = definition("audit");
const duditAnswered = (n: number): Record<string, string> => Object.fromEntries(dudit.items.slice(0, n).map((item) => [item.id, item.options[0]!.id]));
const handOver = (over: Partial<HandOver>): HandOver => ({
  check: "dudit@1.0.0",
  answers: {},
  step: { kind: "question", itemId: "q1" },
  selected: null,
  sex: null,
  showingError: false,
  focus: null,
  ...over,
});

describe("resume", () => {
  it("keeps the question, the answers, the unsent choice and the error message of a reachable step", () => {
    const resumed = resume(dudit, handOver({ answers: duditAnswered(2), step: { kind: "question", itemId: "q3" }, selected: dudit.items[2]!.options[1]!.id, showingError: true }));
    expect(resumed).toEqual({ answers: duditAnswered(2), profile: {}, step: { kind: "question", itemId: "q3" }, selected: dudit.items[2]!.options[1]!.id, showingError: true });
  });

  it("drops unknown items, unknown options and answers to hidden questions", () => {
    const resumed = resume(audit, handOver({ check: "audit@1.0.0", answers: { q1: "never", q2: "one-two", q9: "maybe", zz: "no" }, step: { kind: "question", itemId: "q9" } }));
    expect(resumed.answers).toEqual({ q1: "never" });
    expect(resumed.step).toEqual({ kind: "question", itemId: "q9" });
  });

  it("goes to the first unanswered question when the answers do not reach the step, and forgets the unsent choice", () => {
    const resumed = resume(dudit, handOver({ answers: { q1: "never" }, step: { kind: "question", itemId: "q5" }, selected: "never", showingError: true }));
    expect(resumed).toMatchObject({ step: { kind: "question", itemId: "q2" }, selected: null, showingError: false });
    expect(resume(dudit, handOver({ answers: duditAnswered(3), step: { kind: "result" } })).step).toEqual({ kind: "question", itemId: "q4" });
  });

  it("keeps a valid sex answer and drops anything else", () => {
    expect(resume(dudit, handOver({ answers: duditAnswered(11), step: { kind: "result" }, sex: "female" })).profile).toEqual({ sex: "female" });
    expect(resume(dudit, handOver({ answers: duditAnswered(11), step: { kind: "result" }, sex: "robot" })).profile).toEqual({});
  });

  it("a sex question for a check that does not ask it becomes the result", () => {
    const answers = { q1: "never", q9: "no", q10: "no" };
    expect(resume(audit, handOver({ check: "audit@1.0.0", answers, step: { kind: "profile" }, selected: "male" }))).toMatchObject({ step: { kind: "result" }, selected: null });
  });

  it("the choice of another check is always reachable", () => {
    expect(resume(dudit, handOver({ answers: { q1: "never" }, step: { kind: "checks" } })).step).toEqual({ kind: "checks" });
  });
});
