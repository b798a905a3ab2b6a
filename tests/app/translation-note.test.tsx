// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, render } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { TranslationNote } from "../../src/app/components/TranslationNote";
import { fileContent } from "../../src/app/content/source";
import { switchLanguage } from "../../src/app/i18n/create-i18n";
import type { QuestionnaireLocale } from "../../src/engine";
import { instrumentText, uiString } from "./content";
import { createTestI18n } from "./test-i18n";

afterEach(cleanup);

const INSTRUMENTS = ["audit", "audit-c", "cast", "dast-10", "dudit"];

async function renderNote(language: string, text: QuestionnaireLocale): Promise<string[]> {
  const i18n = createTestI18n();
  await switchLanguage(i18n, language, await fileContent.loadUi(language));
  const { container } = render(
    <I18nextProvider i18n={i18n}>
      <TranslationNote text={text} />
    </I18nextProvider>,
  );
  return [...container.querySelectorAll("h2, p")].map((element) => element.textContent ?? "");
}

describe("the note on the questions' source", () => {
  it("shows the English source line on the English page", async () => {
    const text = instrumentText("en", "dudit");
    const lines = await renderNote("en", text);
    expect(lines).toContain(uiString("en", "results", "translation.source").replace("{{source}}", text.provenance.source));
  });

  const otherLanguages = fileContent.uiLanguages.filter((language) => language !== "en");
  it.each(otherLanguages)("has no line in English on the %s page (the provenance note is English)", async (language) => {
    for (const id of INSTRUMENTS) {
      const text = instrumentText(language, id);
      const lines = await renderNote(language, text);
      expect(lines.join("\n"), `${language} ${id}`).not.toContain(text.provenance.source);
      expect(lines, `${language} ${id}`).toEqual([uiString(language, "results", "translation.heading"), uiString(language, "results", `translation.${text.provenance.status}`)]);
      cleanup();
    }
  });

  it("shows a validated translation's citation, not its English note", async () => {
    const draft = instrumentText("fr", "audit");
    // A made-up reference: the test needs the shape of a citation, not a real one.
    const citation = { text: "Auteur A. (2000). Une citation de test.", doi: "10.0000/fixture", supports: "French item wording (test fixture)" };
    const validated: QuestionnaireLocale = { ...draft, provenance: { ...draft.provenance, status: "validated", source: "English note for the project", citation } };
    const lines = await renderNote("fr", validated);
    expect(lines).toContain(uiString("fr", "results", "translation.source").replace("{{source}}", citation.text));
    expect(lines.join("\n")).not.toContain("English note for the project");
  });
});
