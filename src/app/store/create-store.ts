import type { i18n } from "i18next";
import { createStore, type StoreApi } from "zustand/vanilla";
import { nextItem, pruneHiddenAnswers, score, visibleItems, type Country, type Definition } from "../../engine";
import type { ContentSource } from "../content/source";
import { asContentProblem, type ContentProblem } from "../content/problem";
import { switchLanguage } from "../i18n/create-i18n";
import { matchLanguage } from "../i18n/language-names";
import { currentCountry, offeredKeys, offeredLanguages, questionnaireIdOf } from "./offers";
import { COUNTRY_NOT_LISTED, initialData, textKey, type AppData, type AppState, type InstrumentTextState } from "./state";
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
};

export type AppStore = StoreApi<AppState>;

function regionOf(tag: string): string | null {
  const region = tag.split("-").find((part, index) => index > 0 && /^[A-Za-z]{2}$/.test(part));
  return region === undefined ? null : region.toUpperCase();
}

/**
 * The one store of the app. It lives in memory only: a reload starts fresh and nothing is
 * written anywhere. Actions call the engine; components only select and render.
 */
export function createAppStore(deps: StoreDeps): AppStore {
  const { content } = deps;
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

  return createStore<AppState>()((set, get) => {
    /** Text keys already checked for completeness against the running definition. */
    const checkedAgainst = new Set<string>();
    /**
     * Definitions by key, fetched as soon as a check is chosen on the start screen, so that Start
     * does not wait for a round trip on a slow link. A failed load is forgotten, so Start retries
     * it and reports its error.
     */
    const definitionLoads = new Map<string, Promise<Definition>>();
    const loadDefinition = (key: string): Promise<Definition> => {
      const known = definitionLoads.get(key);
      if (known !== undefined) return known;
      const loading = content.loadDefinition(key);
      definitionLoads.set(key, loading);
      loading.catch(() => definitionLoads.delete(key));
      return loading;
    };
    const fail = (problems: ContentProblem[]): void => set({ step: { kind: "error", problems }, busy: false });

    /** Loads instrument texts not yet known for a language; each settles on its own. */
    /** Text loads under way, by textKey: a later call (Start after choosing) waits for them. */
    const textLoads = new Map<string, Promise<void>>();
    /**
     * Loads instrument texts not yet known for a language; each settles on its own. With a
     * definition, its text is also checked for completeness against it, and a failed load of it
     * is tried again.
     */
    const loadTexts = async (language: string, ids: readonly string[], definition: Definition | null): Promise<void> => {
      await Promise.all(ids.map((id) => textLoads.get(textKey(language, id))));
      const wanted = ids.filter((id) => {
        const known = get().texts[textKey(language, id)];
        if (known === undefined) return true;
        if (definition?.id !== id) return false;
        return known.state === "error" || (known.state === "ready" && !checkedAgainst.has(textKey(language, id)));
      });
      if (wanted.length === 0) return;
      const loading: Record<string, InstrumentTextState> = {};
      for (const id of wanted) loading[textKey(language, id)] = content.instrumentTextStatus(language, id) !== null ? { state: "loading" } : { state: "missing" };
      set({ texts: { ...get().texts, ...loading } });
      const loads = wanted
        .filter((id) => content.instrumentTextStatus(language, id) !== null)
        .map((id) => {
          const key = textKey(language, id);
          const forDefinition = definition?.id === id ? definition : null;
          const load = (async () => {
            let state: InstrumentTextState;
            try {
              state = { state: "ready", text: await content.loadInstrumentText(language, id, forDefinition) };
              if (forDefinition !== null) checkedAgainst.add(key);
            } catch (error) {
              state = { state: "error", problem: asContentProblem(error, `locales/${language}/questionnaires/${id}.json`) };
            }
            set({ texts: { ...get().texts, [key]: state } });
          })();
          textLoads.set(key, load);
          void load.finally(() => {
            if (textLoads.get(key) === load) textLoads.delete(key);
          });
          return load;
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
    const firstQuestionStep = (definition: Definition, answers: AppData["answers"]): AppData["step"] => {
      const first = visibleItems(definition, answers)[0];
      return first === undefined ? { kind: "result" } : { kind: "question", itemId: first.id };
    };

    return {
      ...initialData(firstLanguage, content.uiLanguages, content.questionnaireKeys, textStatus),

      async init() {
        if (initStarted) return;
        initStarted = true;
        let countries: Country[];
        try {
          await switchLanguage(deps.i18n, firstLanguage, await content.loadUi(firstLanguage));
          countries = await Promise.all(content.countryCodes.map((code) => content.loadCountry(code)));
        } catch (error) {
          fail([asContentProblem(error, "content")]);
          return;
        }
        countries = countries.filter((country) => !(deps.hideDemoCountries && country.demo === true));
        const regions = deps.preferredLanguages.map(regionOf).filter((region): region is string => region !== null);
        const guessed = countries.find((country) => regions.includes(country.code)) ?? null;
        set({ countries, countryCode: guessed?.code ?? null });
        if (guessed !== null && !offeredLanguages(get(), content.uiLanguages).includes(firstLanguage)) {
          await get().setLanguage(offeredLanguages(get(), content.uiLanguages)[0] ?? firstLanguage);
        }
        if (get().step.kind === "loading") set({ step: { kind: "start" } });
      },

      async setLanguage(language) {
        const request = ++languageRequest;
        try {
          const bundles = await content.loadUi(language);
          if (request !== languageRequest) return;
          await Promise.all([switchLanguage(deps.i18n, language, bundles), loadTexts(language, textIdsFor(get()), get().definition)]);
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
        const languages = offeredLanguages(get(), content.uiLanguages);
        const language = languages.includes(get().language) ? get().language : (languages[0] ?? get().language);
        if (language !== get().language) await get().setLanguage(language);
        else await loadTexts(language, textIdsFor(get()), get().definition);
      },

      chooseQuestionnaire(key) {
        set({ questionnaireKey: key });
        // Errors surface when Start awaits the same loads.
        loadDefinition(key).catch(() => undefined);
        void loadTexts(get().language, [questionnaireIdOf(key)], null);
      },

      async start() {
        const { questionnaireKey: key, language } = get();
        if (key === null) return;
        set({ busy: true });
        let definition = get().definition;
        const sameCheck = definition !== null && `${definition.id}@${definition.version}` === key;
        try {
          if (!sameCheck) definition = await loadDefinition(key);
        } catch (error) {
          fail([asContentProblem(error, key)]);
          return;
        }
        if (definition === null) return;
        await loadTexts(language, [definition.id], definition);
        const text = get().texts[textKey(language, definition.id)];
        if (text?.state === "error") {
          fail([text.problem]);
          return;
        }
        const answers = sameCheck ? get().answers : {};
        const profile = sameCheck ? get().profile : {};
        const step = definition.profile.includes("sex") ? { kind: "profile" as const } : firstQuestionStep(definition, answers);
        set({ definition, answers, profile, result: null, step, busy: false });
      },

      submitProfile(sex) {
        const { definition, answers } = get();
        if (definition === null) return;
        set({ profile: { sex }, step: firstQuestionStep(definition, answers) });
      },

      submitAnswer(itemId, optionId) {
        const { definition, profile } = get();
        if (definition === null) return;
        const answers = pruneHiddenAnswers(definition, { ...get().answers, [itemId]: optionId });
        const shown = visibleItems(definition, answers);
        const following = shown[shown.findIndex((item) => item.id === itemId) + 1] ?? nextItem(definition, answers);
        if (following !== null) {
          set({ answers, step: { kind: "question", itemId: following.id } });
          return;
        }
        const outcome = score(definition, answers, profile);
        if (!outcome.ok) {
          fail([{ file: `${definition.id}@${definition.version}`, issues: outcome.problems.map((problem) => ({ path: problem.code, message: JSON.stringify(problem) })) }]);
          return;
        }
        set({ answers, result: outcome.result, step: { kind: "result" } });
      },

      back() {
        const { step, definition, answers } = get();
        if (step.kind === "profile") set({ step: { kind: "start" } });
        if (definition === null) return;
        if (step.kind === "question") {
          const shown = visibleItems(definition, answers);
          const previous = shown[shown.findIndex((item) => item.id === step.itemId) - 1];
          if (previous !== undefined) set({ step: { kind: "question", itemId: previous.id } });
          else set({ step: definition.profile.includes("sex") ? { kind: "profile" } : { kind: "start" } });
        }
        if (step.kind === "result") {
          const last = visibleItems(definition, answers).at(-1);
          if (last !== undefined) set({ step: { kind: "question", itemId: last.id }, result: null });
        }
      },

      restart() {
        set({ questionnaireKey: null, definition: null, answers: {}, profile: {}, result: null, step: { kind: "start" } });
      },

      quickExit() {
        const url = currentCountry(get())?.quickExitUrl ?? DEFAULT_QUICK_EXIT_URL;
        languageRequest++;
        set({ ...initialData(get().language, content.uiLanguages, content.questionnaireKeys, textStatus), step: { kind: "left" } });
        deps.leave(url);
      },
    };
  });
}
