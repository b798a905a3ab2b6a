import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { Definition, QuestionnaireLocale, Vectors } from "../../engine";
import { loadDefinition } from "../score/definition";
import { UsageError } from "../score/args";

export { UsageError };

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const QUESTIONNAIRES_DIR = join(ROOT, "questionnaires");
export const LOCALES_DIR = join(ROOT, "locales");

/** One definition with everything its rules page needs. */
export type Loaded = {
  definition: Definition;
  /** English first, then the other languages in alphabetical order. */
  locales: QuestionnaireLocale[];
  vectors: Vectors | undefined;
  /** Problems that did not stop the command (e.g. a locale file that does not parse). */
  warnings: string[];
};

async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, "utf8").catch((error: Error) => {
    throw new UsageError(`cannot read ${path}: ${error.message}`);
  });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * "dudit@1.0.0" from questionnaires/, or a path to a definition file (e.g. a test fixture).
 * With a root (a folder laid out like questionnaires/, e.g. tests/fixtures/versions), id@version
 * is looked up there first, so that fixture versions can be compared with bundled ones.
 */
export async function loadDefinitionArg(arg: string, root?: string): Promise<Definition> {
  if (arg.endsWith(".json") || existsSync(arg)) {
    const path = resolve(arg);
    const parsed = Definition.safeParse(await readJson(path));
    if (!parsed.success) throw new UsageError(`${path} is not a valid questionnaire definition:\n${z.prettifyError(parsed.error)}`);
    return parsed.data;
  }
  if (!/^[a-z][a-z0-9-]*@\d+\.\d+\.\d+$/.test(arg)) throw new UsageError(`"${arg}" is neither id@version (e.g. dudit@1.0.0) nor a definition file`, true);
  if (root !== undefined) {
    if (!existsSync(root)) throw new UsageError(`--root ${root}: no such folder`);
    const [id = "", version = ""] = arg.split("@");
    if (existsSync(join(root, id, `${version}.json`))) return loadDefinition(arg, resolve(root));
  }
  return loadDefinition(arg, QUESTIONNAIRES_DIR);
}

/** Every language's text for a questionnaire, English first; unreadable files become warnings. */
export async function loadLocales(id: string, warnings: string[]): Promise<QuestionnaireLocale[]> {
  const languages = (await readdir(LOCALES_DIR).catch(() => [] as string[])).sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));
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

export async function loadAll(arg: string, root?: string): Promise<Loaded> {
  const definition = await loadDefinitionArg(arg, root);
  const warnings: string[] = [];
  const locales = await loadLocales(definition.id, warnings);
  if (locales[0]?.language !== "en") warnings.push(`no English text for ${definition.id}: items and options are named by their ids`);
  return { definition, locales, vectors: await loadVectors(definition.id, warnings, root), warnings };
}

/** Common flags: --format md|html, --out file and --root folder. Returns the positional arguments too. */
export function parseFlags(argv: readonly string[], formats: readonly string[], extra: readonly string[] = []): {
  positional: string[];
  format: string;
  out: string | undefined;
  root: string | undefined;
  values: Record<string, string>;
} {
  const positional: string[] = [];
  const values: Record<string, string> = {};
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? "";
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name = "", inline] = arg.slice(2).split("=", 2);
    if (name === "help") throw new UsageError("");
    if (!["format", "out", "root", ...extra].includes(name)) throw new UsageError(`unknown flag --${name}`, true);
    const value = inline ?? argv[++index];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value`, true);
    values[name] = value;
  }
  const format = values["format"] ?? formats[0] ?? "";
  if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(", ")}`, true);
  return { positional, format, out: values["out"], root: values["root"], values };
}
