// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { createTestI18n } from "./test-i18n";
import { createAppStore } from "../../src/app/store/create-store";
import type { ContentSource } from "../../src/app/content/source";
import type { Definition } from "../../src/engine";
import { TEST_LANDING, testContent } from "./render-app";

function storeWith(loadDefinition: ContentSource["loadDefinition"]) {
  const content: ContentSource = { ...testContent, loadDefinition };
  return createAppStore({ content, i18n: createTestI18n(), leave: () => undefined, preferredLanguages: ["en-GB"], hideDemoCountries: false });
}

describe("the chosen questionnaire is fetched before Start", () => {
  it("choosing a check starts its load; Start uses that load instead of fetching again", async () => {
    const load = vi.fn(testContent.loadDefinition);
    const store = storeWith(load);
    await store.getState().init();
    await store.getState().setCountry("XX");
    expect(load).not.toHaveBeenCalled();

    store.getState().chooseQuestionnaire("dudit@1.0.0");
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith("dudit@1.0.0");

    await store.getState().start();
    expect(load).toHaveBeenCalledTimes(1);
    // Sex is asked after the questions: DUDIT opens on its question 1.
    expect(store.getState().step).toEqual({ kind: "question", itemId: "q1" });
    expect(store.getState().definition?.id).toBe("dudit");
  });

  it("a failed early load is reported at Start and tried again on the next Start", async () => {
    let fail = true;
    const load = vi.fn(async (key: string): Promise<Definition> => {
      if (fail) throw new Error("network down");
      return testContent.loadDefinition(key);
    });
    const store = storeWith(load);
    await store.getState().init();
    await store.getState().setCountry("XX");
    store.getState().chooseQuestionnaire("audit-c@1.0.0");
    await store.getState().start();
    expect(store.getState().step.kind).toBe("error");

    fail = false;
    await store.getState().start();
    expect(load).toHaveBeenCalledTimes(2);
    expect(store.getState().definition?.id).toBe("audit-c");
  });

  it("the start screen loads no instrument text; choosing loads only the chosen one, and Start waits for it", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const loadText = vi.fn(async (...args: Parameters<ContentSource["loadInstrumentText"]>) => {
      await gate;
      return testContent.loadInstrumentText(...args);
    });
    const content: ContentSource = { ...testContent, loadInstrumentText: loadText };
    const store = createAppStore({ content, i18n: createTestI18n(), leave: () => undefined, preferredLanguages: ["en-GB"], hideDemoCountries: false });
    await store.getState().init();
    await store.getState().setCountry("XX");
    expect(store.getState().step).toEqual({ kind: "start" });
    expect(loadText).not.toHaveBeenCalled();

    store.getState().chooseQuestionnaire("audit@1.0.0");
    await vi.waitFor(() => expect(loadText).toHaveBeenCalled());
    expect(loadText.mock.calls.map(([language, id]) => `${language}:${id}`)).toEqual(["en:audit"]);
    const starting = store.getState().start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.getState().step).toEqual({ kind: "start" }); // still waiting for the text
    release();
    await starting;
    expect(store.getState().step).toEqual({ kind: "question", itemId: "q1" }); // AUDIT asks no profile question
    expect(store.getState().texts["en:audit"]?.state).toBe("ready");
  });

  it("a country page loads only its own country, its language, its default check and that check's text", async () => {
    const loadCountry = vi.fn(testContent.loadCountry);
    const loadAllCountries = vi.fn(async () => [await testContent.loadCountry("XX")]);
    const loadDefinition = vi.fn(testContent.loadDefinition);
    const loadText = vi.fn(testContent.loadInstrumentText);
    const loadUi = vi.fn(testContent.loadUi);
    const content: ContentSource = { ...testContent, loadCountry, loadAllCountries, loadDefinition, loadInstrumentText: loadText, loadUi };
    const store = createAppStore({ content, i18n: createTestI18n(), leave: () => undefined, preferredLanguages: ["ar"], hideDemoCountries: false, landing: { ...TEST_LANDING, language: "mk" } });
    await store.getState().init();
    expect(store.getState().step).toEqual({ kind: "question", itemId: "q1" });
    expect(loadAllCountries).not.toHaveBeenCalled();
    expect(loadCountry.mock.calls).toEqual([["XX"]]);
    expect(loadUi.mock.calls).toEqual([["mk"]]);
    expect(loadDefinition.mock.calls).toEqual([["dudit@1.0.0"]]);
    expect(loadText.mock.calls.map(([language, id]) => `${language}:${id}`)).toEqual(["mk:dudit"]);
    expect(store.getState().countries.map((country) => country.code)).toEqual(["XX"]);
  });
});
