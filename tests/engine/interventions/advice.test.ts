import { describe, expect, it } from "vitest";
import aboutJson from "../../../interventions/about-your-use/1.0.0.json";
import adviceJson from "../../../interventions/advice/1.0.0.json";
import english from "../../../locales/en/intervention.json";
import { chooseAdvice, messagesTriggeredBy, sourcesOf } from "../../../src/engine/interventions/advice";
import { lintAboutYourUse, lintAdvice } from "../../../src/engine/lint/advice";
import { AboutYourUse } from "../../../src/engine/schema/about-your-use";
import { AdviceSet } from "../../../src/engine/schema/advice";

const about = AboutYourUse.parse(aboutJson);
const advice = AdviceSet.parse(adviceJson);

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return [prefix];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix === "" ? key : `${prefix}.${key}`));
}
const englishKeys = new Set(keysOf(english));
const ids = (answers: Record<string, string[]>): string[] => chooseAdvice(advice, answers).map((message) => message.id);

describe("the bundled questions about use (interventions/about-your-use/1.0.0.json)", () => {
  it("asks what the issue lists: age band, substances in 12 months, injecting, combining", () => {
    expect(about.questions.map((question) => [question.id, question.kind])).toEqual([
      ["age", "single"],
      ["substances", "multiple"],
      ["injected", "single"],
      ["combined", "single"],
    ]);
    expect(about.questions[0]?.options.map((option) => option.id)).toEqual(["under-18", "age-18-24", "age-25-34", "age-35-49", "age-50-plus"]);
    expect(about.questions[1]?.options.map((option) => option.id)).toEqual(["cannabis", "stimulants", "opioids", "sedatives", "nps", "alcohol", "other"]);
  });

  it("is lint-clean, with English text for every question and option", () => {
    expect(lintAboutYourUse(about, englishKeys)).toEqual([]);
  });
});

describe("the bundled advice (interventions/advice/1.0.0.json)", () => {
  it("is lint-clean: every message has English text and at least one listed source, every source is cited", () => {
    expect(lintAdvice(advice, about, englishKeys)).toEqual([]);
    for (const message of advice.messages) {
      const sources = sourcesOf(advice, message);
      expect(sources.length, message.id).toBeGreaterThan(0);
      for (const source of sources) expect(source.url, source.id).toMatch(/^https?:\/\//);
    }
  });

  it("names only EUDA/EMCDDA, ECDC, WHO, peer-reviewed or national harm-reduction publishers", () => {
    for (const source of advice.sources) {
      expect(source.publisher, source.id).toMatch(/EUDA|EMCDDA|ECDC|WHO|World Health Organization|Journal|High Alert/);
    }
  });
});

describe("chooseAdvice", () => {
  it("shows nothing when nothing is answered", () => {
    expect(ids({})).toEqual([]);
    expect(ids({ substances: [], age: [] })).toEqual([]);
  });

  it("cannabis and injecting: the cannabis messages and the injecting ones, and no opioid message", () => {
    expect(ids({ substances: ["cannabis"], injected: ["yes"] })).toEqual([
      "injecting-equipment",
      "injecting-testing",
      "cannabis-less-often",
      "cannabis-lower-strength",
      "cannabis-smoking",
      "cannabis-driving",
    ]);
  });

  it("opioids bring the overdose signs, naloxone, not using alone and lost tolerance", () => {
    const chosen = ids({ substances: ["opioids"] });
    for (const id of ["opioid-overdose-signs", "opioid-naloxone", "opioid-not-alone", "opioid-tolerance", "withdrawal-medical"]) expect(chosen).toContain(id);
    expect(chosen).not.toContain("injecting-equipment");
  });

  it("combining brings the mixing message whatever is used; not combining does not", () => {
    expect(ids({ combined: ["yes"] })).toEqual(["combining"]);
    expect(ids({ combined: ["no"] })).toEqual([]);
  });

  it("injecting 'no' brings no injecting advice", () => {
    expect(ids({ injected: ["no"], substances: ["alcohol"] })).toEqual(["alcohol-less", "withdrawal-medical"]);
  });

  it("under-18s get the message for young people; other ages do not", () => {
    expect(ids({ age: ["under-18"] })).toEqual(["young-people"]);
    expect(ids({ age: ["age-18-24"] })).toEqual([]);
  });

  it("drug checking for stimulants, new psychoactive substances or something else, once", () => {
    expect(ids({ substances: ["stimulants", "nps", "other"] }).filter((id) => id === "drug-checking")).toHaveLength(1);
  });

  it("every message has all its clauses satisfied, not just one", () => {
    const twoClauses = AdviceSet.parse({
      ...adviceJson,
      messages: [{ id: "both", kind: "safety", when: [{ question: "combined", anyOf: ["yes"] }, { question: "substances", anyOf: ["opioids"] }], sources: ["who-opioid-overdose"] }],
    });
    expect(chooseAdvice(twoClauses, { combined: ["yes"] })).toEqual([]);
    expect(chooseAdvice(twoClauses, { combined: ["yes"], substances: ["opioids"] }).map((message) => message.id)).toEqual(["both"]);
  });
});

describe("messagesTriggeredBy (for the rules page)", () => {
  it("lists the messages an answer can bring up", () => {
    expect(messagesTriggeredBy(advice, "injected", "yes")).toEqual(["injecting-equipment", "injecting-testing"]);
    expect(messagesTriggeredBy(advice, "injected", "no")).toEqual([]);
    expect(messagesTriggeredBy(advice, "age", "under-18")).toEqual(["young-people"]);
  });
});

describe("lintAdvice", () => {
  it("names file paths and sentences for unknown questions, options and sources", () => {
    const broken = AdviceSet.parse({
      ...adviceJson,
      messages: [{ id: "opioid-naloxone", kind: "safety", when: [{ question: "substance", anyOf: ["opioids"] }, { question: "injected", anyOf: ["sometimes"] }], sources: ["nobody"] }],
    });
    const issues = lintAdvice(broken, about, englishKeys);
    expect(issues).toContainEqual({ severity: "error", path: ["messages", 0, "sources", 0], message: 'source "nobody" is not listed under sources' });
    expect(issues).toContainEqual({ severity: "error", path: ["messages", 0, "when", 0, "question"], message: 'question "substance" is not one of the questions about use' });
    expect(issues).toContainEqual({ severity: "error", path: ["messages", 0, "when", 1, "anyOf", 0], message: 'question "injected" has no option "sometimes"' });
  });

  it("refuses a message without a source at the schema level", () => {
    const result = AdviceSet.safeParse({ ...adviceJson, messages: [{ id: "x", kind: "safety", when: [{ question: "age", anyOf: ["under-18"] }], sources: [] }] });
    expect(result.success).toBe(false);
  });

  it("reports a message without English text", () => {
    expect(lintAdvice(advice, about, new Set())).toContainEqual({ severity: "error", path: ["messages", 0, "id"], message: "no English text: locales/en/intervention.json needs advice.messages.opioid-overdose-signs" });
  });
});
