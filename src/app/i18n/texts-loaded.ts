import type { i18n } from "i18next";
import type { Namespace } from "../content/source";

/**
 * Whether the current language's texts of a namespace are in. Before the first language has
 * loaded, or when it failed to, t() can only answer with its keys; callers show their own
 * words then instead of asking t() (which would report the keys as missing).
 * react-i18next's `ready` does not tell: with resources given at init and no backend it is
 * true even before any language is set.
 */
export function textsLoaded(instance: i18n, namespace: Namespace): boolean {
  // `language` is typed string, but it is undefined until the first changeLanguage().
  const language: string | undefined = instance.language;
  return language !== undefined && instance.hasResourceBundle(language, namespace);
}
