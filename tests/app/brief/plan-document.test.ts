import { describe, expect, it } from "vitest";
import type { Plan } from "../../../src/app/brief/brief-store";
import { planDocument, type PlanDocumentText } from "../../../src/app/brief/plan-document";

const text: PlanDocumentText = {
  title: "My plan",
  goalHeading: "What do you want for now?",
  goal: "Cut down",
  notNow: null,
  reasonsHeading: "My own reasons",
  situationsHeading: "Times when I use more than I want",
  whenLabel: (number) => `Situation ${number}`,
  insteadLabel: (number) => `Instead ${number}`,
  supportHeading: "Who could support me",
  serviceHeading: "A service I might contact",
  service: "HOPS",
  empty: "–",
};
const plan: Plan = {
  goal: "cut-down",
  reasons: "Sleep <better> & save money",
  situations: [
    { when: "Weekends", instead: "Leave earlier" },
    { when: "", instead: "" },
    { when: "", instead: 'Call "Ana"' },
  ],
  support: "",
  serviceId: "hops",
};

describe("planDocument", () => {
  it("is a plain HTML page in the person's language and direction, with no script or style", () => {
    const html = planDocument(plan, text, "ar", "rtl");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).not.toMatch(/<script|<style|style=|<link|src=/i);
  });

  it("escapes what the person typed", () => {
    const html = planDocument(plan, text, "en", "ltr");
    expect(html).toContain("Sleep &lt;better&gt; &amp; save money");
    expect(html).toContain("Call &quot;Ana&quot;");
    expect(html).not.toContain("<better>");
  });

  it("lists only the situations filled in, keeping their numbers, and marks empty answers", () => {
    const html = planDocument(plan, text, "en", "ltr");
    expect(html).toContain("Situation 1:</strong> Weekends");
    expect(html).not.toContain("Situation 2");
    expect(html).toContain("Situation 3:</strong> –");
    expect(html).toMatch(/<h2>Who could support me<\/h2>\n<p>–<\/p>/);
    expect(html).toContain("<p>HOPS</p>");
  });
});
