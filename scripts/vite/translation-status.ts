/**
 * `virtual:translation-status`: the translation status of every instrument text, by
 * "<language>:<questionnaireId>" (e.g. "sq:dudit" -> "draft"). The start screen needs only this
 * to know which checks it can offer in which language; the texts themselves (a few KB each) are
 * then fetched only for the check the person chooses.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { virtualModule } from "./virtual-module";

export function translationStatusIndex(root: string, onProblem: (message: string) => never): Record<string, string> {
  const index: Record<string, string> = {};
  const locales = join(root, "locales");
  for (const language of existsSync(locales) ? readdirSync(locales) : []) {
    const folder = join(locales, language, "questionnaires");
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)
      .filter((file) => file.endsWith(".json"))
      .sort()) {
      const file = `locales/${language}/questionnaires/${name}`;
      let status: unknown;
      try {
        status = (JSON.parse(readFileSync(join(folder, name), "utf8")) as { provenance?: { status?: unknown } }).provenance?.status;
      } catch (error) {
        onProblem(`${file}: $: not valid JSON (${(error as Error).message})`);
      }
      if (typeof status !== "string") onProblem(`${file}: $.provenance.status: missing; it must say validated, official or draft`);
      index[`${language}:${name.slice(0, -".json".length)}`] = status;
    }
  }
  return index;
}

export function translationStatus(): Plugin {
  return virtualModule("selfcheck:translation-status", "virtual:translation-status", ({ root, error, watch }) => {
    const index = translationStatusIndex(root, (message) => error(`translation-status: ${message}`));
    // Rebuild in dev when a text's status changes.
    for (const key of Object.keys(index)) {
      const [language, questionnaire] = key.split(":");
      watch(join(root, "locales", language ?? "", "questionnaires", `${questionnaire ?? ""}.json`));
    }
    return index;
  });
}
