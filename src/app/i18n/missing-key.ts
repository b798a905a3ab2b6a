import type { InitOptions } from "i18next";

/**
 * A UI text key that t() could not find in the current language. It names only the key, its
 * namespace and the language: never an answer or anything else about the person.
 */
export type MissingKey = {
  readonly language: string;
  readonly namespace: string;
  readonly key: string;
};

/** "results:access.free (mk)": the form tests and the e2e console report print. */
export function describeMissingKey({ language, namespace, key }: MissingKey): string {
  return `${namespace}:${key} (${language})`;
}

export type MissingKeyReporting = Required<Pick<InitOptions, "saveMissing" | "saveMissingTo" | "missingKeyHandler">>;

/**
 * The i18next options that pass every missing key to `report`. Only tests, the e2e build and the
 * build-time prerender use them; production leaves them out (see src/app/main.tsx).
 */
export function missingKeyReporting(report: (missing: MissingKey) => void): MissingKeyReporting {
  return {
    // i18next calls missingKeyHandler only with saveMissing on. It calls it for a key not found in
    // the current language also when t() was given a defaultValue: a default hides a missing key
    // from the screen, not from the tests.
    saveMissing: true,
    // The language being read: with fallbackLng false there is no fallback language to name.
    saveMissingTo: "current",
    missingKeyHandler: (languages, namespace, key) => report({ language: languages.join(",") || "(none loaded)", namespace, key }),
  };
}
