import { describe, expect, it } from "vitest";
import { documentTitle, questionScreen } from "../../src/wizard/screen";
import { definition } from "../app/content";

// The one question-screen model both UIs read (src/wizard/screen.ts), checked against the
// published definitions: DUDIT has 11 questions and asks sex before the result; AUDIT has 10,
// q2–q8 shown only when q1 is not "never", and no sex question. Expectations are read off those rules.

const dudit = definition("dudit");
const audit = definition("audit");
const LANDED = { landedHere: true };
const CHOSEN = { landedHere: false };

/** DUDIT's first n questions answered with their first option. */
const duditAnswered = (n: number): Record<string, string> => Object.fromEntries(dudit.items.slice(0, n).map((item) => [item.id, item.options[0]!.id]));

describe("questionScreen", () => {
  it("question 1 of the landing page: its own parts, no Back", () => {
    const screen = questionScreen(dudit, {}, "q1", LANDED)!;
    expect({ position: screen.position, total: screen.total, hasBack: screen.hasBack, intro: screen.showsIntro, landing: screen.showsLandingParts }).toEqual({
      position: 1,
      total: 11,
      hasBack: false,
      intro: true,
      landing: true,
    });
  });

  it("question 1 after choosing a check: the intro and a Back to the choice, not the landing parts", () => {
    const screen = questionScreen(dudit, {}, "q1", CHOSEN)!;
    expect([screen.hasBack, screen.showsIntro, screen.showsLandingParts]).toEqual([true, true, false]);
  });

  it("a later question: a Back, none of question 1's parts, wherever the person landed", () => {
    for (const context of [LANDED, CHOSEN]) {
      const screen = questionScreen(dudit, duditAnswered(2), "q3", context)!;
      expect([screen.position, screen.total, screen.hasBack, screen.showsIntro, screen.showsLandingParts]).toEqual([3, 11, true, false, false]);
    }
  });

  it("counts only the questions shown: AUDIT after q1 'never' is question 2 of 3 at q9", () => {
    const screen = questionScreen(audit, { q1: "never" }, "q9", LANDED)!;
    expect([screen.position, screen.total]).toEqual([2, 3]);
  });

  it("says 'See my result' on the last question of a check without a sex question, whatever is chosen", () => {
    const q10 = questionScreen(audit, { q1: "never", q9: "no" }, "q10", LANDED)!;
    expect([q10.submitFor(null), q10.submitFor("no")]).toEqual(["see-result", "see-result"]);
  });

  it("says 'Next' on DUDIT's last question: the sex question follows", () => {
    expect(questionScreen(dudit, duditAnswered(10), "q11", LANDED)!.submitFor(null)).toBe("next");
  });

  it("reads the choice not yet sent: a choice that hides every later question makes it the last", () => {
    // A two-question check: b is shown only when a is "yes"; no sex question.
    const twoStep = { profile: [], items: [{ id: "a" }, { id: "b", showIf: { not: { answer: "a", is: "no" } } }] };
    const a = questionScreen(twoStep, {}, "a", LANDED)!;
    expect([a.submitFor(null), a.submitFor("yes"), a.submitFor("no")]).toEqual(["next", "next", "see-result"]);
  });

  it("is null for a question the answers do not show", () => {
    expect(questionScreen(audit, { q1: "never" }, "q2", LANDED)).toBeNull();
    expect(questionScreen(dudit, {}, "no-such-item", LANDED)).toBeNull();
  });
});

describe("documentTitle", () => {
  it("puts the screen's title before the app's name", () => {
    expect(documentTitle("Question 3 of 11", "Selfcheck")).toBe("Question 3 of 11 – Selfcheck");
  });
});
