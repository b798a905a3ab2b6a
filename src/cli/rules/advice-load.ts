import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildAdviceRulesDocument, type AdviceRulesDocument } from "../../engine/describe/advice";
import { AboutYourUse } from "../../engine/schema/about-your-use";
import { AdviceSet } from "../../engine/schema/advice";
import { UsageError } from "../score/args";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

const newest = (names: string[]): string | undefined =>
  names
    .filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name))
    .sort((a, b) => b.localeCompare(a, "en", { numeric: true }))[0];

async function json(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** "about-your-use" (newest advice) or "about-your-use@1.0.0" (the advice that refers to it). */
export async function loadAdviceRules(arg: string): Promise<AdviceRulesDocument> {
  const adviceDir = join(ROOT, "interventions", "advice");
  const adviceFiles = (await readdir(adviceDir)).filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name));
  const sets = await Promise.all(adviceFiles.map(async (name) => AdviceSet.parse(await json(join(adviceDir, name)))));
  const wanted = arg.includes("@") ? arg : undefined;
  const advice = wanted === undefined ? sets.find((set) => `${set.version}.json` === newest(adviceFiles)) : sets.find((set) => set.aboutYourUse === wanted);
  if (advice === undefined) throw new UsageError(`no advice file refers to ${arg}`);
  const about = AboutYourUse.parse(await json(join(ROOT, "interventions", "about-your-use", `${advice.aboutYourUse.split("@")[1] ?? ""}.json`)));
  const english = await json(join(ROOT, "locales", "en", "intervention.json"));
  const lookup = (key: string): string | undefined => {
    let node: unknown = english;
    for (const part of key.split(".")) node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
    return typeof node === "string" ? node : undefined;
  };
  return buildAdviceRulesDocument(about, advice, lookup);
}
