import i18next, { type i18n } from "i18next";
import { NAMESPACES, type UiBundles } from "../content/source";
import type { MissingKeyReporting } from "./missing-key";

/**
 * One i18next instance per app (tests make their own). No detector and no backend:
 * the language is chosen by the store and bundles are added after a dynamic import,
 * so nothing is ever written to storage or cookies.
 *
 * Every caller says what a missing key does (missingKeyReporting in ./missing-key): tests and
 * the e2e build report it so the test fails, the build-time prerender stops; production passes
 * null and ships nothing for it (there the typecheck and the locale test keep keys from going
 * missing).
 */
export function createI18n({ missingKeys }: { missingKeys: MissingKeyReporting | null }): i18n {
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
    ...missingKeys,
  });
  return instance;
}

/** Adds the bundles of a language and switches to it. */
export async function switchLanguage(instance: i18n, language: string, bundles: UiBundles): Promise<void> {
  for (const ns of NAMESPACES) instance.addResourceBundle(language, ns, bundles[ns], true, true);
  await instance.changeLanguage(language);
}
