/**
 * Build-time render of the pages a person can land on (scripts/vite/prerender.ts writes them
 * into dist/): the chooser at `/` and every country page, `/<cc>/` and `/<cc>/<lang>/`, open on
 * question 1 of the country's default check. The same components as the live app render
 * them, from the same store, so the app takes over without a visible change.
 */
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createStore } from "zustand/vanilla";
import { progress, questionnaireKey, SEX_VALUES } from "../engine";
import { fileContent, type ContentSource } from "./content/source";
import { createI18n } from "./i18n/create-i18n";
import { directionOf } from "./i18n/document-language";
import { describeMissingKey, missingKeyReporting, type MissingKey } from "./i18n/missing-key";
import { createAppStore, type AppStore } from "./store/create-store";
import { StoreContext } from "./store/context";
import { textKey, type AppState } from "./store/state";
import type { FirstPageData } from "../wizard/page-data";
import { documentTitle } from "../wizard/screen";
import { Shell } from "./Shell";

export type RenderedPage = {
  /** The markup inside #root. */
  markup: string;
  language: string;
  direction: "ltr" | "rtl";
  title: string;
  description: string;
  /** Country pages only: the first script's data, without the build's file names (the plugin adds them). */
  firstPage: Omit<FirstPageData, "app" | "preload"> | null;
  /** Country pages only: the content files the app loads for this page, for preloading. */
  contentFiles: string[];
};

const SEX_LABEL_KEYS = { female: "profile.female", male: "profile.male", other: "profile.other", "not-given": "profile.notGiven" } as const;

/** The app's i18next set-up for a page written at build time: a missing key there would reach every visitor, so it stops the build. */
function buildI18n(): { i18n: ReturnType<typeof createI18n>; requireNoMissingKeys(where: string): void } {
  const missingKeys: MissingKey[] = [];
  const i18n = createI18n({ missingKeys: missingKeyReporting((missing) => missingKeys.push(missing)) });
  return {
    i18n,
    requireNoMissingKeys(where) {
      if (missingKeys.length > 0) throw new Error(`prerender: ${where}: UI text keys missing: ${missingKeys.map(describeMissingKey).join(", ")}`);
    },
  };
}

function renderShell(store: AppStore, i18n: ReturnType<typeof createI18n>): string {
  // zustand renders a store's *initial* state on the server: start from the loaded one.
  const loaded = Object.assign(
    createStore<AppState>()(() => store.getState()),
    { config: store.config },
  );
  return renderToString(
    <StoreContext.Provider value={loaded}>
      <I18nextProvider i18n={i18n}>
        <Shell />
      </I18nextProvider>
    </StoreContext.Provider>,
  );
}

/** The chooser at `/`: English, the country list as links. Controls that need the app are written disabled. */
export async function renderChooser(options: { hideDemoCountries: boolean; content?: ContentSource }): Promise<RenderedPage> {
  const { i18n, requireNoMissingKeys } = buildI18n();
  const store = createAppStore({ content: options.content ?? fileContent, i18n, leave: () => undefined, preferredLanguages: ["en"], hideDemoCountries: options.hideDemoCountries });
  await store.getState().init();
  if (store.getState().step.kind !== "chooser") throw new Error(`prerender: the app did not reach the chooser: ${JSON.stringify(store.getState().step)}`);
  const html = renderShell(store, i18n).replace(/<(select|input|button)\b(?![^>]*\sdisabled)/g, '<$1 disabled=""');
  const t = i18n.getFixedT("en", "common");
  requireNoMissingKeys("/");
  return {
    markup: html,
    language: "en",
    direction: "ltr",
    title: documentTitle(t("title.start"), t("appName")),
    description: `${t("tagline")}. ${t("footer.privacy")}`,
    firstPage: null,
    contentFiles: [],
  };
}

/** A country page: question 1 of its default check in one of its languages, working from the HTML. */
export async function renderCountryPage(countryCode: string, language: string | null, content: ContentSource = fileContent): Promise<RenderedPage> {
  const { i18n, requireNoMissingKeys } = buildI18n();
  const store = createAppStore({ content, i18n, leave: () => undefined, preferredLanguages: ["en"], hideDemoCountries: false, landing: { countryCode, language } });
  await store.getState().init();
  const state = store.getState();
  const where = `${countryCode}/${language ?? "(first language)"}`;
  if (state.step.kind !== "question" || state.definition === null) throw new Error(`prerender: ${where} did not open on a question: ${JSON.stringify(state.step)}`);
  const text = state.texts[textKey(state.language, state.definition.id)];
  if (text?.state !== "ready") throw new Error(`prerender: ${where}: no instrument text`);
  const country = state.countries[0];
  if (country === undefined) throw new Error(`prerender: ${where}: no country`);
  const definition = state.definition;
  const t = i18n.getFixedT(state.language, "wizard");
  const common = i18n.getFixedT(state.language, "common");
  const firstPage: RenderedPage["firstPage"] = {
    check: questionnaireKey(definition),
    items: definition.items.map((item) => ({ id: item.id, ...(item.showIf === undefined ? {} : { showIf: item.showIf }), options: item.options.map((option) => option.id) })),
    profile: [...definition.profile],
    quickExitUrl: country.quickExitUrl,
    text: {
      intro: text.text.intro,
      items: Object.fromEntries(definition.items.map((item) => [item.id, { text: text.text.items[item.id]?.text ?? item.id, options: text.text.items[item.id]?.options ?? {} }])),
      draft: text.text.provenance.status === "draft",
    },
    labels: {
      progress: t("question.progress", { position: "{{position}}", total: "{{total}}", interpolation: { escapeValue: false } }),
      questionTitle: common("title.question", { position: "{{position}}", total: "{{total}}" }),
      beforeResultTitle: common("title.beforeResult"),
      appName: common("appName"),
      next: t("nav.next"),
      seeResult: t("nav.seeResult"),
      error: t("question.error"),
      loading: common("loading"),
      sex: {
        caption: t("profile.captionLast"),
        legend: t("profile.legend"),
        why: t("profile.why"),
        options: SEX_VALUES.map((id) => ({ id, label: t(SEX_LABEL_KEYS[id]) })),
      },
    },
  };
  const [id, version] = questionnaireKey(definition).split("@");
  const markup = renderShell(store, i18n);
  requireNoMissingKeys(where);
  return {
    markup,
    language: state.language,
    direction: directionOf(state.language),
    title: documentTitle(common("title.question", { ...progress(definition, {}, state.step.itemId) }), firstPage.labels.appName),
    description: `${common("tagline")}. ${common("footer.privacy")}`,
    firstPage,
    contentFiles: [
      ...["common", "wizard", "results"].map((ns) => `/locales/${state.language}/${ns}.json`),
      // The e2e build's demo country is a module of its own, not a country file.
      ...(country.demo === true ? [] : [`/countries/${country.code.toLowerCase()}.json?raw`]),
      `/questionnaires/${id ?? ""}/${version ?? ""}.json`,
      `/locales/${state.language}/questionnaires/${id ?? ""}.json`,
    ],
  };
}
