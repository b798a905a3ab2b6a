/**
 * `npm run release -- dudit@1.0.0`: records a definition's content hash in
 * questionnaires/released.json. It never overwrites a recorded hash: a released version is frozen.
 * Exit codes: 0 recorded; 1 a version is already released with another hash (nothing written); 2 usage error.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseQuestionnaireKey } from "../../engine";
import { parseArgs } from "../kit/args";
import { UsageError } from "../kit/errors";
import { QUESTIONNAIRES_DIR } from "../kit/paths";
import { runCommand, type Output } from "../kit/run";
import { contentHash } from "../validate/hash";

const USAGE = "Usage: npm run release -- <id@version> [<id@version> …]";

export async function runRelease(argv: readonly string[], output: Output): Promise<number> {
  return runCommand({ name: "release", usage: USAGE }, output, async () => {
    const { positional: keys } = parseArgs(argv, {});
    if (keys.length === 0) throw new UsageError("give at least one questionnaire version, e.g. dudit@1.0.0", true);
    const registryFile = path.join(QUESTIONNAIRES_DIR, "released.json");
    const registry = JSON.parse(await readFile(registryFile, "utf8").catch(() => "{}")) as Record<string, string>;
    for (const key of keys) {
      const parsed = parseQuestionnaireKey(key);
      if (parsed === undefined) throw new UsageError(`"${key}" is not id@version`);
      const hash = contentHash(await readFile(path.join(QUESTIONNAIRES_DIR, parsed.id, `${parsed.version}.json`), "utf8"));
      if (registry[key] !== undefined && registry[key] !== hash) {
        output.err.push(`release: ${key} is already released with another hash; publish a new version instead`);
        return 1;
      }
      registry[key] = hash;
      output.out.push(`${key} ${hash}`);
    }
    const sorted = Object.fromEntries(Object.entries(registry).sort(([a], [b]) => a.localeCompare(b)));
    await writeFile(registryFile, `${JSON.stringify(sorted, null, 2)}\n`);
    return 0;
  });
}
