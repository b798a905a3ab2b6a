import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { QuestionnaireLocale } from "../../src/engine";
import { Definition } from "../../src/engine/schema";
import { diffDefinitions } from "../../src/engine/describe";
import { instrumentText } from "../app/content";
import { bundledDefinition, projectRoot } from "../support/content";

// The fixture versions (tests/fixtures/versions) are test copies, not clinical versions; each
// notes what it changes. The expected sentences below were written from those notes.

const fixture = (id: string, version: string): Definition => Definition.parse(JSON.parse(readFileSync(path.join(projectRoot, "tests/fixtures/versions", id, `${version}.json`), "utf8")));

const texts = (changes: { text: string }[]) => changes.map((change) => change.text);

describe("diff between definition versions", () => {
  it("is empty for a version compared with itself", () => {
    const dudit = bundledDefinition("dudit");
    const en = instrumentText("en", "dudit");
    expect(diffDefinitions(dudit, dudit, [en], [en])).toEqual([]);
  });

  it("lists every change of the DUDIT fixture 2.0.0 in plain words", () => {
    const en = instrumentText("en", "dudit");
    const changes = diffDefinitions(bundledDefinition("dudit"), fixture("dudit", "2.0.0"), [en], [en]);
    const scoring = changes.filter((change) => change.affectsScoring);
    expect(texts(scoring)).toEqual([
      "Item 2 (q2): the skip logic changed: now shown only if the answer to item 1 is not “Never” (was always shown).",
      "Item 10 (q10): option “Yes, but not over the past year” now scores 3 points instead of 2.",
      "Score total: the policy for missing answers changed from require-all to hidden-as-zero. Items hidden by skip logic count 0 points; every item that is shown must be answered; incomplete answers give no result.",
      "Bands of total for male: band below-cutoff now covers 0–6 (was 0–5).",
      "Bands of total for male: band drug-related-problems now covers 7–24 (was 6–24).",
      "Adjustment test-daily-craving was added: it fires when the answer to item 5 is “Daily or almost every day”.",
      "Flag stopping-safely now fires when any of: total is 25 or more; the answer to item 8 is “Daily or almost every day” (was: when any of: total is 25 or more; the answer to item 8 is “Every week” or “Daily or almost every day”).",
    ]);
    expect(texts(changes)).toContain("Status changed from active to draft.");
    expect(changes.find((change) => change.area === "notes")?.affectsScoring).toBe(false);
  });

  it("lists the AUDIT fixture's point and cut-off changes", () => {
    const en = instrumentText("en", "audit");
    const changes = diffDefinitions(bundledDefinition("audit"), fixture("audit", "2.0.0"), [en], [en]);
    expect(texts(changes.filter((change) => change.affectsScoring))).toEqual([
      "Item 5 (q5): option “Monthly” now scores 3 points instead of 2.",
      "Bands of total for everyone: band zone-2 now covers 8–14 (was 8–15).",
      "Bands of total for everyone: band zone-3 now covers 15–19 (was 16–19).",
    ]);
  });

  it("names removed and added items and options, and a changed reachable range", () => {
    const before = bundledDefinition("dast-10");
    const after: Definition = structuredClone(before);
    after.items = after.items.filter((item) => item.id !== "q10");
    after.scores = after.scores.map((score) => ({ ...score, items: score.items.filter((id) => id !== "q10") }));
    after.items[0]!.options.push({ id: "sometimes", points: 1 });
    after.items[1]!.options = after.items[1]!.options.filter((option) => option.id !== "yes");
    const changes = texts(diffDefinitions(before, after, [instrumentText("en", "dast-10")], [instrumentText("en", "dast-10")]));
    expect(changes).toContain("Item 10 (q10) was removed.");
    expect(changes).toContain("Item 1 (q1): option “sometimes” (sometimes) was added, scoring 1 point.");
    expect(changes).toContain("Item 2 (q2): option “Yes” (yes, 1 point) was removed.");
    expect(changes).toContain("Score total no longer sums item 10.");
    expect(changes.some((text) => /^Score total can now range from 0 to \d+ \(was 0 to 10\)\.$/.test(text))).toBe(true);
  });

  it("reports wording changes per language", () => {
    const dudit = bundledDefinition("dudit");
    const en = instrumentText("en", "dudit");
    const reworded: QuestionnaireLocale = structuredClone(en);
    reworded.items["q1"]!.text = "How often do you use drugs (not alcohol)?";
    const changes = diffDefinitions(dudit, dudit, [en], [reworded]);
    expect(changes).toEqual([{ area: "text", affectsScoring: false, text: `[en] item q1 text changed from “${en.items["q1"]!.text}” to “How often do you use drugs (not alcohol)?”.` }]);
  });
});
