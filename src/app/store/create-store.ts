import type { i18n } from "i18next";
import { createStore, type StoreApi } from "zustand/vanilla";
import { questionnaireKey, score, type Answers, type Country, type Definition, type Profile } from "../../engine";
import type { ContentSource } from "../content/source";
import { asContentProblem, type ContentProblem } from "../content/problem";
import { parseInstrumentText } from "../content/parse";
import { instrumentTextPathOf } from "../content/files";
import { switchLanguage } from "../i18n/create-i18n";
import { matchLanguage } from "../i18n/language-names";
import type { Landing } from "../landing";
import { afterAnswer, firstStep, stepBack } from "../../wizard/flow";
import { resume } from "../../wizard/resume";
import { memoLoads } from "./loads";
import { currentCountry, offeredKeys, offeredLanguages, offersIn, questionnaireIdOf } from "./offers";
import { COUNTRY_NOT_LISTED, initialData, textKey, type AppData, type AppState, type InstrumentTextState, type Step } from "./state";
import type { TranslationStatus } from "../../engine";

/** A neutral page for the quick exit when no country (with its own choice) is known. */
export const DEFAULT_QUICK_EXIT_URL = "https://www.wikipedia.org/";

export type StoreDeps = {
  content: ContentSource;
  i18n: i18n;
  /** Replaces the page so that Back cannot return (location.replace in the browser). */
  leave: (url: string) => void;
  /** navigator.languages, read once; never stored. */
  preferredLanguages: readonly string[];
  /** Production builds leave demo countries out. */
  hideDemoCountries: boolean;
  /** The country page the person landed on (from the path), or null for the chooser at `/`. */
  landing?: Landing | null;
};

export type AppStore = StoreApi<AppState>;

/**
 * The one store of the app. It lives in memory only: a reload starts fresh and nothing is
 * written anywhere. Actions call the engine; components only select and render.
 */
export function createAppStore(deps: StoreDeps): AppStore {
  const { content } = deps;
  const landing = deps.landing ?? null;
  const fallbackLanguage = content.uiLanguages.includes("en") ? "en" : (content.uiLanguages[0] ?? "en");
  const firstLanguage = matchLanguage(deps.preferredLanguages, content.uiLanguages) ?? fallbackLanguage;
  const textStatus: Record<string, TranslationStatus> = {};
  for (const language of content.uiLanguages) {
    for (const id of new Set(content.questionnaireKeys.map(questionnaireIdOf))) {
      const status = content.instrumentTextStatus(language, id);
      if (status !== null) textStatus[textKey(language, id)] = status;
    }
  }
  /** Only the latest language request may commit, however the loads finish. */
  let languageRequest = 0;
  let initStarted = false;
  const loadDefinition = memoLoads((key) => content.loadDefinition(key));
  const loadText = memoLoads((key) => {
    const [language = "", id = ""] = key.split(":");
    return content.loadInstrumentText(language, id, null);
  });

  return createStore<AppState>()((set, get) => {
    const fail = (problems: ContentProblem[]): void => set({ step: { kind: "error", problems }, busy: false });

    /** Loads the instrument texts of these checks in a language into `texts`; each settles on its own. */
    const loadTexts = async (language: string, ids: readonly string[]): Promise<void> => {
      const loads = ids.map(async (id) => {
        const key = textKey(language, id);
        if (content.instrumentTextStatus(language, id) === null) {
          if (get().texts[key] === undefined) set({ texts: { ...get().texts, [key]: { state: "missing" } } });
          return;
        }
        if (get().texts[key]?.state === "ready") return;
        if (get().texts[key] === undefined) set({ texts: { ...get().texts, [key]: { state: "loading" } } });
        let state: InstrumentTextState;
        try {
          state = { state: "ready", text: await loadText(key) };
        } catch (error) {
          state = { state: "error", problem: asContentProblem(error, instrumentTextPathOf(language, id).slice(1)) };
        }
        set({ texts: { ...get().texts, [key]: state } });
      });
      await Promise.all(loads);
    };
    /** The instrument texts worth having now: the chosen check's and the running one's, never all offered. */
    const textIdsFor = (data: AppData): string[] => {
      const ids = new Set<string>();
      if (data.questionnaireKey !== null) ids.add(questionnaireIdOf(data.questionnaireKey));
      if (data.definition !== null) ids.add(data.definition.id);
      return [...ids];
    };
    /**
     * The definition and its text in the language shown, with every string the definition needs
     * (checked here, not at load, so a text loaded on choice is not loaded again at Start).
     * Null after reporting a problem.
     */
    const prepareCheck = async (key: string): Promise<Definition | null> => {
      let definition: Definition;
      try {
        definition = await loadDefinition(key);
      } catch (error) {
        fail([asContentProblem(error, key)]);
        return null;
      }
      const language = get().language;
      await loadTexts(language, [definition.id]);
      const text = get().texts[textKey(language, definition.id)];
      if (text?.state === "error") {
        fail([text.problem]);
        return null;
      }
      if (text?.state === "ready") {
        try {
          parseInstrumentText(text.text, instrumentTextPathOf(language, definition.id).slice(1), language, definition);
        } catch (error) {
          fail([asContentProblem(error, instrumentTextPathOf(language, definition.id).slice(1))]);
          return null;
        }
      }
      return definition;
    };
    const scored = (definition: Definition, answers: Answers, profile: Profile): Partial<AppData> | null => {
      const outcome = score(definition, answers, profile);
      if (outcome.ok) return { answers, profile, result: outcome.result, step: { kind: "result" }, pendingChoice: null, pendingError: false };
      fail([{ file: questionnaireKey(definition), issues: outcome.problems.map((problem) => ({ path: problem.code, message: JSON.stringify(problem) })) }]);
      return null;
    };

    /** A country page: its country, language and default check, on question 1. */
    const initLanding = async (page: Landing): Promise<void> => {
      let country: Country;
      try {
        country = await content.loadCountry(page.countryCode);
      } catch (error) {
        fail([asContentProblem(error, `countries/${page.countryCode.toLowerCase()}.json`)]);
        return;
      }
      const languages = country.languages.filter((language) => content.uiLanguages.includes(language));
      const language = page.language !== null && languages.includes(page.language) ? page.language : (languages[0] ?? fallbackLanguage);
      try {
        await switchLanguage(deps.i18n, language, await content.loadUi(language));
      } catch (error) {
        fail([asContentProblem(error, `locales/${language}`)]);
        return;
      }
      set({ countries: [country], countryCode: country.code, language, questionnaireKey: country.defaultCheck });
      const offer = offersIn(get(), content.questionnaireKeys, language).find((candidate) => candidate.key === country.defaultCheck);
      if (offer?.availability !== "available") {
        // The country's default check cannot be taken in this language: let the person choose.
        set({ questionnaireKey: null, step: { kind: "start" } });
        return;
      }
      const definition = await prepareCheck(country.defaultCheck);
      if (definition === null) return;
      set({ definition, step: firstStep(definition, {}) });
    };

    /** The chooser at `/`: the country list. */
    const initChooser = async (): Promise<void> => {
      let countries: Country[];
      try {
        await switchLanguage(deps.i18n, firstLanguage, await content.loadUi(firstLanguage));
        countries = await (content.loadAllCountries?.() ?? Promise.all(content.countryCodes.map((code) => content.loadCountry(code))));
      } catch (error) {
        fail([asContentProblem(error, "content")]);
        return;
      }
      set({ countries: countries.filter((country) => !(deps.hideDemoCountries && country.demo === true)) });
      if (get().step.kind === "loading") set({ step: { kind: "chooser" } });
    };

    return {
      ...initialData(firstLanguage, content.uiLanguages, content.questionnaireKeys, textStatus, landing),

      async init() {
        if (initStarted) return;
        initStarted = true;
        await (landing === null ? initChooser() : initLanding(landing));
      },

      applyHandOver(handOver) {
        const { definition, questionnaireKey: key } = get();
        if (definition === null || key !== handOver.check || get().step.kind !== "question") return;
        const resumed = resume(definition, handOver);
        const { answers, profile } = resumed;
        if (resumed.step.kind === "result") {
          const next = scored(definition, answers, profile);
          if (next !== null) set(next);
          return;
        }
        const step: Step = resumed.step.kind === "checks" ? { kind: "start" } : resumed.step;
        set({ answers, profile, step, pendingChoice: resumed.selected, pendingError: resumed.showingError });
      },

      async setLanguage(language) {
        const request = ++languageRequest;
        try {
          const bundles = await content.loadUi(language);
          if (request !== languageRequest) return;
          await Promise.all([switchLanguage(deps.i18n, language, bundles), loadTexts(language, textIdsFor(get()))]);
        } catch (error) {
          fail([asContentProblem(error, `locales/${language}`)]);
          return;
        }
        if (request !== languageRequest) return;
        set({ language });
      },

      async setCountry(code) {
        set({ countryCode: code === COUNTRY_NOT_LISTED ? COUNTRY_NOT_LISTED : (currentCountry({ countries: get().countries, countryCode: code })?.code ?? null) });
        const offered = offeredKeys(get(), content.questionnaireKeys);
        if (get().questionnaireKey !== null && !offered.includes(get().questionnaireKey ?? "")) set({ questionnaireKey: null });
        if (get().step.kind === "chooser") set({ step: { kind: "start" } });
        const languages = offeredLanguages(get(), content.uiLanguages);
        const language = languages.includes(get().language) ? get().language : (languages[0] ?? get().language);
        if (language !== get().language) await get().setLanguage(language);
        else await loadTexts(language, textIdsFor(get()));
      },

      openCheckChoice() {
        set({ step: { kind: "start" }, pendingChoice: null, pendingError: false });
      },

      chooseQuestionnaire(key) {
        set({ questionnaireKey: key });
        // Errors surface when Start awaits the same loads.
        loadDefinition(key).catch(() => undefined);
        void loadTexts(get().language, [questionnaireIdOf(key)]);
      },

      async start() {
        const { questionnaireKey: key } = get();
        if (key === null) return;
        set({ busy: true });
        const running = get().definition;
        const sameCheck = running !== null && questionnaireKey(running) === key;
        const definition = await prepareCheck(key);
        if (definition === null) return;
        const answers = sameCheck ? get().answers : {};
        const profile = sameCheck ? get().profile : {};
        set({ definition, answers, profile, result: null, pendingChoice: null, pendingError: false, choseCheck: true, step: firstStep(definition, {}), busy: false });
      },

      submitAnswer(itemId, optionId) {
        const { definition, profile } = get();
        if (definition === null) return;
        const next = afterAnswer(definition, get().answers, itemId, optionId);
        if (next.step.kind === "result") {
          const result = scored(definition, next.answers, profile);
          if (result !== null) set(result);
          return;
        }
        set({ answers: next.answers, step: next.step, pendingChoice: null, pendingError: false });
      },

      submitProfile(sex) {
        const { definition, answers } = get();
        if (definition === null) return;
        const next = scored(definition, answers, { sex });
        if (next !== null) set(next);
      },

      back() {
        const { step, definition, answers, landing: page } = get();
        set({ pendingChoice: null, pendingError: false });
        if (step.kind === "start") {
          if (page !== null && definition !== null) set({ step: firstStep(definition, {}) });
          else set({ step: { kind: "chooser" } });
          return;
        }
        if (definition === null || (step.kind !== "question" && step.kind !== "profile" && step.kind !== "result")) return;
        const previous = stepBack(definition, answers, step);
        if (previous !== null) set({ step: previous, result: null });
        else if (step.kind === "question") set({ step: { kind: "start" } });
      },

      restart() {
        const { definition, landing: page } = get();
        const cleared = { answers: {}, profile: {}, result: null, pendingChoice: null, pendingError: false };
        if (page !== null && definition !== null) set({ ...cleared, step: firstStep(definition, {}) });
        else set({ ...cleared, questionnaireKey: null, definition: null, choseCheck: false, step: { kind: page === null && get().countryCode === null ? "chooser" : "start" } });
      },

      quickExit() {
        const url = currentCountry(get())?.quickExitUrl ?? DEFAULT_QUICK_EXIT_URL;
        languageRequest++;
        set({ ...initialData(get().language, content.uiLanguages, content.questionnaireKeys, textStatus, landing), step: { kind: "left" } });
        deps.leave(url);
      },
    };
  });
}
