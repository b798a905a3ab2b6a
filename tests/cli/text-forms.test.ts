import { describe, expect, it } from "vitest";
import { startsSentenceWith } from "../../src/cli/validate/avoided-words";
import { findUnisolatedRuns, isRightToLeft } from "../../src/cli/validate/bidi-isolation";
import { findDatesOutsideLabels } from "../../src/cli/validate/date-labels";

const leaves = (texts: Record<string, string>) => Object.entries(texts).map(([key, text]) => ({ path: [key], text }));
const FSI = "\u2068";
const PDI = "\u2069";

describe("date labels", () => {
  it("accepts a date after a label and a colon, with or without a no-break space", () => {
    expect(findDatesOutsideLabels(leaves({ a: "Number checked: {{date}}", b: "Numéro vérifié\u00a0: {{date}}", c: "تاريخ المصدر: {{date}}" }))).toEqual([]);
  });
  it("refuses a date after a word, wherever it stands", () => {
    const found = findDatesOutsideLabels(leaves({ a: "Number checked on {{date}}", b: "izvor od {{date}}", c: "{{date}}: checked" }));
    expect(found.map((hit) => hit.path)).toEqual(["$.a", "$.b", "$.c"]);
  });
});

describe("bidi isolation in right-to-left text", () => {
  it("knows which languages are written right to left", () => {
    expect(["ar", "he", "fa", "ur"].map(isRightToLeft)).toEqual([true, true, true, true]);
    expect(["en", "fr", "sr-Cyrl", "mk", "el"].map(isRightToLeft)).toEqual([false, false, false, false, false]);
  });
  it("refuses en-dash ranges of numbers or placeholders that are not isolated", () => {
    const found = findUnisolatedRuns(leaves({ a: "18–24", b: "من {{min}}–{{max}}", c: "العمر 35—49 سنة" }));
    expect(found.map((hit) => `${hit.path} ${hit.kind} ${hit.run}`)).toEqual(["$.a range 18–24", "$.b range {{min}}–{{max}}", "$.c range 35—49"]);
  });
  it("refuses a Latin phrase of two or more words that is not isolated", () => {
    const found = findUnisolatedRuns(leaves({ a: "حقوق النشر DAST-10 © 1982 Harvey A. Skinner, Toronto." }));
    expect(found.map((hit) => hit.run)).toEqual(["DAST-10 © 1982 Harvey A. Skinner, Toronto."]);
  });
  it("accepts isolated runs, hyphen-minus ranges and single Latin words", () => {
    const texts = { a: `${FSI}18–24${PDI}`, b: `نص ${FSI}Harvey A. Skinner${PDI} نص`, c: "18-24", d: "مفتاح Esc.", e: "التهاب الكبد B وC", f: "مثلًا DUDIT-1.0.0-242112345123-2612-09AK." };
    expect(findUnisolatedRuns(leaves(texts))).toEqual([]);
  });
});

describe("words that are another standard only at the start of a sentence", () => {
  it("finds them at the start of a text, after a sentence end or an opening quote", () => {
    expect(startsSentenceWith("Što mislite?", "što")).toBe(true);
    expect(startsSentenceWith("Dobro. Što sada?", "što")).toBe(true);
    expect(startsSentenceWith("„Što dalje“", "što")).toBe(true);
  });
  it("leaves the relative and correlative uses alone", () => {
    expect(startsSentenceWith("Ono što želite.", "što")).toBe(false);
    expect(startsSentenceWith("Rizik: što manje pijete, to bolje.", "što")).toBe(false);
    expect(startsSentenceWith("Štošta", "što")).toBe(false);
  });
});

describe("an isolate between two Latin words", () => {
  it("does not join them into a phrase", () => {
    expect(findUnisolatedRuns(leaves({ a: `Esc ${FSI}18–24${PDI} THC` }))).toEqual([]);
  });
});
