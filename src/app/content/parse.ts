import type { z } from "zod";
import { Country, Definition, formatPath, QuestionnaireLocale, requiredTextKeys } from "../../engine";
import { ContentError } from "./problem";

function parseWith<T>(schema: z.ZodType<T>, raw: unknown, file: string): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new ContentError({
    file,
    issues: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path.filter((part) => typeof part !== "symbol")), message: issue.message })),
  });
}

export function parseDefinition(raw: unknown, file: string, expectedKey: string): Definition {
  const definition = parseWith(Definition, raw, file);
  const key = `${definition.id}@${definition.version}`;
  if (key !== expectedKey) throw new ContentError({ file, issues: [{ path: "$.id", message: `the file holds ${key}, expected ${expectedKey}` }] });
  return definition;
}

export function parseCountry(raw: unknown, file: string, expectedCode: string): Country {
  const country = parseWith(Country, raw, file);
  if (country.code !== expectedCode) {
    throw new ContentError({ file, issues: [{ path: "$.code", message: `the file holds ${country.code}, expected ${expectedCode}` }] });
  }
  return country;
}

function lookup(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), value);
}

/** Parses instrument text and checks that it gives every string the definition needs: no silent fallback. */
export function parseInstrumentText(raw: unknown, file: string, language: string, definition: Definition | null): QuestionnaireLocale {
  const text = parseWith(QuestionnaireLocale, raw, file);
  const issues: { path: string; message: string }[] = [];
  if (text.language !== language) issues.push({ path: "$.language", message: `the file says ${text.language}, expected ${language}` });
  if (definition !== null) {
    for (const key of requiredTextKeys(definition)) {
      if (lookup(text, key) === undefined) issues.push({ path: formatPath(key), message: `missing text that ${definition.id}@${definition.version} needs` });
    }
  }
  if (issues.length > 0) throw new ContentError({ file, issues });
  return text;
}
