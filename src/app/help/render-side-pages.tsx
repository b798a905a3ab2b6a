/**
 * Build-time render of the pages beside each country page that work with scripts off
 * (scripts/vite/side-pages.ts writes them): the help page and the page for relatives, and the
 * notice a country page shows when scripts are off. Plain HTML: no script, no inline style.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createStore } from "zustand/vanilla";
import { fileContent, type ContentSource } from "../content/source";
import { createI18n } from "../i18n/create-i18n";
import { directionOf } from "../i18n/document-language";
import { describeMissingKey, missingKeyReporting, type MissingKey } from "../i18n/missing-key";
import { createAppStore } from "../store/create-store";
import { StoreContext } from "../store/context";
import type { AppState } from "../store/state";
import { currentCountry } from "../store/offers";
import { sidePagePath, type SidePage } from "../landing";
import { HelpScreen } from "./HelpScreen";
import { loadBriefText } from "../brief/content";

export type SidePageMarkup = { language: string; direction: "ltr" | "rtl"; title: string; description: string; body: string };

const escapeText = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, "&quot;");

async function loaded(countryCode: string, language: string, content: ContentSource) {
  const missing: MissingKey[] = [];
  const i18n = createI18n({ missingKeys: missingKeyReporting((key) => missing.push(key)) });
  const store = createAppStore({ content, i18n, leave: () => undefined, preferredLanguages: ["en"], hideDemoCountries: false, landing: { countryCode, language } });
  await store.getState().init();
  await loadBriefText(i18n, language);
  const state = store.getState();
  const country = currentCountry(state);
  if (country === null || state.language !== language) throw new Error(`side pages: ${countryCode}/${language} did not load (${JSON.stringify(state.step)})`);
  const requireNoMissingKeys = (where: string) => {
    if (missing.length > 0) throw new Error(`side pages: ${where}: UI text keys missing: ${missing.map(describeMissingKey).join(", ")}`);
  };
  return { i18n, state, config: store.config, country, requireNoMissingKeys };
}

/** The header every side page has: the name, and the quick exit as a plain link (it needs no script). */
function header(appName: string, quickExit: string, quickExitUrl: string): string {
  return (
    `<header class="site-header"><div class="site-header__inner"><p class="site-header__name">${escapeText(appName)}</p>` +
    `<div class="quick-exit"><a class="button button--exit" href="${escapeAttribute(quickExitUrl)}" rel="noreferrer">${escapeText(quickExit)}</a></div></div></header>`
  );
}

/** The help page or the relatives' page of a country in one of its languages. */
export async function renderSidePage(countryCode: string, language: string, page: SidePage, content: ContentSource = fileContent): Promise<SidePageMarkup> {
  const { i18n, state, config, country, requireNoMissingKeys } = await loaded(countryCode, language, content);
  // Frozen as loaded; the store's config rides along as on the live store (src/app/store/config.ts).
  const frozen = Object.assign(
    createStore<AppState>()(() => state),
    { config },
  );
  const main = renderToStaticMarkup(
    <StoreContext.Provider value={frozen}>
      <I18nextProvider i18n={i18n}>
        <HelpScreen page={page} />
      </I18nextProvider>
    </StoreContext.Provider>,
  );
  const t = i18n.getFixedT(language, "common");
  const side = i18n.getFixedT(language, "intervention");
  const body = `${header(t("appName"), t("quickExit.button"), country.quickExitUrl)}<main id="main" class="main">${main}</main>`;
  requireNoMissingKeys(sidePagePath(countryCode, language, page));
  const title = page === "help" ? t("help.link") : side("sidePages.othersTitle");
  return { language, direction: directionOf(language), title: `${title} – ${t("appName")}`, description: `${t("tagline")}. ${t("footer.privacy")}`, body };
}

/**
 * What a country page shows when scripts are off, at the top of the page, in its language: why
 * the questions do not work, the quick exit as a plain link, and the two pages that work.
 */
export async function renderNoScriptNotice(countryCode: string, language: string, content: ContentSource = fileContent): Promise<string> {
  const { i18n, country, requireNoMissingKeys } = await loaded(countryCode, language, content);
  const t = i18n.getFixedT(language, "common");
  const notice = i18n.getFixedT(language, "intervention")("sidePages.noscript");
  requireNoMissingKeys(`noscript ${countryCode}/${language}`);
  return (
    `<div class="noscript-notice" lang="${escapeAttribute(language)}" dir="${directionOf(language)}"><p>${escapeText(notice)}</p>` +
    `<ul class="help-links"><li><a href="${sidePagePath(countryCode, language, "help")}">${escapeText(t("help.link"))}</a></li>` +
    `<li><a href="${sidePagePath(countryCode, language, "others")}">${escapeText(t("others.link"))}</a></li>` +
    `<li><a class="button button--exit" href="${escapeAttribute(country.quickExitUrl)}" rel="noreferrer">${escapeText(t("quickExit.button"))}</a></li></ul></div>`
  );
}
