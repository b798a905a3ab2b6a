import path from "node:path";
import { z } from "zod";
import { QUESTIONNAIRE_KEY, type Definition } from "../../engine";
import { validateCountries, validateServicesToVerify } from "./countries";
import { loadDefinitions } from "./definitions";
import { validateGlossaries } from "./glossaries";
import { validateInterventions } from "./interventions";
import { readJsonFile, type FileIssue } from "./json-file";
import { validateLanguageCodes } from "./language-codes";
import { checkQuestionnaireLocales } from "./questionnaire-locales";
import type { Reporter } from "./reporter";
import { validateTextForms } from "./text-forms";
import { validateUiLocales } from "./ui-locales";

const ReleaseRegistry = z.record(z.string().regex(QUESTIONNAIRE_KEY), z.string().regex(/^sha256-[0-9a-f]{64}$/));

export type ValidationReport = { issues: FileIssue[]; definitions: Definition[] };

/**
 * Validates every content file under root: definitions, worked examples, instrument text and
 * UI text, the brief intervention's questions and advice, then countries. Never throws on bad content: every problem becomes an issue.
 */
export async function validateContent(root: string, options: { today: string }): Promise<ValidationReport> {
  const reporter: Reporter = { issues: [], relative: (file) => path.relative(root, file) };
  const registryFile = path.join(root, "questionnaires", "released.json");
  const registry = await readJsonFile(registryFile, reporter.relative(registryFile));
  const parsedRegistry = registry.ok ? ReleaseRegistry.safeParse(registry.value) : undefined;
  const hashes = parsedRegistry?.success === true ? parsedRegistry.data : {};
  if (registry.ok) reporter.issues.push(...registry.issues);
  if (!registry.ok) reporter.issues.push(registry.issue);
  else if (parsedRegistry?.success === false) reporter.issues.push({ file: reporter.relative(registryFile), severity: "error", path: "$", message: "must map id@version to a sha256 content hash" });
  const definitions = await loadDefinitions(reporter, root, hashes);
  await checkQuestionnaireLocales(reporter, root, definitions);
  await validateUiLocales(reporter, root);
  await validateInterventions(reporter, root);
  await validateLanguageCodes(reporter, root);
  await validateGlossaries(reporter, root);
  await validateTextForms(reporter, root);
  await validateCountries(reporter, root, definitions, options.today);
  await validateServicesToVerify(reporter, root);
  // A file read by two checks (UI text is also searched for avoided words) reports a problem of
  // the file itself (a BOM, invalid UTF-8) once.
  const seen = new Set<string>();
  const issues = reporter.issues.filter((issue) => {
    const key = `${issue.severity}\0${issue.file}\0${issue.path}\0${issue.message}`;
    return seen.size < seen.add(key).size;
  });
  return { issues, definitions };
}
