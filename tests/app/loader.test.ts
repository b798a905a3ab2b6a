import { describe, expect, it } from "vitest";
import type { ContentSource } from "../../src/app/content/source";
import { createLoader } from "../../src/app/store/loader";
import { definition, instrumentText } from "./content";
import { testContent } from "./render-app";
import { createTestI18n } from "./test-i18n";

// The store's loader (src/app/store/loader.ts) returns values or problems naming the file; the
// completeness of a check's text is the engine's missingTextKeys, checked when a check starts.

/** DUDIT's question 3 and its first option, as the definition names them. */
const Q3 = definition("dudit").items[2]!;
const Q3_FIRST = Q3.options[0]!.id;

/** The English DUDIT text without question 3's wording and its first option's. */
function withoutQ3Text(): ContentSource {
  const text = structuredClone(instrumentText("en", "dudit")) as { items: Record<string, { text?: string; options: Record<string, string> }> };
  delete text.items[Q3.id]!.text;
  delete text.items[Q3.id]!.options[Q3_FIRST];
  return { ...testContent, loadInstrumentText: async (language, id) => (language === "en" && id === "dudit" ? (text as never) : testContent.loadInstrumentText(language, id, null)) };
}

describe("the store's loader", () => {
  it("loads a check with its whole text", async () => {
    const loaded = await createLoader(testContent, createTestI18n()).check("dudit@1.0.0", "en");
    expect(loaded.ok && loaded.value.definition.id).toBe("dudit");
    expect(loaded.ok && loaded.value.text.state).toBe("ready");
  });

  it("names the file and every text a check's definition needs that its text lacks", async () => {
    const loaded = await createLoader(withoutQ3Text(), createTestI18n()).check("dudit@1.0.0", "en");
    expect(loaded).toEqual({
      ok: false,
      problems: [
        {
          file: "locales/en/questionnaires/dudit.json",
          issues: [
            { path: `$.items.${Q3.id}.text`, message: "missing text that dudit@1.0.0 needs" },
            { path: `$.items.${Q3.id}.options.${Q3_FIRST}`, message: "missing text that dudit@1.0.0 needs" },
          ],
        },
      ],
    });
  });

  it("names the definition of a check that does not exist", async () => {
    const loaded = await createLoader(testContent, createTestI18n()).check("dudit@9.9.9", "en");
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.problems[0]?.file).toMatch(/dudit/);
  });

  it("says a text is missing where the language has none, without loading anything", async () => {
    const content: ContentSource = { ...testContent, instrumentTextStatus: () => null, loadInstrumentText: () => Promise.reject(new Error("must not load")) };
    expect(await createLoader(content, createTestI18n()).text("mk", "dudit")).toEqual({ state: "missing" });
  });
});
