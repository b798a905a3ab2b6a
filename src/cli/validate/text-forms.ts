import path from "node:path";
import { textLeaves } from "./avoided-words";
import { findUnisolatedRuns, isRightToLeft } from "./bidi-isolation";
import { findDatesOutsideLabels } from "./date-labels";
import { findBreakableFrenchSpaces } from "./french-spacing";
import { shownTextFiles } from "./glossaries";
import { readJsonFile } from "./json-file";
import { listFolders } from "../kit/files";
import type { Reporter } from "./reporter";

const ISOLATE_ADVICE = "wrap it in U+2068 (first strong isolate) … U+2069 (pop directional isolate) so it keeps its own order";

/**
 * Forms of text that look right in the file and come out wrong on the page: a date after a
 * word that needs a grammatical case, French punctuation a line can break before, and, in
 * right-to-left languages, number ranges and Latin phrases the bidi algorithm reorders. A broken file is reported by the other checks.
 */
export async function validateTextForms(reporter: Reporter, root: string): Promise<void> {
  for (const language of await listFolders(path.join(root, "locales"))) {
    const rightToLeft = isRightToLeft(language);
    for (const { file, skip } of await shownTextFiles(root, language)) {
      const read = await readJsonFile(path.join(root, file), file);
      if (!read.ok) continue;
      const texts = textLeaves(read.value, skip);
      for (const found of findDatesOutsideLabels(texts)) {
        reporter.issues.push({
          file,
          severity: "error",
          path: found.path,
          message: `{{date}} must follow a label and a colon ("Checked: {{date}}"), not a word: the app writes the date in the nominative, which is wrong after a preposition in many languages and for month-only dates`,
        });
      }
      if (language === "fr" || language.startsWith("fr-")) {
        for (const found of findBreakableFrenchSpaces(texts)) {
          reporter.issues.push({
            file,
            severity: "error",
            path: found.path,
            message: `ordinary space at "${found.at}": French uses a no-break space (U+00A0, or U+202F) there, so the line cannot break before the mark`,
          });
        }
      }
      if (!rightToLeft) continue;
      for (const found of findUnisolatedRuns(texts)) {
        const what = found.kind === "range" ? `the range "${found.run}" shows reversed in right-to-left text` : `the Latin phrase "${found.run}" is reordered in right-to-left text`;
        reporter.issues.push({ file, severity: "error", path: found.path, message: `${what}; ${ISOLATE_ADVICE}` });
      }
    }
  }
}
