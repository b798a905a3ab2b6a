import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Definition, QuestionnaireLocale } from "../../src/engine/schema";

const ROOT = join(import.meta.dirname, "..", "..");
const json = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), "utf8"));

export const definition = (id: string, version = "1.0.0"): Definition => Definition.parse(json(`questionnaires/${id}/${version}.json`));
export const instrumentText = (language: string, id: string): QuestionnaireLocale => QuestionnaireLocale.parse(json(`locales/${language}/questionnaires/${id}.json`));
export const uiText = (language: string, namespace: string): Record<string, unknown> => json(`locales/${language}/${namespace}.json`) as Record<string, unknown>;

/** One UI string by its dotted key, e.g. uiString("mk", "wizard", "nav.back"); a missing one is a test failure. */
export function uiString(language: string, namespace: string, key: string): string {
  const value = key.split(".").reduce<unknown>((node, part) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), uiText(language, namespace));
  if (typeof value !== "string") throw new Error(`no string ${language}/${namespace}:${key}`);
  return value;
}
