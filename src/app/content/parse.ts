import type { Country, Definition, QuestionnaireLocale } from "../../engine";
import { formatPath, missingTextKeys, questionnaireKey } from "../../engine";
import { ContentError } from "./problem";

/*
 * Every content file the app bundles is checked against the engine's zod schemas when the
 * app is built (scripts/vite/content-check.ts) and by `npm run validate` in CI, so the browser
 * does not ship zod. These are the cheap checks that remain at run time: the file is the one
 * asked for, has the parts the app reads, and (for instrument text) every string the
 * definition needs; the engine's score() rejects answers that do not fit the definition.
 */

type Issue = { path: string; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

function requireShape(raw: unknown, file: string, arrays: readonly string[], records: readonly string[]): Record<string, unknown> {
  if (!isRecord(raw)) throw new ContentError({ file, issues: [{ path: "$", message: "expected a JSON object" }] });
  const issues: Issue[] = [];
  for (const key of arrays) if (!Array.isArray(raw[key])) issues.push({ path: `$.${key}`, message: "expected a list" });
  for (const key of records) if (!isRecord(raw[key])) issues.push({ path: `$.${key}`, message: "expected an object" });
  if (issues.length > 0) throw new ContentError({ file, issues });
  return raw;
}

export function parseDefinition(raw: unknown, file: string, expectedKey: string): Definition {
  const definition = requireShape(raw, file, ["items", "scores"], []);
  const key = `${String(definition["id"])}@${String(definition["version"])}`;
  if (key !== expectedKey) throw new ContentError({ file, issues: [{ path: "$.id", message: `the file holds ${key}, expected ${expectedKey}` }] });
  return definition as unknown as Definition;
}

export function parseCountry(raw: unknown, file: string, expectedCode: string): Country {
  const country = requireShape(raw, file, ["languages", "questionnaires"], ["name"]);
  if (country["code"] !== expectedCode) {
    throw new ContentError({ file, issues: [{ path: "$.code", message: `the file holds ${String(country["code"])}, expected ${expectedCode}` }] });
  }
  return country as unknown as Country;
}

/** Checks that instrument text gives every string the definition needs: no silent fallback. */
export function parseInstrumentText(raw: unknown, file: string, language: string, definition: Definition | null): QuestionnaireLocale {
  const text = requireShape(raw, file, [], ["provenance", "items"]);
  const issues: Issue[] = [];
  if (text["language"] !== language) issues.push({ path: "$.language", message: `the file says ${String(text["language"])}, expected ${language}` });
  if (definition !== null) {
    for (const key of missingTextKeys(definition, text)) issues.push({ path: formatPath(key), message: `missing text that ${questionnaireKey(definition)} needs` });
  }
  if (issues.length > 0) throw new ContentError({ file, issues });
  return text as unknown as QuestionnaireLocale;
}
