import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { z } from "zod";
import { parseQuestionnaireKey, QUESTIONNAIRE_ID, questionnaireKey, type Sex } from "../../engine";
import { buildAdviceRulesDocument, type AdviceRulesDocument } from "../../engine/describe/advice";
import type { ProfileText } from "../../engine/fhir";
import { textByKey } from "../../engine/locale-text";
import { AboutYourUse, AdviceSet, Definition, QuestionnaireLocale, Sex as SexSchema, Vectors } from "../../engine/schema";
import { UsageError } from "./errors";
import { listDirectory, listFolders } from "./files";
import { INTERVENTIONS_DIR, LOCALES_DIR, QUESTIONNAIRES_DIR } from "./paths";

/** Reads and parses a JSON file; a file that cannot be read or parsed is a UsageError (the command was pointed at it). */
export async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, "utf8").catch((error: Error) => {
    throw new UsageError(`cannot read ${path}: ${error.message}`);
  });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** A file checked against a schema; one that does not match is a UsageError naming it. */
async function parseFile<T>(path: string, schema: z.ZodType<T>, what: string): Promise<T> {
  const parsed = schema.safeParse(await readJson(path));
  if (!parsed.success) throw new UsageError(`${path} is not ${what}:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const parseDefinitionFile = (path: string): Promise<Definition> => parseFile(path, Definition, "a valid questionnaire definition");

/** The id@version keys of a folder laid out like questionnaires/, for naming what is there. */
async function availableKeys(dir: string): Promise<string[]> {
  const keys: string[] = [];
  for (const id of await listFolders(dir)) {
    for (const file of await listDirectory(join(dir, id))) {
      const version = /^(\d+\.\d+\.\d+)\.json$/.exec(file)?.[1];
      if (version !== undefined) keys.push(`${id}@${version}`);
    }
  }
  return keys.sort();
}

/** <dir>/<id>/<version>.json for "id@version", checked against the Definition schema and against its own id and version. */
export async function loadDefinition(key: string, dir: string = QUESTIONNAIRES_DIR): Promise<Definition> {
  const { id = "", version = "" } = parseQuestionnaireKey(key) ?? {};
  const path = join(dir, id, `${version}.json`);
  if (!existsSync(path)) throw new UsageError(`unknown questionnaire ${key}: no file ${path}. Available: ${(await availableKeys(dir)).join(", ") || "none"}`);
  const definition = await parseDefinitionFile(path);
  if (questionnaireKey(definition) !== key) throw new UsageError(`${path} declares ${questionnaireKey(definition)}, not ${key}`);
  return definition;
}

/**
 * "dudit@1.0.0" from questionnaires/, or a path to a definition file (e.g. a test fixture).
 * With a root (a folder laid out like questionnaires/, e.g. tests/fixtures/versions), id@version
 * is looked up there first, so that fixture versions can be compared with bundled ones.
 */
export async function loadDefinitionArg(arg: string, root?: string): Promise<Definition> {
  if (arg.endsWith(".json") || existsSync(arg)) return parseDefinitionFile(resolve(arg));
  const key = parseQuestionnaireKey(arg);
  if (key === undefined) throw new UsageError(`"${arg}" is neither id@version (e.g. dudit@1.0.0) nor a definition file`, true);
  if (root !== undefined) {
    if (!existsSync(root)) throw new UsageError(`--root ${root}: no such folder`);
    if (existsSync(join(root, key.id, `${key.version}.json`))) return loadDefinition(arg, resolve(root));
  }
  return loadDefinition(arg, QUESTIONNAIRES_DIR);
}

/** Every language's text for a questionnaire, English first; unreadable files become warnings. */
export async function loadLocales(id: string, warnings: string[]): Promise<QuestionnaireLocale[]> {
  const languages = (await listDirectory(LOCALES_DIR)).sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));
  const locales: QuestionnaireLocale[] = [];
  for (const language of languages) {
    const path = join(LOCALES_DIR, language, "questionnaires", `${id}.json`);
    if (!existsSync(path)) continue;
    const parsed = QuestionnaireLocale.safeParse(await readJson(path).catch(() => undefined));
    if (parsed.success) locales.push(parsed.data);
    else warnings.push(`skipped ${path}: not a valid questionnaire locale`);
  }
  return locales;
}

/** The worked examples: <root>/<id>/vectors.json when a root has them, else questionnaires/<id>/vectors.json. */
export async function loadVectors(id: string, warnings: string[], root?: string): Promise<Vectors | undefined> {
  const fromRoot = root === undefined ? undefined : join(root, id, "vectors.json");
  const path = fromRoot !== undefined && existsSync(fromRoot) ? fromRoot : join(QUESTIONNAIRES_DIR, id, "vectors.json");
  if (!existsSync(path)) return undefined;
  const parsed = Vectors.safeParse(await readJson(path));
  if (parsed.success) return parsed.data;
  warnings.push(`skipped ${path}: not valid worked examples`);
  return undefined;
}

/** A definition from questionnaires/, synchronously, for the result-code decoder; undefined when absent or invalid. */
export function findBundledDefinition(id: string, version: string): Definition | undefined {
  const path = join(QUESTIONNAIRES_DIR, id, `${version}.json`);
  if (!QUESTIONNAIRE_ID.test(id) || !existsSync(path)) return undefined;
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
  for (const sex of SexSchema.options) {
    const text = profile?.[keys[sex]];
    if (typeof text !== "string") return undefined;
    options[sex] = text;
  }
  const legend = profile?.["legend"];
  if (typeof legend !== "string") return undefined;
  return { language, legend, options: options as Record<Sex, string> };
}

const byVersion = (a: string, b: string): number => a.localeCompare(b, "en", { numeric: true });

/**
 * The rules page of the questions about use: "about-your-use" takes the newest advice file,
 * "about-your-use@1.0.0" the advice file that refers to that version of the questions. Texts
 * are the English ones (locales/en/intervention.json), like every rules page.
 */
export async function loadAdviceRules(arg: string): Promise<AdviceRulesDocument> {
  const adviceDir = join(INTERVENTIONS_DIR, "advice");
  const adviceFiles = (await listDirectory(adviceDir)).filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name)).sort(byVersion);
  const sets = await Promise.all(adviceFiles.map((name) => parseFile(join(adviceDir, name), AdviceSet, "a valid advice file")));
  const advice = arg.includes("@") ? sets.find((set) => set.aboutYourUse === arg) : sets.at(-1);
  if (advice === undefined) throw new UsageError(`no advice file in ${adviceDir} refers to ${arg}`);
  const aboutPath = join(INTERVENTIONS_DIR, "about-your-use", `${advice.aboutYourUse.split("@")[1] ?? ""}.json`);
  const about = await parseFile(aboutPath, AboutYourUse, "a valid file of questions about use");
  const english = await readJson(join(LOCALES_DIR, "en", "intervention.json"));
  return buildAdviceRulesDocument(about, advice, (key) => textByKey(english, key));
}
