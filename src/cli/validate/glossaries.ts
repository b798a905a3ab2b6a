import path from "node:path";
import { findAvoidedWords, textLeaves, VARIANTS } from "./avoided-words";
import { Glossary, glossaryFile } from "./glossary-schema";
import { readJsonFile } from "./json-file";
import { listFolders, listJsonFiles } from "../kit/files";
import { loadWithSchema, type Reporter } from "./reporter";

/** The key terms every language's glossary defines (issue 4): the same ids in every language. */
export const GLOSSARY_TERM_IDS: readonly string[] = [
  "drugs",
  "alcohol",
  "use",
  "person-who-uses-drugs",
  "risk",
  "low-risk",
  "hazardous-use",
  "harmful-use",
  "dependence",
  "treatment",
  "counselling",
  "harm-reduction",
  "self-help",
  "screening",
  "service",
];

/** Keys of an instrument text file that describe the file rather than being text shown to a person. */
const INSTRUMENT_HEADER = ["$schema", "questionnaire", "language", "provenance"];

function checkTermIds(reporter: Reporter, file: string, glossary: Glossary): void {
  const seen = new Set<string>();
  glossary.terms.forEach((term, index) => {
    if (seen.has(term.id)) reporter.issues.push({ file, severity: "error", path: `$.terms[${index}].id`, message: `duplicate term id "${term.id}"` });
    else if (!GLOSSARY_TERM_IDS.includes(term.id)) {
      reporter.issues.push({ file, severity: "error", path: `$.terms[${index}].id`, message: `term id "${term.id}" is not one of the glossary's terms (${GLOSSARY_TERM_IDS.join(", ")})` });
    }
    seen.add(term.id);
  });
  for (const id of GLOSSARY_TERM_IDS) {
    if (!seen.has(id))
      reporter.issues.push({ file, severity: "error", path: "$.terms", message: `term "${id}" is missing; every language's glossary defines the same terms as locales/en/meta/glossary.json` });
  }
}

/** The files whose text a person sees in this language: UI namespaces and instrument texts. */
export async function shownTextFiles(root: string, language: string): Promise<{ file: string; skip: readonly string[] }[]> {
  const folder = path.join(root, "locales", language);
  const ui = (await listJsonFiles(folder)).map((name) => ({ file: `locales/${language}/${name}`, skip: [] }));
  const instruments = (await listJsonFiles(path.join(folder, "questionnaires"))).map((name) => ({ file: `locales/${language}/questionnaires/${name}`, skip: INSTRUMENT_HEADER }));
  return [...ui, ...instruments];
}

/**
 * Every language folder has a glossary with the shared terms, and none of its UI or instrument
 * text uses a word that glossary says to avoid. A broken text file is reported by the other
 * checks, so it is skipped here.
 */
export async function validateGlossaries(reporter: Reporter, root: string): Promise<void> {
  for (const language of await listFolders(path.join(root, "locales"))) {
    const file = glossaryFile(language);
    const absolute = path.join(root, file);
    if ((await listJsonFiles(path.dirname(absolute))).includes("glossary.json") === false) {
      reporter.issues.push({ file, severity: "error", path: "$", message: `missing glossary for "${language}": copy locales/en/meta/glossary.json and translate it (see docs/adding-a-language.md)` });
      continue;
    }
    const loaded = await loadWithSchema(reporter, absolute, Glossary);
    if (loaded === undefined) continue;
    const glossary = loaded.value;
    if (glossary.language !== language) reporter.issues.push({ file, severity: "error", path: "$.language", message: `language "${glossary.language}" does not match its folder "${language}"` });
    if ((glossary.status === "source") !== (language === "en")) {
      reporter.issues.push({
        file,
        severity: "error",
        path: "$.status",
        message: language === "en" ? `the English glossary is the source: status must be "source"` : `status "source" is for English only; use "draft" or "reviewed"`,
      });
    }
    checkTermIds(reporter, file, glossary);
    for (const { file: textFile, skip } of await shownTextFiles(root, language)) {
      const read = await readJsonFile(path.join(root, textFile), textFile);
      if (!read.ok) continue;
      for (const found of findAvoidedWords(glossary, textFile, textLeaves(read.value, skip))) {
        reporter.issues.push({
          file: textFile,
          severity: "error",
          path: found.path,
          message:
            found.termId === VARIANTS
              ? `uses "${found.word}", a form of another standard that ${file} lists under "variants" (this text is ${glossary.variants?.standard ?? language}); use this language's own form, or if it is published instrument wording or a name, record an exception in the glossary`
              : `uses "${found.word}", which ${file} says to avoid (term "${found.termId}"); reword it, or if it is published instrument wording or a name, record an exception in the glossary`,
        });
      }
    }
  }
}
