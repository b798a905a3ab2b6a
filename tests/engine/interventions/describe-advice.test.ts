import { describe, expect, it } from "vitest";
import aboutJson from "../../../interventions/about-your-use/1.0.0.json";
import adviceJson from "../../../interventions/advice/1.0.0.json";
import { buildAdviceRulesDocument } from "../../../src/engine/describe/advice";
import { AboutYourUse } from "../../../src/engine/schema/about-your-use";
import { AdviceSet } from "../../../src/engine/schema/advice";

const doc = buildAdviceRulesDocument(AboutYourUse.parse(aboutJson), AdviceSet.parse(adviceJson), (key) => (key === "aboutYourUse.questions.injected.options.yes" ? "Yes" : undefined));

describe("rules page of the questions about use", () => {
  it("lists, for each answer, the advice ids it can bring up", () => {
    const injected = doc.questions.find((question) => question.id === "injected");
    expect(injected?.options).toEqual([
      { id: "yes", label: "Yes", triggers: ["injecting-equipment", "injecting-testing"] },
      { id: "no", label: "(no English text for no)", triggers: [] },
    ]);
    const substances = doc.questions.find((question) => question.id === "substances");
    expect(substances?.options.find((option) => option.id === "opioids")?.triggers).toEqual(["opioid-overdose-signs", "opioid-naloxone", "opioid-not-alone", "opioid-tolerance", "withdrawal-medical"]);
  });

  it("says when each message shows, in words, with its sources", () => {
    const drugChecking = doc.messages.find((message) => message.id === "drug-checking");
    expect(drugChecking?.whenText).toBe("substances includes any of stimulants, nps, other");
    expect(drugChecking?.sources.map((source) => source.id)).toEqual(["brunt-2017-drug-checking", "sande-sabic-2018", "emcdda-nps-miniguide"]);
    expect(doc.messages.find((message) => message.id === "young-people")?.whenText).toBe("age includes under-18");
  });
});
