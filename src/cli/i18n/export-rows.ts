import { currentText, extraLeaves, type Catalogue, type Part, type TextEntry } from "./catalogue";
import { formOfOneNumber } from "./plural-forms";
import { provenanceExportRows } from "./provenance-rows";
import { COLUMNS } from "./csv";
import { formatPath } from "../../engine";
import type { Sidecar } from "./sidecar";
import { statusOf, type Status } from "./status-of";

/** A few numbers that take a plural form, so the translator knows which form a row is ("few": 3, 4, 5, ...). */
function pluralExamples(language: string, form: string): string {
  if (form === "zero" && Intl.PluralRules.supportedLocalesOf([language]).length === 0) return "0";
  const rules = new Intl.PluralRules(Intl.PluralRules.supportedLocalesOf([language]).length > 0 ? language : "en");
  const found: number[] = [];
  for (let n = 0; n <= 200 && found.length < 4; n++) if (rules.select(n) === form) found.push(n);
  if (form === "zero" && !found.includes(0)) return "0 (used when the number is exactly 0)";
  return found.length === 0 ? "" : `${found.join(", ")}${found.length === 4 ? ", …" : ""}`;
}

/** Plain advice for the translator, in the note column. */
function noteFor(entry: TextEntry, status: Status, language: string): string {
  const notes: string[] = [];
  if (status === "stale") notes.push("The English text changed after this was translated: update the translation, or if it is still right, change the status to draft.");
  if (entry.plural !== undefined) {
    const examples = pluralExamples(language, entry.plural);
    notes.push(`Plural form "${entry.plural}"${examples === "" ? "" : ` for numbers such as ${examples}`}.`);
  }
  const placeholders = [...new Set(entry.english.match(/\{\{[^}]+\}\}/g) ?? [])];
  if (placeholders.length > 0) notes.push(`Keep ${placeholders.join(", ")} exactly as written: the app puts a value there.`);
  if (placeholders.includes("{{count}}") && entry.plural !== undefined && formOfOneNumber(language, entry.plural)) {
    notes.push("This form is for one number only, so you may write the number in words instead of {{count}} (as the Arabic dual does).");
  }
  if (entry.part.kind === "instrument" && /^items\./.test(entry.path.map(String).join("."))) {
    notes.push("Questionnaire wording: use the published translation if one exists.");
  }
  return notes.join(" ");
}

/**
 * The CSV rows for a language: a header, then one row per English text, in English order; each
 * questionnaire's texts come after the rows that record its translation's provenance.
 */
export function exportRows(catalogue: Catalogue, sidecar: Sidecar): { rows: string[][]; counts: Map<Status, number> } {
  const rows: string[][] = [[...COLUMNS]];
  const counts = new Map<Status, number>();
  const described = new Set<Part>();
  for (const entry of catalogue.entries) {
    if (entry.part.kind === "instrument" && !described.has(entry.part)) {
      described.add(entry.part);
      rows.push(...provenanceExportRows(entry.part));
    }
    const status = statusOf(entry, sidecar);
    counts.set(status, (counts.get(status) ?? 0) + 1);
    rows.push([entry.key, entry.english, entry.hash, currentText(entry) ?? "", status, noteFor(entry, status, catalogue.language)]);
  }
  return { rows, counts };
}

/** Warnings about texts in the language's files that English does not have (they stay, and validate names them). */
export function extraTextWarnings(catalogue: Catalogue): string[] {
  return catalogue.parts.flatMap((part) =>
    extraLeaves(part, catalogue.entries).map(
      (leaf) => `warning: ${part.file}: ${formatPath(leaf.path)}: English has no such text, so it is not in the CSV (it stays in the file; remove it if it is left over)`,
    ),
  );
}
