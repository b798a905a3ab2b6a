/**
 * A UI text key that t() could not find in the current language. It names only the key, its
 * namespace and the language: never an answer or anything else about the person.
 */
export type MissingKey = {
  readonly language: string;
  readonly namespace: string;
  readonly key: string;
};

/** What createI18n does with a missing key; null where nothing may be added (production). */
export type MissingKeyHandler = ((missing: MissingKey) => void) | null;

/** "results:access.free (mk)": the form tests and the e2e console report print. */
export function describeMissingKey({ language, namespace, key }: MissingKey): string {
  return `${namespace}:${key} (${language})`;
}
