import i18next, { type i18n } from "i18next";
import { NAMESPACES, type UiBundles } from "../content/source";

/**
 * One i18next instance per app (tests make their own). No detector and no backend:
 * the language is chosen by the store and bundles are added after a dynamic import,
 * so nothing is ever written to storage or cookies.
 */
export function createI18n(): i18n {
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
  });
  return instance;
}

/** Adds the bundles of a language and switches to it. */
export async function switchLanguage(instance: i18n, language: string, bundles: UiBundles): Promise<void> {
  for (const ns of NAMESPACES) instance.addResourceBundle(language, ns, bundles[ns], true, true);
  await instance.changeLanguage(language);
}
