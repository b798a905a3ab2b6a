import { describe, expect, it } from "vitest";
import { instrumentText, uiString } from "./content";

/*
 * Meaning-changing defects the 2026-12 translation review found in single texts, which no
 * general check can catch (a typo that makes another word, a garbled negation). Each row names
 * the text and the wording that must not come back.
 */
const UI_ROWS: [language: string, namespace: string, key: string, wrong: string][] = [
  // "Keep things as they are" had become "leave the substances as they are".
  ["sr-Latn", "intervention", "frames.menu.self-help.one", "supstance"],
  ["sr-Cyrl", "intervention", "frames.menu.self-help.one", "супстанце"],
  ["bs", "intervention", "frames.menu.self-help.one", "supstance"],
  // "Drink or do something else" read as a suggestion to drink, in a plan to use less.
  ["fr", "intervention", "plan.situations.examples.instead.five", "Boire ou faire autre chose"],
  // Albanian: "the only use of opioids" instead of "using opioids when alone".
  ["sq", "intervention", "advice.messages.opioid-not-alone", "Përdorimi i opioidëve i vetëm"],
  // Albanian: "drug control" (police) instead of drug checking (testing).
  ["sq", "intervention", "advice.messages.drug-checking", "kontrollin e drogave"],
  // Albanian: "after a holiday in prison" instead of a time without using.
  ["sq", "intervention", "advice.messages.opioid-tolerance", "Pas një pushimi"],
];

describe("defects of the 2026-12 translation review stay fixed", () => {
  it.each(UI_ROWS)('%s %s:%s has no "%s"', (language, namespace, key, wrong) => {
    expect(uiString(language, namespace, key)).not.toContain(wrong);
  });

  it("Albanian DUDIT advice says never to use alone, without the double negative", () => {
    const advice = instrumentText("sq", "dudit").bands["drug-related-problems"]?.advice ?? [];
    expect(advice.join(" ")).not.toContain("asnjëherë pa përdorur");
    expect(advice.join(" ")).toContain("të mos përdorni kurrë kur jeni vetëm");
  });
});
