import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { uiText } from "./content";

function keys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => keys(inner, prefix === "" ? key : `${prefix}.${key}`));
}
const placeholders = (text: unknown): string[] => (typeof text === "string" ? [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort() : []);
const lookup = (value: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), value);

describe("UI locales", () => {
  for (const namespace of ["common", "wizard", "results"]) {
    const english = uiText("en", namespace);
    for (const language of ["mk", "ar"]) {
      it(`${language}/${namespace} has exactly the English keys and placeholders (no silent fallback)`, () => {
        const other = uiText(language, namespace);
        expect(keys(other).sort()).toEqual(keys(english).sort());
        for (const key of keys(english)) expect(placeholders(lookup(other, key)), key).toEqual(placeholders(lookup(english, key)));
      });
    }
  }

  it("uses no stigmatising words", () => {
    const banned = /\b(addict|addicts|abuser|abusers|junkie|junkies|abuse)\b|зависник|наркоман|مدمن/i;
    for (const language of ["en", "mk", "ar"]) {
      for (const namespace of ["common", "wizard", "results"]) expect(JSON.stringify(uiText(language, namespace))).not.toMatch(banned);
      expect(JSON.stringify(uiText(language, "questionnaires/dudit"))).not.toMatch(banned);
    }
  });

  it("says why sex is asked in one sentence, in every bundled language", () => {
    const languages = readdirSync(join(import.meta.dirname, "..", "..", "locales"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(languages.length).toBeGreaterThan(0);
    const twoSentences = languages.filter((language) => {
      const why = lookup(uiText(language, "wizard"), "profile.why");
      // A full stop, question or exclamation mark (also the Greek and Arabic question marks) followed by more text ends a sentence early.
      return typeof why !== "string" || /[.!?\u037E\u061F]\s+\S/u.test(why);
    });
    expect(twoSentences).toEqual([]);
  });
});
