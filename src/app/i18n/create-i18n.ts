import i18next, { type i18n } from "i18next";
import { NAMESPACES, type UiBundles } from "../content/source";
import type { MissingKeyHandler } from "./missing-key";

/**
 * One i18next instance per app (tests make their own). No detector and no backend:
 * the language is chosen by the store and bundles are added after a dynamic import,
 * so nothing is ever written to storage or cookies.
 *
 * Every caller says what a missing key does: tests and the e2e build report it so the test
 * fails, the build-time prerender stops, production passes null and adds nothing (there the
 * typecheck and the locale test keep keys from going missing).
 */
export function createI18n({ onMissingKey }: { onMissingKey: MissingKeyHandler }): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: {},
    ns: [...NAMESPACES],
    defaultNS: "common",
    // Every UI language is complete (a test compares the keys), so no silent English fallback.
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    react: { useSuspense: false },
    // i18next calls missingKeyHandler only with saveMissing on. It calls it for a key not found
    // in the current language also when t() was given a defaultValue: a default hides a missing
    // key from the screen, not from the tests. "current": the language being read, as there
    // is no fallback language to name.
    ...(onMissingKey === null
      ? {}
      : {
          saveMissing: true,
          saveMissingTo: "current" as const,
          missingKeyHandler: (languages: readonly string[], namespace: string, key: string) =>
            onMissingKey({ language: languages.join(",") || "(none loaded)", namespace, key }),
        }),
  });
  return instance;
}

/** Adds the bundles of a language and switches to it. */
export async function switchLanguage(instance: i18n, language: string, bundles: UiBundles): Promise<void> {
  for (const ns of NAMESPACES) instance.addResourceBundle(language, ns, bundles[ns], true, true);
  await instance.changeLanguage(language);
}
