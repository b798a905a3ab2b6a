/**
 * How questionnaires and languages are named in files, flags and URLs. No zod here: the app's
 * first-load bundle uses these, and the zod schemas reuse the same patterns.
 */

/** A questionnaire id, e.g. "dudit", "dast-10": its folder in questionnaires/. */
export const QUESTIONNAIRE_ID = /^[a-z][a-z0-9-]*$/;

/** A questionnaire version, e.g. "dudit@1.0.0": the id and the definition's version. */
export const QUESTIONNAIRE_KEY = /^[a-z][a-z0-9-]*@\d+\.\d+\.\d+$/;

/** A language code as the locale folders are named, e.g. sq, mk, sr-Latn. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export function questionnaireKey(definition: { readonly id: string; readonly version: string }): string {
  return `${definition.id}@${definition.version}`;
}

/** "dudit@1.0.0" → { id: "dudit", version: "1.0.0" }; undefined when it is not a questionnaire key. */
export function parseQuestionnaireKey(key: string): { id: string; version: string } | undefined {
  if (!QUESTIONNAIRE_KEY.test(key)) return undefined;
  const at = key.indexOf("@");
  return { id: key.slice(0, at), version: key.slice(at + 1) };
}
