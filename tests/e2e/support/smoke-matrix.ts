/**
 * What the language × instrument smoke suite covers, read from the folders themselves so that
 * a new language (locales/<lang>/) or questionnaire (questionnaires/<id>/<version>.json) is
 * covered without editing a test.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Definition as DefinitionType } from "../../../src/engine";
import { Definition } from "../../../src/engine/schema";
import { ROOT } from "./paths";

/** Every language folder, English first. */
export function smokeLanguages(): string[] {
  const folders = readdirSync(join(ROOT, "locales"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return ["en", ...folders.filter((language) => language !== "en").sort()];
}

/** The newest version of each questionnaire (what the app offers a person), parsed with the schema. */
export function smokeDefinitions(): DefinitionType[] {
  const folder = join(ROOT, "questionnaires");
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const versions = readdirSync(join(folder, entry.name))
        .filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name))
        .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
      const newest = versions.at(-1);
      return newest === undefined ? [] : [Definition.parse(JSON.parse(readFileSync(join(folder, entry.name, newest), "utf8")))];
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The instrument text file a language needs for a questionnaire; a clear error when it is missing. */
export function requireInstrumentText(language: string, questionnaire: string): void {
  const file = `locales/${language}/questionnaires/${questionnaire}.json`;
  if (!existsSync(join(ROOT, file))) {
    throw new Error(`${file} does not exist: "${language}" has no text for ${questionnaire}, so a person cannot take this check in that language (translate it: docs/adding-a-language.md)`);
  }
}

/** The label of a check on the start screen: the UI's own name for it, else the instrument's title. */
export function checkLabel(language: string, questionnaire: string): string {
  const wizard = JSON.parse(readFileSync(join(ROOT, "locales", language, "wizard.json"), "utf8")) as { instrument?: Record<string, { label?: string }> };
  const label = wizard.instrument?.[questionnaire]?.label;
  if (label !== undefined) return label;
  const text = JSON.parse(readFileSync(join(ROOT, "locales", language, "questionnaires", `${questionnaire}.json`), "utf8")) as { title: string };
  return text.title;
}
