/** The brief intervention's own text (locales/<lang>/intervention.json), read the way locales.ts reads the others. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { interpolate } from "./locales";
import { ROOT } from "./paths";

export function interventionText(language: string, key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = JSON.parse(readFileSync(join(ROOT, "locales", language, "intervention.json"), "utf8"));
  for (const part of key.split(".")) node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  if (typeof node !== "string") throw new Error(`e2e: locales/${language}/intervention.json has no string at "${key}"`);
  return interpolate(node, values);
}

/** An i18next plural text, with the form chosen by Intl.PluralRules as i18next does. */
export function interventionPlural(language: string, key: string, count: number): string {
  const form = new Intl.PluralRules(language).select(count);
  return interventionText(language, `${key}_${form}`, { count });
}
