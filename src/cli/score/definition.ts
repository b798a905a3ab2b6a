import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { questionnaireKey } from "../../engine/keys";
// The schema file itself, not the engine barrel: loading every engine module costs start-up time.
import { Definition } from "../../engine/schema/definition";
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
  return parsed.data;
}
