/**
 * Build-time render of the start screen (scripts/vite/prerender.ts puts it into index.html),
 * so a person sees what this is and the privacy promise before any JavaScript has run.
 * English, no country chosen: what a first visit shows. The form controls are written
 * disabled; main.tsx replaces this markup with the live app once its content has loaded.
 */
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createStore } from "zustand/vanilla";
import { fileContent } from "./content/source";
import { createI18n } from "./i18n/create-i18n";
import { describeMissingKey, missingKeyReporting, type MissingKey } from "./i18n/missing-key";
import { createAppStore } from "./store/create-store";
import { StoreContext } from "./store/context";
import type { AppState } from "./store/state";
import { Shell } from "./Shell";

export async function renderStartScreen(): Promise<string> {
  // A missing key here would be written into index.html for every visitor: stop the build.
  const missingKeys: MissingKey[] = [];
  const i18n = createI18n({ missingKeys: missingKeyReporting((missing) => missingKeys.push(missing)) });
  const live = createAppStore({ content: fileContent, i18n, leave: () => undefined, preferredLanguages: ["en"], hideDemoCountries: true });
  await live.getState().init();
  if (live.getState().step.kind !== "start") throw new Error(`prerender: the app did not reach the start screen: ${JSON.stringify(live.getState().step)}`);
  // zustand renders a store's *initial* state on the server: start from the loaded one.
  const loaded = createStore<AppState>()(() => live.getState());
  const html = renderToString(
    <StoreContext.Provider value={loaded}>
      <I18nextProvider i18n={i18n}>
        <Shell />
      </I18nextProvider>
    </StoreContext.Provider>,
  );
  if (missingKeys.length > 0) throw new Error(`prerender: UI text keys missing: ${missingKeys.map(describeMissingKey).join(", ")}`);
  // Nothing works before the app has started: say so with disabled controls, not dead ones.
  return html.replace(/<(select|input|button)\b(?![^>]*\sdisabled)/g, '<$1 disabled=""');
}
