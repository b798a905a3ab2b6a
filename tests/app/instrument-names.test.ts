import { describe, expect, it } from "vitest";
import { fileContent } from "../../src/app/content/source";
import { switchLanguage } from "../../src/app/i18n/create-i18n";
import { isNamedInstrument } from "../../src/app/i18n/instrument-names";
import { uiText } from "./content";
import { createTestI18n } from "./test-i18n";

// CheckChoice asks i18next for a questionnaire's name only when the UI texts have one; else it
// shows the title from the definition. Asking must not itself count as a missing key.

describe("questionnaires with UI texts", () => {
  it("knows every questionnaire named in wizard.json, in each language, and no other", async () => {
    const named = Object.keys((uiText("en", "wizard") as { instrument: Record<string, unknown> }).instrument);
    expect(named.length).toBeGreaterThan(0);
    for (const language of fileContent.uiLanguages) {
      const i18n = createTestI18n();
      await switchLanguage(i18n, language, await fileContent.loadUi(language));
      expect(
        named.filter((id) => !isNamedInstrument(i18n, id)),
        language,
      ).toEqual([]);
      expect(isNamedInstrument(i18n, "not-a-questionnaire"), language).toBe(false);
    }
  });

  it("knows none before a language has loaded", () => {
    expect(isNamedInstrument(createTestI18n(), "dudit")).toBe(false);
  });
});
