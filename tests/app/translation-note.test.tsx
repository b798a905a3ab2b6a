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

/** The one line the result shows for a status: "official" wording says how far it was checked. */
function expectedLine(language: string, text: QuestionnaireLocale): string {
  const status = text.provenance.status;
  return uiString(language, "results", status === "official" ? "wording.official" : `translation.${status}`);
}

describe("the one line on the questions' wording", () => {
  it.each(fileContent.uiLanguages)("is one line in the page's language on the %s page, never the project's English provenance note", async (language) => {
    for (const id of INSTRUMENTS) {
      const text = instrumentText(language, id);
      const lines = await renderNote(language, text);
      expect(lines, `${language} ${id}`).toEqual([expectedLine(language, text)]);
      if (language !== "en") expect(lines.join("\n"), `${language} ${id}`).not.toContain(text.provenance.source);
      cleanup();
    }
  });
});
