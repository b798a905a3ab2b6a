import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import ownNames from "virtual:language-endonyms";
import { languageEndonyms } from "../../scripts/vite/language-endonyms";
import { endonym, languageName } from "../../src/app/i18n/language-names";

const root = mkdtempSync(join(tmpdir(), "language-endonyms-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Each bundled language's name in itself, from CLDR (the Unicode Common Locale Data
// Repository), in the form used mid-sentence. Written out here, not computed, so that a change
// in the build's Intl data shows up as a failing test rather than a silent rename.
const BUNDLED = {
  ar: "العربية",
  bg: "български",
  bs: "bosanski",
  el: "Ελληνικά",
  en: "English",
  fr: "français",
  hr: "hrvatski",
  mk: "македонски",
  ro: "română",
  sl: "slovenščina",
  sq: "shqip",
  "sr-Cyrl": "српски (ћирилица)",
  "sr-Latn": "srpski (latinica)",
};

describe("the build-time list of language names (virtual:language-endonyms)", () => {
  it("has one name per folder of locales/, in that language; files are not languages", () => {
    mkdirSync(join(root, "locales", "mk"), { recursive: true });
    mkdirSync(join(root, "locales", "sq"), { recursive: true });
    writeFileSync(join(root, "locales", "README.md"), "not a language");
    expect(languageEndonyms(root)).toEqual({ mk: "македонски", sq: "shqip" });
  });

  it("reports a folder whose language has no Intl data, instead of naming it in English", () => {
    mkdirSync(join(root, "locales", "tlh"), { recursive: true });
    const missing: string[] = [];
    expect(languageEndonyms(root, (language) => missing.push(language))).toEqual({ mk: "македонски", sq: "shqip" });
    expect(missing).toEqual(["tlh"]);
  });

  it("is empty, not an error, when there is no locales/ folder", () => {
    expect(languageEndonyms(join(root, "nowhere"))).toEqual({});
  });

  it("the app's list names every bundled language in itself", () => {
    expect(ownNames).toEqual(BUNDLED);
  });
});

describe("language names in the app", () => {
  it("the language menu capitalises each name as a menu entry", () => {
    expect(endonym("mk")).toBe("Македонски");
    expect(endonym("sr-Latn")).toBe("Srpski (latinica)");
    expect(endonym("ar")).toBe("العربية");
  });

  it("a language the build did not know falls back to the Intl data, or to its tag", () => {
    expect(endonym("de")).toBe("Deutsch");
    expect(endonym("tlh")).toBe("tlh");
  });

  it("names a language in the reader's language, in itself mid-sentence, and never in a third language", () => {
    expect(languageName("sq", "en")).toBe("Albanian");
    expect(languageName("mk", "mk")).toBe("македонски");
    // No Intl data for the reader's language: its own name, not the default language's "Albanian".
    expect(languageName("sq", "tlh")).toBe("shqip");
  });
});
