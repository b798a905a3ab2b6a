import path from "node:path";
import { lintQuestionnaireLocale, questionnaireKey, type Definition, type LintIssue } from "../../engine";
import { QuestionnaireLocale } from "../../engine/schema";
import { listDirectory } from "../kit/files";
import { loadWithSchema, report, type Reporter } from "./reporter";

/** Every locales/<lang>/questionnaires/<id>.json against the definitions it is text for; English for every definition. */
export async function checkQuestionnaireLocales(reporter: Reporter, root: string, definitions: readonly Definition[]): Promise<void> {
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
