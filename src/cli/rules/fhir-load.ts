import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Definition, Sex } from "../../engine";
import type { ProfileText } from "../../engine/fhir";
import { LOCALES_DIR, QUESTIONNAIRES_DIR } from "./load";

/** A definition from questionnaires/, synchronously, for the result-code decoder; undefined when absent or invalid. */
export function findBundledDefinition(id: string, version: string): Definition | undefined {
  const path = join(QUESTIONNAIRES_DIR, id, `${version}.json`);
  if (!/^[a-z][a-z0-9-]*$/.test(id) || !existsSync(path)) return undefined;
  const parsed = Definition.safeParse(JSON.parse(readFileSync(path, "utf8")));
  return parsed.success ? parsed.data : undefined;
}

/** The wizard's wording of the sex question in one language (locales/<lang>/wizard.json → profile), if present. */
export function loadProfileText(language: string): ProfileText | undefined {
  const path = join(LOCALES_DIR, language, "wizard.json");
  if (!existsSync(path)) return undefined;
  const profile = (JSON.parse(readFileSync(path, "utf8")) as { profile?: Record<string, unknown> }).profile;
  const keys: Record<Sex, string> = { female: "female", male: "male", other: "other", "not-given": "notGiven" };
  const options: Partial<Record<Sex, string>> = {};
  for (const sex of Sex.options) {
    const text = profile?.[keys[sex]];
    if (typeof text !== "string") return undefined;
    options[sex] = text;
  }
  const legend = profile?.["legend"];
  if (typeof legend !== "string") return undefined;
  return { language, legend, options: options as Record<Sex, string> };
}
