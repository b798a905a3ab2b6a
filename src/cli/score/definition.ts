import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { Definition } from "../../engine/schema";
import { UsageError } from "./args";

/** The repository's questionnaires/ folder, found from this file so that any working directory works. */
export const DEFAULT_QUESTIONNAIRES_DIR = fileURLToPath(new URL("../../../questionnaires/", import.meta.url));

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

/** Loads questionnaires/<id>/<version>.json and checks it against the Definition schema. */
export async function loadDefinition(key: string, dir: string = DEFAULT_QUESTIONNAIRES_DIR): Promise<Definition> {
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
  if (`${parsed.data.id}@${parsed.data.version}` !== key) {
    throw new UsageError(`${path} declares ${parsed.data.id}@${parsed.data.version}, not ${key}`);
  }
  return parsed.data;
}
