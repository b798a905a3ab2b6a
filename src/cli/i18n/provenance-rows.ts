import { QuestionnaireLocale } from "../../engine/schema";
import type { Catalogue, Part } from "./catalogue";
import { cellAt, type CsvRow } from "./csv";
import { lookup } from "./json-tree";

/**
 * Each questionnaire's translation records where its wording comes from ("provenance"): these
 * are facts about the translation, not texts translated from English, so they have rows of their
 * own with no source hash. A validated status needs the citation of the published translation.
 */
export const PROVENANCE_FIELDS = ["status", "source", "notes", "citation.text", "citation.doi", "citation.url", "citation.supports"] as const;
type Field = (typeof PROVENANCE_FIELDS)[number];

const EXPLAINED: Record<Field, string> = {
  status: "Translation status: draft, official or validated (see docs/adding-a-language.md).",
  source: "Where this wording comes from (required).",
  notes: "Anything a clinician should know about this translation (optional).",
  "citation.text": "For validated: the full reference of the published validated translation.",
  "citation.doi": "For validated: its DOI, e.g. 10.1000/xyz (a DOI or a URL is needed).",
  "citation.url": "For validated: an https:// address of the publication.",
  "citation.supports": 'For validated: what the publication is the authority for, e.g. "Albanian item wording".',
};

const KEY = /^questionnaire:([^:]+):provenance\.(.+)$/;
const ProvenanceSchema = QuestionnaireLocale.shape.provenance;

export const isProvenanceKey = (key: string): boolean => KEY.test(key.trim());
const keyOf = (part: Part, field: Field): string => `${part.label}:provenance.${field}`;
const valueOf = (part: Part, field: Field): string => {
  const value = lookup(part.current?.value, ["provenance", ...field.split(".")]);
  return typeof value === "string" ? value : "";
};

/** The rows for one questionnaire, shown before its texts. */
export function provenanceExportRows(part: Part): string[][] {
  return PROVENANCE_FIELDS.map((field) => [keyOf(part, field), EXPLAINED[field], "", valueOf(part, field), "", "About this translation, not a text to translate. Leave empty what does not apply."]);
}

export type ProvenanceCheck = { changes: Map<Part, unknown>; errors: string[] };

/** The provenance each CSV asks for, checked with the same schema as npm run validate; only changed ones are returned. */
export function checkProvenanceRows(catalogue: Catalogue, rows: readonly CsvRow[]): ProvenanceCheck {
  const result: ProvenanceCheck = { changes: new Map(), errors: [] };
  const byPart = new Map<Part, Map<Field, { value: string; row: CsvRow }>>();
  for (const row of rows) {
    const match = KEY.exec((row.cells.key ?? "").trim());
    if (match === null) continue;
    const part = catalogue.parts.find((candidate) => candidate.kind === "instrument" && candidate.name === match[1]);
    const field = PROVENANCE_FIELDS.find((candidate) => candidate === match[2]);
    if (part === undefined || field === undefined) {
      result.errors.push(`${cellAt(row, "key")}: key "${row.cells.key ?? ""}" does not exist (the fields are ${PROVENANCE_FIELDS.map((name) => `provenance.${name}`).join(", ")})`);
      continue;
    }
    const fields = byPart.get(part) ?? new Map<Field, { value: string; row: CsvRow }>();
    if (fields.has(field)) {
      result.errors.push(`${cellAt(row, "key")}: key "${keyOf(part, field)}" is also on row ${fields.get(field)?.row.row ?? "?"}; keep one of the two rows`);
      continue;
    }
    fields.set(field, { value: (row.cells.translation ?? "").replace(/\r\n?/g, "\n").trim(), row });
    byPart.set(part, fields);
  }
  for (const [part, fields] of byPart) {
    const wanted = (field: Field): string => fields.get(field)?.value ?? valueOf(part, field);
    if (PROVENANCE_FIELDS.every((field) => wanted(field) === valueOf(part, field))) continue;
    if (part.current === undefined && [...fields.values()].every((entry) => entry.value === "")) continue;
    const provenance: Record<string, unknown> = { status: wanted("status").toLowerCase(), source: wanted("source") };
    if (wanted("notes") !== "") provenance["notes"] = wanted("notes");
    const citation = Object.fromEntries((["text", "doi", "url", "supports"] as const).flatMap((name) => (wanted(`citation.${name}`) === "" ? [] : [[name, wanted(`citation.${name}`)]])));
    if (Object.keys(citation).length > 0) provenance["citation"] = citation;
    const parsed = ProvenanceSchema.safeParse(provenance);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = (issue.path.length === 0 ? "status" : issue.path.map(String).join(".")) as Field;
        const named = PROVENANCE_FIELDS.includes(field) ? field : field.startsWith("citation") ? "citation.text" : "status";
        const row = fields.get(named)?.row ?? fields.get("status")?.row ?? [...fields.values()][0]?.row;
        const where = row === undefined ? `key "${keyOf(part, named)}"` : cellAt(row, "translation");
        result.errors.push(`${where}: ${keyOf(part, named)}: ${issue.message}`);
      }
      continue;
    }
    result.changes.set(part, parsed.data);
  }
  return result;
}
