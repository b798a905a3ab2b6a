import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { questionnaireKey } from "../../engine/keys";
// The schema file itself, not the engine barrel: loading every engine module costs start-up time.
import { Definition } from "../../engine/schema/definition";
import { Vectors } from "../../engine/schema/vectors";
import { lintDefinition } from "../../engine/lint/definition";
import { formatPath, type LintIssue } from "../../engine/lint/issue";
import { lintVectors } from "../../engine/lint/vectors";
import { UsageError } from "../kit/errors";
import { QUESTIONNAIRES_DIR } from "../kit/paths";

async function available(dir: string): Promise<string[]> {
  const keys: string[] = [];
  for (const id of await readdir(dir).catch(() => [])) {
    for (const file of await readdir(join(dir, id)).catch(() => [])) {
      const version = /^(\d+\.\d+\.\d+)\.json$/.exec(file)?.[1];
      if (version !== undefined) keys.push(`${id}@${version}`);
    }
  }
  return keys.sort();
}

/**
 * Loads <dir>/<id>/<version>.json and checks it against the Definition schema, with the same
 * messages as the kit's loadDefinition (src/cli/kit/content-files.ts). Score keeps this lean
 * copy because that module loads the engine barrel, the linters and every content schema (about
 * twenty more modules) before the first row, and score is run on small files too.
 */
export async function loadDefinition(key: string, dir: string = QUESTIONNAIRES_DIR): Promise<Definition> {
  const [id = "", version = ""] = key.split("@");
  const path = join(dir, id, `${version}.json`);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    const known = await available(dir);
    throw new UsageError(`unknown questionnaire ${key}: no file ${path}. Available: ${known.join(", ") || "none"}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = Definition.safeParse(json);
  if (!parsed.success) throw new UsageError(`${path} is not a valid questionnaire definition:\n${z.prettifyError(parsed.error)}`);
  if (questionnaireKey(parsed.data) !== key) throw new UsageError(`${path} declares ${questionnaireKey(parsed.data)}, not ${key}`);
  refuseLintErrors(path, lintDefinition(parsed.data));
  await runWorkedExamples(join(dir, id, "vectors.json"), parsed.data);
  return parsed.data;
}

/**
 * What npm run validate refuses in a definition, score refuses too (a skip rule that refers to
 * itself or a later item, a band gap …): the engine assumes a lint-clean definition, and a
 * broken one scores wrongly without a word (a circular skip rule turned 9 / zone II into 5 / zone I).
 */
function refuseLintErrors(path: string, issues: readonly LintIssue[]): void {
  const errors = issues.filter((issue) => issue.severity === "error");
  if (errors.length === 0) return;
  const lines = errors.map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`);
  throw new UsageError(`${path} is refused by the same checks as npm run validate:\n${lines.join("\n")}`);
}

/** The folder's worked examples, when it has them (questionnaires/ always does): a definition that fails its own examples is not used. */
async function runWorkedExamples(path: string, definition: Definition): Promise<void> {
  const text = await readFile(path, "utf8").catch(() => undefined);
  if (text === undefined) return;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = Vectors.safeParse(json);
  if (!parsed.success) throw new UsageError(`${path} is not a valid file of worked examples:\n${z.prettifyError(parsed.error)}`);
  if (!parsed.data.versions.includes(definition.version)) return;
  refuseLintErrors(path, lintVectors(definition, parsed.data.cases));
}
