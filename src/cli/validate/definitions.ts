import path from "node:path";
import { lintDefinition, lintVectors, questionnaireKey } from "../../engine";
import { Definition, Vectors } from "../../engine/schema";
import { listDirectory } from "../kit/files";
import { contentHash } from "./hash";
import { loadWithSchema, report, type Reporter } from "./reporter";

/** Every questionnaires/<id>/<version>.json and its worked examples: schema, lint, release hashes. */
export async function loadDefinitions(reporter: Reporter, root: string, registry: Record<string, string>): Promise<Definition[]> {
  const definitions: Definition[] = [];
  /** Definitions with lint errors: their worked examples are not run, since the engine assumes lint-clean input. */
  const broken = new Set<string>();
  const questionnaireRoot = path.join(root, "questionnaires");
  for (const id of await listDirectory(questionnaireRoot)) {
    const folder = path.join(questionnaireRoot, id);
    const versionFiles = (await listDirectory(folder)).filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name));
    for (const name of versionFiles) {
      const file = path.join(folder, name);
      const loaded = await loadWithSchema(reporter, file, Definition);
      if (loaded === undefined) continue;
      const definition = loaded.value;
      const version = name.replace(/\.json$/, "");
      if (definition.id !== id) report(reporter, file, [{ severity: "error", path: ["id"], message: `id "${definition.id}" does not match its folder "${id}"` }]);
      if (definition.version !== version) report(reporter, file, [{ severity: "error", path: ["version"], message: `version "${definition.version}" does not match the file name "${name}"` }]);
      const lintIssues = lintDefinition(definition);
      report(reporter, file, lintIssues);
      if (lintIssues.some((issue) => issue.severity === "error")) broken.add(questionnaireKey(definition));
      const key = questionnaireKey(definition);
      const released = registry[key];
      if (definition.status !== "draft" && released === undefined) {
        report(reporter, file, [
          { severity: "error", path: ["status"], message: `${key} is ${definition.status} but not in questionnaires/released.json; run "npm run release -- ${key}" to record its hash` },
        ]);
      }
      if (released !== undefined && released !== contentHash(loaded.text)) {
        report(reporter, file, [
          { severity: "error", path: [], message: `${key} was released and must not change (its content hash differs from questionnaires/released.json); publish the change as a new version instead` },
        ]);
      }
      definitions.push(definition);
    }
    const vectorsFile = path.join(folder, "vectors.json");
    if ((await listDirectory(folder)).includes("vectors.json")) await checkVectors(reporter, vectorsFile, id, definitions, broken);
    else if (versionFiles.length > 0) report(reporter, vectorsFile, [{ severity: "error", path: [], message: `questionnaire "${id}" has no worked examples (vectors.json)` }]);
  }
  return definitions;
}

async function checkVectors(reporter: Reporter, file: string, id: string, definitions: readonly Definition[], broken: ReadonlySet<string>): Promise<void> {
  const loaded = await loadWithSchema(reporter, file, Vectors);
  if (loaded === undefined) return;
  const vectors = loaded.value;
  if (vectors.questionnaire !== id) report(reporter, file, [{ severity: "error", path: ["questionnaire"], message: `questionnaire "${vectors.questionnaire}" does not match its folder "${id}"` }]);
  vectors.versions.forEach((version, index) => {
    const definition = definitions.find((candidate) => candidate.id === id && candidate.version === version);
    if (definition === undefined) report(reporter, file, [{ severity: "error", path: ["versions", index], message: `no valid definition ${id}@${version} to run these examples against` }]);
    else if (broken.has(`${id}@${version}`)) report(reporter, file, [{ severity: "error", path: ["versions", index], message: `worked examples not run: ${id}@${version} has errors (see above)` }]);
    else report(reporter, file, lintVectors(definition, vectors.cases));
  });
}
