import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildRulesDocument, describeCondition, describeText } from "../../src/engine/describe";
import type { QuestionnaireLocale, Vectors } from "../../src/engine";
import { instrumentText } from "../app/content";
import { bundledDefinition, bundledDefinitions, bundledVectors, projectRoot } from "../support/content";

// The rules page is generated from the definition; these tests compare it with the definition
// files and with sentences written here by hand, never with the page's own output.

/** Every language folder that has this questionnaire's text, read from the disk now (translators add more). */
function localesOf(id: string): QuestionnaireLocale[] {
  const languages = readdirSync(path.join(projectRoot, "locales")).filter((language) => existsSync(path.join(projectRoot, "locales", language, "questionnaires", `${id}.json`)));
  const sorted = [...languages].sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));
  return sorted.map((language) => instrumentText(language, id));
}

describe("rules document of every bundled definition", () => {
  for (const definition of bundledDefinitions()) {
    const key = `${definition.id}@${definition.version}`;
    const locales = localesOf(definition.id);
    const doc = buildRulesDocument(definition, { locales, vectors: bundledVectors(definition.id) });
    const english = locales[0]!;

    it(`${key}: names the version, status, citations and licence of the file`, () => {
      expect(doc.key).toBe(key);
      expect(doc.status).toBe(definition.status);
      expect(doc.citations.map((c) => c.text)).toEqual(definition.citations.map((c) => c.text));
      expect(doc.licence.terms).toBe(definition.licence.terms);
      expect(doc.licence.source).toBe(definition.licence.source);
      expect(doc.clinicianNotes).toEqual(definition.clinicianNotes);
    });

    it(`${key}: lists every item and option with the points of the definition and the English label`, () => {
      expect(doc.items.map((item) => item.id)).toEqual(definition.items.map((item) => item.id));
      for (const [index, item] of definition.items.entries()) {
        const shown = doc.items[index]!;
        expect(shown.number).toBe(index + 1);
        expect(shown.text).toBe(english.items[item.id]!.text);
        expect(shown.options).toEqual(item.options.map((option) => ({ id: option.id, label: english.items[item.id]!.options[option.id], points: option.points })));
        expect(shown.showIf === undefined).toBe(item.showIf === undefined);
      }
    });

    it(`${key}: shows each band's cut-offs, feedback label and referral tier exactly as defined`, () => {
      for (const set of definition.bands) {
        const shown = doc.bands.find((candidate) => candidate.score === set.score)!;
        expect(shown.variants).toHaveLength(set.variants.length);
        for (const [index, variant] of set.variants.entries()) {
          const rows = shown.variants[index]!.bands;
          expect(rows.map(({ id, min, max, referralTier, feedback }) => ({ id, min, max, referralTier, feedback }))).toEqual(
            variant.bands.map(({ id, min, max, referralTier, feedback }) => ({ id, min, max, referralTier, feedback })),
          );
          for (const row of rows) expect(row.label).toBe(english.bands[row.feedback]!.label);
        }
      }
    });

    it(`${key}: has one translation row per language folder, with that folder's status`, () => {
      expect(doc.translations.map((row) => [row.language, row.status])).toEqual(locales.map((locale) => [locale.language, locale.provenance.status]));
      for (const row of doc.translations) expect(row.missing).toEqual([]);
    });

    it(`${key}: runs every worked example and they all pass`, () => {
      if (doc.examples.state !== "run") throw new Error(`examples not run: ${doc.examples.state}`);
      expect(doc.examples.failed).toBe(0);
      expect(doc.examples.cases).toHaveLength(bundledVectors(definition.id).cases.length);
    });
  }
});

describe("rules document details", () => {
  const dudit = bundledDefinition("dudit");
  const duditEn = instrumentText("en", "dudit");

  it("writes the DUDIT cut-offs as the manual gives them (men 6, women 2, anyone 25)", () => {
    const doc = buildRulesDocument(dudit, { locales: [duditEn] });
    const [men, others] = doc.bands[0]!.variants;
    expect(men!.appliesTo).toBe("male");
    expect(men!.bands.map((band) => band.rangeText)).toEqual(["0–5", "6–24", "25 or more (up to 44)"]);
    expect(others!.appliesTo).toBe("female, other and not given");
    expect(others!.bands.map((band) => band.rangeText)).toEqual(["0–1", "2–24", "25 or more (up to 44)"]);
    expect(doc.scores[0]!.range).toEqual({ min: 0, max: 44 });
  });

  it("states the decision where sex is not given", () => {
    const doc = buildRulesDocument(dudit, { locales: [duditEn] });
    expect(doc.bands[0]!.sexNotGiven).toBe(
      "When sex is not given, or is neither female nor male, no published rule exists; this version applies the cut-offs for female, the lowest (most sensitive) ones.",
    );
  });

  it("prints AUDIT's skip logic in plain words", () => {
    const audit = bundledDefinition("audit");
    const text = describeText(audit, instrumentText("en", "audit"));
    const q4 = audit.items.find((item) => item.id === "q4")!;
    expect(describeCondition(q4.showIf!, text)).toBe("all of: the answer to item 1 is not “Never”; not all of (the answer to item 2 is “1 or 2”; the answer to item 3 is “Never”)");
  });

  it("marks a worked example as failing when its expectation is wrong, showing what the engine computed", () => {
    const vectors = bundledVectors("dudit");
    const original = vectors.cases.find((vector) => "scores" in vector.expect)!;
    if (!("scores" in original.expect)) throw new Error("unreachable");
    const truth = original.expect.scores["total"]!;
    const broken: Vectors = { ...vectors, cases: [{ ...original, expect: { ...original.expect, scores: { total: truth + 1 } } }] };
    const doc = buildRulesDocument(dudit, { locales: [duditEn], vectors: broken });
    if (doc.examples.state !== "run") throw new Error("examples not run");
    expect(doc.examples.failed).toBe(1);
    const example = doc.examples.cases[0]!;
    expect(example.pass).toBe(false);
    expect(example.failures.join(" ")).toContain(`expected ${truth + 1}`);
    // The engine's own number is shown, not the expectation.
    if (!example.engine.ok) throw new Error("the case must score");
    expect(example.engine.scores[0]!.value).toBe(truth);
  });

  it("does not run examples written for another version", () => {
    const vectors: Vectors = { ...bundledVectors("dudit"), versions: ["9.0.0"] };
    const doc = buildRulesDocument(dudit, { locales: [duditEn], vectors });
    expect(doc.examples).toEqual({ state: "other-versions", versions: ["9.0.0"] });
  });

  it("lists the texts a language still lacks", () => {
    const partial: QuestionnaireLocale = { ...duditEn, language: "xx", provenance: { status: "draft", source: "test" }, items: { ...duditEn.items } };
    delete (partial.items as Record<string, unknown>)["q3"];
    const doc = buildRulesDocument(dudit, { locales: [duditEn, partial] });
    const row = doc.translations.find((candidate) => candidate.language === "xx")!;
    expect(row.status).toBe("draft");
    expect(row.missing).toContain("items.q3.text");
  });
});
