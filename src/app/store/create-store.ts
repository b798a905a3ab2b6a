import { createStore, type StoreApi } from "zustand/vanilla";
import { questionnaireKey } from "../../engine";
import { afterAnswer, firstStep, stepBack } from "../../wizard/flow";
import { resume } from "../../wizard/resume";
import { storeConfig, type StoreConfig, type StoreDeps } from "./config";
import { createLoader } from "./loader";
import { currentCountry, offeredKeys, offeredLanguages, questionnaireIdOf } from "./offers";
import { selectCanStart } from "./selectors";
import { chooserPage, failure, landingPage, scored, textIdsFor } from "./outcomes";
import { COUNTRY_NOT_LISTED, initialData, textKey, type AppState } from "./state";

export type { StoreDeps };

/** A neutral page for the quick exit when no country (with its own choice) is known. */
export const DEFAULT_QUICK_EXIT_URL = "https://www.wikipedia.org/";

/** The store, with what never changes beside it (not in the state). */
export type AppStore = StoreApi<AppState> & { readonly config: StoreConfig };

/**
 * The one store of the app. It lives in memory only: a reload starts fresh and nothing is
 * written anywhere. Each action awaits the loader (loader.ts), asks the wizard (src/wizard)
 * or the engine, and sets the outcome once; components only select and render.
 */
export function createAppStore(deps: StoreDeps): AppStore {
  const config = storeConfig(deps.content, deps.preferredLanguages, deps.landing ?? null);
  const load = createLoader(deps.content, deps.i18n);
  /** Only the latest language request may commit, however the loads finish. */
  let languageRequest = 0;
  let initStarted = false;

  const store = createStore<AppState>()((set, get) => {
    /** Loads these texts of the language shown into `texts`, merged with what loaded meanwhile. */
    const addTexts = async (language: string, ids: readonly string[]): Promise<void> => {
      const loaded = await load.textsOf(language, ids);
      set({ texts: { ...get().texts, ...loaded } });
    };

    return {
      ...initialData(config.firstLanguage),

      async init() {
        if (initStarted) return;
        initStarted = true;
        set(await (config.landing === null ? chooserPage(get, load, config, deps.hideDemoCountries) : landingPage(config.landing, get, load, config)));
      },

      applyHandOver(handOver) {
        const { definition, questionnaireKey: key } = get();
        if (definition === null || key !== handOver.check || get().step.kind !== "question") return;
        const { answers, profile, step, selected, showingError } = resume(definition, handOver);
        if (step.kind === "result") return set(scored(definition, answers, profile));
        set({ answers, profile, step: step.kind === "checks" ? { kind: "start" } : step, pendingChoice: selected, pendingError: showingError });
      },

      async setLanguage(language) {
        const request = ++languageRequest;
        const ui = await load.ui(language);
        if (request !== languageRequest) return;
        const [shown, texts] = await Promise.all([ui.ok ? load.showUi(language, ui.value) : ui, load.textsOf(language, textIdsFor(get()))]);
        if (!shown.ok) return set(failure(shown.problems));
        if (request !== languageRequest) return;
        set({ language, texts: { ...get().texts, ...texts } });
      },

      async setCountry(code) {
        const countryCode = code === COUNTRY_NOT_LISTED ? COUNTRY_NOT_LISTED : (currentCountry({ countries: get().countries, countryCode: code })?.code ?? null);
        const chosen = get().questionnaireKey;
        const offered = chosen !== null && offeredKeys({ countries: get().countries, countryCode }, config.questionnaireKeys).includes(chosen);
        set({ countryCode, questionnaireKey: offered ? chosen : null, ...(get().step.kind === "chooser" ? { step: { kind: "start" } } : {}) });
        const languages = offeredLanguages(get(), config.uiLanguages);
        const language = languages.includes(get().language) ? get().language : (languages[0] ?? get().language);
        if (language !== get().language) await get().setLanguage(language);
        else await addTexts(language, textIdsFor(get()));
      },

      openCheckChoice() {
        set({ step: { kind: "start" }, pendingChoice: null, pendingError: false });
      },

      chooseQuestionnaire(key) {
        set({ questionnaireKey: key });
        // Errors surface when Start awaits the same loads.
        load.prefetch(key);
        void addTexts(get().language, [questionnaireIdOf(key)]);
      },

      async start() {
        const { questionnaireKey: key, definition: running } = get();
        if (key === null || !selectCanStart(get(), config)) return;
        set({ busy: true });
        const check = await load.check(key, get().language);
        if (!check.ok) return set(failure(check.problems));
        const { definition, text } = check.value;
        const same = running !== null && questionnaireKey(running) === key;
        const kept = same ? { answers: get().answers, profile: get().profile } : { answers: {}, profile: {} };
        const texts = { ...get().texts, [textKey(get().language, definition.id)]: text };
        set({ definition, ...kept, texts, result: null, pendingChoice: null, pendingError: false, choseCheck: true, step: firstStep(definition, {}), busy: false });
      },

      submitAnswer(itemId, optionId) {
        const { definition, profile } = get();
        if (definition === null) return;
        const next = afterAnswer(definition, get().answers, itemId, optionId);
        if (next.step.kind === "result") return set(scored(definition, next.answers, profile));
        set({ answers: next.answers, step: next.step, pendingChoice: null, pendingError: false });
      },

      submitProfile(sex) {
        const { definition, answers } = get();
        if (definition !== null) set(scored(definition, answers, { sex }));
      },

      back() {
        const { step, definition, answers } = get();
        const cleared = { pendingChoice: null, pendingError: false };
        if (step.kind === "start") return set({ ...cleared, step: config.landing !== null && definition !== null ? firstStep(definition, {}) : { kind: "chooser" } });
        if (definition === null || (step.kind !== "question" && step.kind !== "profile" && step.kind !== "result")) return set(cleared);
        const previous = stepBack(definition, answers, step);
        if (previous !== null) set({ ...cleared, step: previous, result: null });
        else set({ ...cleared, ...(step.kind === "question" ? { step: { kind: "start" } } : {}) });
      },

      restart() {
        const { definition } = get();
        const cleared = { answers: {}, profile: {}, result: null, pendingChoice: null, pendingError: false };
        if (config.landing !== null && definition !== null) return set({ ...cleared, step: firstStep(definition, {}) });
        set({ ...cleared, questionnaireKey: null, definition: null, choseCheck: false, step: { kind: config.landing === null && get().countryCode === null ? "chooser" : "start" } });
      },

      quickExit() {
        const url = currentCountry(get())?.quickExitUrl ?? DEFAULT_QUICK_EXIT_URL;
        languageRequest++;
        set({ ...initialData(get().language), step: { kind: "left" } });
        deps.leave(url);
      },
    };
  });
  return Object.assign(store, { config });
}
