import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { contentHash } from "./validate/hash";

/**
 * `npm run release -- dudit@1.0.0`: records a definition's content hash in
 * questionnaires/released.json. It never overwrites a recorded hash: a released version is frozen.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const registryFile = path.join(root, "questionnaires", "released.json");
const keys = process.argv.slice(2);
if (keys.length === 0) {
  console.error("usage: npm run release -- <id@version> [<id@version> …]");
  process.exit(2);
}
const registry = JSON.parse(await readFile(registryFile, "utf8").catch(() => "{}")) as Record<string, string>;
for (const key of keys) {
  const match = /^([a-z][a-z0-9-]*)@(\d+\.\d+\.\d+)$/.exec(key);
  if (match === null) {
    console.error(`"${key}" is not id@version`);
    process.exit(2);
  }
  const [, id = "", version = ""] = match;
  const hash = contentHash(await readFile(path.join(root, "questionnaires", id, `${version}.json`), "utf8"));
  if (registry[key] !== undefined && registry[key] !== hash) {
    console.error(`${key} is already released with another hash; publish a new version instead`);
    process.exit(1);
  }
  registry[key] = hash;
  console.log(`${key} ${hash}`);
}
const sorted = Object.fromEntries(Object.entries(registry).sort(([a], [b]) => a.localeCompare(b)));
await writeFile(registryFile, `${JSON.stringify(sorted, null, 2)}\n`);
