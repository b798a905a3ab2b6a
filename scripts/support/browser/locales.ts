/**
 * The UI's own text, read from locales/ so that the tests find controls by the
 * accessible names a person hears in each language (no hard-coded English in
 * the ar and mk runs).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function readJson(path: string): Json {
  return JSON.parse(readFileSync(join(ROOT, path), "utf8")) as Json;
}

function lookup(tree: Json, dotted: string, where: string): string {
  let node: Json | undefined = tree;
  for (const part of dotted.split(".")) {
    node = node !== null && typeof node === "object" && !Array.isArray(node) ? node[part] : undefined;
  }
  if (typeof node !== "string") throw new Error(`e2e: ${where} has no string at "${dotted}"`);
  return node;
}

/** i18next-style {{name}} interpolation, enough for the strings the tests compare. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export type Namespace = "common" | "wizard" | "results";

/** `t(lang, "wizard", "nav.next")` → the text in locales/<lang>/wizard.json. */
export function t(lang: string, namespace: Namespace, key: string, values: Record<string, string | number> = {}): string {
  const path = `locales/${lang}/${namespace}.json`;
  return interpolate(lookup(readJson(path), key, path), values);
}

export interface InstrumentText {
  readonly title: string;
  readonly items: Readonly<Record<string, { readonly text: string; readonly options: Readonly<Record<string, string>> }>>;
  readonly bands: Readonly<Record<string, { readonly label: string; readonly meaning: string }>>;
  readonly flags: Readonly<Record<string, string>>;
}

export function instrumentText(lang: string, questionnaire: string): InstrumentText {
  return readJson(`locales/${lang}/questionnaires/${questionnaire}.json`) as unknown as InstrumentText;
}
