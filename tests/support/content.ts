import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Definition as DefinitionType, Vectors as VectorsType } from "../../src/engine";
import { Definition, Vectors } from "../../src/engine/schema";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

/** Every bundled definition, parsed with the schema (a test fails loudly if one is invalid). */
export function bundledDefinitions(): DefinitionType[] {
  const root = path.join(projectRoot, "questionnaires");
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(path.join(root, entry.name))
        .filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name))
        .map((name) => Definition.parse(JSON.parse(readFileSync(path.join(root, entry.name, name), "utf8")))),
    );
}

export function bundledDefinition(id: string, version = "1.0.0"): DefinitionType {
  const found = bundledDefinitions().find((definition) => definition.id === id && definition.version === version);
  if (found === undefined) throw new Error(`no bundled definition ${id}@${version}`);
  return found;
}

export function bundledVectors(id: string): VectorsType {
  return Vectors.parse(JSON.parse(readFileSync(path.join(projectRoot, "questionnaires", id, "vectors.json"), "utf8")));
}
