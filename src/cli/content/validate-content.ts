import { readdir } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import {
  Definition,
  QuestionnaireLocale,
  Vectors,
  formatPath,
  lintDefinition,
  lintQuestionnaireLocale,
  lintVectors,
  questionnaireKey,
  type LintIssue,
} from "../../engine";
import { validateCountries } from "./countries";
import { validateGlossaries } from "./glossaries";
import { validateInterventions } from "./interventions";
import { validateLanguageCodes } from "./language-codes";
import { contentHash } from "./hash";
import { readJsonFile, type FileIssue } from "./json-file";
import { validateUiLocales } from "./ui-locales";
import { describeZodIssues } from "./zod-issues";

const ReleaseRegistry = z.record(z.string().regex(/^[a-z][a-z0-9-]*@\d+\.\d+\.\d+$/), z.string().regex(/^sha256-[0-9a-f]{64}$/));

export type ValidationReport = { issues: FileIssue[]; definitions: Definition[] };

type Reporter = { issues: FileIssue[]; relative: (file: string) => string };

async function listDirectory(directory: string): Promise<string[]> {
  try {
    return (await readdir(directory)).sort();
  } catch {
    return [];
  }
}

function report(reporter: Reporter, file: string, issues: readonly LintIssue[]): void {
  for (const issue of issues) reporter.issues.push({ file: reporter.relative(file), severity: issue.severity, path: formatPath(issue.path), message: issue.message });
}

/** Reads a JSON file and parses it with a schema; every problem is reported, nothing thrown. */
export async function loadWithSchema<T>(reporter: Reporter, file: string, schema: z.ZodType<T>): Promise<{ value: T; text: string } | undefined> {
  const read = await readJsonFile(file, reporter.relative(file));
  if (!read.ok) {
    reporter.issues.push(read.issue);
    return undefined;
  }
  const parsed = schema.safeParse(read.value, { reportInput: true });
  if (!parsed.success) {
    for (const { path: where, message } of describeZodIssues(parsed.error)) reporter.issues.push({ file: reporter.relative(file), severity: "error", path: where, message });
    return undefined;
  }
  return { value: parsed.data, text: read.text };
}

async function loadDefinitions(reporter: Reporter, root: string, registry: Record<string, string>): Promise<Definition[]> {
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
        report(reporter, file, [{ severity: "error", path: ["status"], message: `${key} is ${definition.status} but not in questionnaires/released.json; run "npm run release -- ${key}" to record its hash` }]);
      }
      if (released !== undefined && released !== contentHash(loaded.text)) {
        report(reporter, file, [{ severity: "error", path: [], message: `${key} was released and must not change (its content hash differs from questionnaires/released.json); publish the change as a new version instead` }]);
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

async function checkQuestionnaireLocales(reporter: Reporter, root: string, definitions: readonly Definition[]): Promise<void> {
  const localeRoot = path.join(root, "locales");
  for (const language of await listDirectory(localeRoot)) {
    const folder = path.join(localeRoot, language, "questionnaires");
    for (const name of (await listDirectory(folder)).filter((entry) => entry.endsWith(".json"))) {
      const file = path.join(folder, name);
      const loaded = await loadWithSchema(reporter, file, QuestionnaireLocale);
      if (loaded === undefined) continue;
      const id = name.replace(/\.json$/, "");
      const locale = loaded.value;
      const problems: LintIssue[] = [];
      if (locale.questionnaire !== id) problems.push({ severity: "error", path: ["questionnaire"], message: `questionnaire "${locale.questionnaire}" does not match the file name "${name}"` });
      if (locale.language !== language) problems.push({ severity: "error", path: ["language"], message: `language "${locale.language}" does not match its folder "${language}"` });
      const versions = definitions.filter((definition) => definition.id === id && definition.status !== "retired");
      if (versions.length === 0) problems.push({ severity: "error", path: ["questionnaire"], message: `there is no questionnaire "${id}" for this text` });
      else problems.push(...lintQuestionnaireLocale(locale, versions));
      report(reporter, file, problems);
    }
  }
  const english = await listDirectory(path.join(localeRoot, "en", "questionnaires"));
  for (const definition of definitions) {
    if (!english.includes(`${definition.id}.json`)) {
      report(reporter, path.join(localeRoot, "en", "questionnaires", `${definition.id}.json`), [{ severity: "error", path: [], message: `${questionnaireKey(definition)} has no English text` }]);
    }
  }
}

/**
 * Validates every content file under root: definitions, worked examples, instrument text and
 * UI text, then countries. Never throws on bad content: every problem becomes an issue.
 */
export async function validateContent(root: string, options: { today: string }): Promise<ValidationReport> {
  const reporter: Reporter = { issues: [], relative: (file) => path.relative(root, file) };
  const registryFile = path.join(root, "questionnaires", "released.json");
  const registry = await readJsonFile(registryFile, reporter.relative(registryFile));
  const parsedRegistry = registry.ok ? ReleaseRegistry.safeParse(registry.value) : undefined;
  const hashes = parsedRegistry?.success === true ? parsedRegistry.data : {};
  if (!registry.ok) reporter.issues.push(registry.issue);
  else if (parsedRegistry?.success === false) reporter.issues.push({ file: reporter.relative(registryFile), severity: "error", path: "$", message: "must map id@version to a sha256 content hash" });
  const definitions = await loadDefinitions(reporter, root, hashes);
  await checkQuestionnaireLocales(reporter, root, definitions);
  await validateUiLocales(reporter, root);
  await validateInterventions(reporter, root);
  await validateLanguageCodes(reporter, root);
  await validateGlossaries(reporter, root);
  await validateCountries(reporter, root, definitions, options.today);
  return { issues: reporter.issues, definitions };
}

export type { Reporter };
