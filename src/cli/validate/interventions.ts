import path from "node:path";
import { lintAboutYourUse, lintAdvice } from "../../engine";
import { AboutYourUse, AdviceSet } from "../../engine/schema";
import { listDirectory } from "../kit/files";
import { readJsonFile } from "./json-file";
import { loadWithSchema, report, type Reporter } from "./reporter";

const VERSION_FILE = /^\d+\.\d+\.\d+\.json$/;

const versionFiles = async (folder: string): Promise<string[]> => (await listDirectory(folder)).filter((name) => VERSION_FILE.test(name));

/** Dotted keys of every text in a UI namespace file (plural suffixes kept). */
function textKeys(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return [prefix];
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => textKeys(child, prefix === "" ? key : `${prefix}.${key}`));
}

/**
 * interventions/about-your-use/<version>.json and interventions/advice/<version>.json: schema,
 * file name against id and version, then what the schema cannot see (lintAboutYourUse,
 * lintAdvice) against the English texts in locales/en/intervention.json.
 */
export async function validateInterventions(reporter: Reporter, root: string): Promise<void> {
  const englishFile = path.join(root, "locales", "en", "intervention.json");
  const english = await readJsonFile(englishFile, reporter.relative(englishFile));
  const englishKeys = new Set(english.ok ? textKeys(english.value) : []);
  const checkName = (file: string, id: string, version: string, expectedId: string): void => {
    const name = path.basename(file);
    if (id !== expectedId) report(reporter, file, [{ severity: "error", path: ["id"], message: `id "${id}" does not match its folder "${expectedId}"` }]);
    if (`${version}.json` !== name) report(reporter, file, [{ severity: "error", path: ["version"], message: `version "${version}" does not match the file name "${name}"` }]);
  };

  const questionsFolder = path.join(root, "interventions", "about-your-use");
  const questionSets: AboutYourUse[] = [];
  for (const name of await versionFiles(questionsFolder)) {
    const file = path.join(questionsFolder, name);
    const loaded = await loadWithSchema(reporter, file, AboutYourUse);
    if (loaded === undefined) continue;
    checkName(file, loaded.value.id, loaded.value.version, "about-your-use");
    report(reporter, file, lintAboutYourUse(loaded.value, englishKeys));
    questionSets.push(loaded.value);
  }

  const adviceFolder = path.join(root, "interventions", "advice");
  for (const name of await versionFiles(adviceFolder)) {
    const file = path.join(adviceFolder, name);
    const loaded = await loadWithSchema(reporter, file, AdviceSet);
    if (loaded === undefined) continue;
    checkName(file, loaded.value.id, loaded.value.version, "advice");
    const questions = questionSets.find((candidate) => `about-your-use@${candidate.version}` === loaded.value.aboutYourUse);
    report(reporter, file, lintAdvice(loaded.value, questions, englishKeys));
  }
}
