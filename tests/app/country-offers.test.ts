// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { fileContent } from "../../src/app/content/source";
import { createTestI18n } from "./test-i18n";
import { createAppStore } from "../../src/app/store/create-store";
import { offeredLanguages, offersIn } from "../../src/app/store/offers";

// Issue 4's promise, checked on the real country files through the app's own logic: in every
// bundled country, every language it lists can be chosen, and every check it offers can be
// taken in that language (its text exists and, if draft, the country offers drafts).
describe("every bundled country", () => {
  it("offers each of its checks in each of its languages", { timeout: 120_000 }, async () => {
    const store = createAppStore({ content: fileContent, i18n: createTestI18n(), leave: () => undefined, preferredLanguages: ["en"], hideDemoCountries: true });
    await store.getState().init();
    const countries = store.getState().countries;
    expect(countries.map((country) => country.code).sort()).toEqual(["AL", "BA", "BG", "EG", "GR", "HR", "LB", "MA", "ME", "MK", "RO", "RS", "SI", "TN"]);

    const unavailable: string[] = [];
    for (const country of countries) {
      await store.getState().setCountry(country.code);
      const languages = offeredLanguages(store.getState(), fileContent.uiLanguages);
      expect(languages, `${country.code}: languages`).toEqual(country.languages);
      expect(country.questionnaires.length, `${country.code}: checks offered`).toBeGreaterThan(0);
      for (const language of languages) {
        await store.getState().setLanguage(language);
        expect(store.getState().step.kind, `${country.code}/${language}`).not.toBe("error");
        const offers = offersIn({ ...store.getState(), textStatus: store.config.textStatus }, fileContent.questionnaireKeys, language);
        expect(offers.map((offer) => offer.key)).toEqual(country.questionnaires);
        for (const offer of offers) if (offer.availability !== "available") unavailable.push(`${country.code} ${language} ${offer.key}: ${offer.availability}`);
      }
    }
    expect(unavailable).toEqual([]);
  });

  it("opens each of its pages on question 1 of its default check, which it offers", { timeout: 120_000 }, async () => {
    const problems: string[] = [];
    expect(fileContent.countryCodes.length).toBeGreaterThan(0);
    for (const code of fileContent.countryCodes) {
      const country = await fileContent.loadCountry(code);
      expect(country.questionnaires, `${code}: default check offered`).toContain(country.defaultCheck);
      for (const language of [null, ...country.languages]) {
        const store = createAppStore({
          content: fileContent,
          i18n: createTestI18n(),
          leave: () => undefined,
          preferredLanguages: ["en"],
          hideDemoCountries: true,
          landing: { countryCode: code, language },
        });
        await store.getState().init();
        const state = store.getState();
        const where = `/${code.toLowerCase()}/${language === null ? "" : `${language}/`}`;
        // /<cc>/ is the country's first language.
        const expectedLanguage = language ?? country.languages[0];
        if (state.language !== expectedLanguage) problems.push(`${where}: language ${state.language}`);
        if (state.step.kind !== "question" || state.step.itemId !== state.definition?.items[0]?.id) problems.push(`${where}: step ${JSON.stringify(state.step)}`);
        if (state.questionnaireKey !== country.defaultCheck) problems.push(`${where}: check ${String(state.questionnaireKey)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
