import { describe, expect, it } from "vitest";
import { loadBriefContent, loadBriefText } from "../../../src/app/brief/content";
import { adviceMessageKey, textedQuestions } from "../../../src/app/brief/text-keys";
import { fileContent } from "../../../src/app/content/source";
import { createTestI18n } from "../test-i18n";

// The brief intervention's questions and advice come from content files, so their text keys are
// handed to t() only when the loaded language has them (src/app/brief/text-keys.ts). Every
// bundled question, option and message must have a text in every language, so none is left out;
// asking must not itself count as a missing key.

describe("texts of the questions about use and the advice", () => {
  it("every question, option and advice message has a text in each language", async () => {
    const { about, advice } = await loadBriefContent();
    expect(fileContent.uiLanguages.length).toBeGreaterThan(1);
    for (const language of fileContent.uiLanguages) {
      const i18n = createTestI18n();
      await loadBriefText(i18n, language);
      await i18n.changeLanguage(language);
      const texted = textedQuestions(i18n, about);
      expect(
        texted.map((entry) => entry.question.id),
        language,
      ).toEqual(about.questions.map((question) => question.id));
      for (const entry of texted)
        expect(
          entry.options.map((option) => option.id),
          `${language} ${entry.question.id}`,
        ).toEqual(entry.question.options.map((option) => option.id));
      expect(
        advice.messages.filter((message) => adviceMessageKey(i18n, message.id) === undefined).map((message) => message.id),
        language,
      ).toEqual([]);
    }
  });

  it("leaves out what has no text: an unknown message, and every question before the texts have loaded", async () => {
    const { about } = await loadBriefContent();
    const i18n = createTestI18n();
    expect(textedQuestions(i18n, about)).toEqual([]);
    await loadBriefText(i18n, "en");
    await i18n.changeLanguage("en");
    expect(adviceMessageKey(i18n, "no-such-message")).toBeUndefined();
    expect(adviceMessageKey(i18n, "young-people")).toBe("advice.messages.young-people");
    const withUnknown = { ...about, questions: [...about.questions, { id: "no-such-question", kind: "single" as const, options: [{ id: "a" }, { id: "b" }] }] };
    expect(textedQuestions(i18n, withUnknown).map((entry) => entry.question.id)).toEqual(about.questions.map((question) => question.id));
  });
});
