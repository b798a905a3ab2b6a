import { lookup } from "./json-tree";
import { currentText, type Part, type TextEntry } from "./catalogue";
import type { Sidecar } from "./sidecar";

/**
 * missing: no text. stale: English changed since the text was translated. Otherwise instrument
 * text has its file's provenance status (draft, validated, official) and UI text is draft, or
 * reviewed once a second person has checked it.
 */
export const STATUSES = ["missing", "stale", "draft", "reviewed", "validated", "official"] as const;
export type Status = (typeof STATUSES)[number];

/** The provenance status of a language's instrument file; a file that does not exist yet will be a draft. */
export function provenanceStatus(part: Part): "draft" | "validated" | "official" {
  const status = lookup(part.current?.value, ["provenance", "status"]);
  return status === "validated" || status === "official" ? status : "draft";
}

export function statusOf(entry: TextEntry, sidecar: Sidecar): Status {
  if (currentText(entry) === undefined) return "missing";
  const record = sidecar.get(entry.key);
  // No record: translated before records were kept; taken as made from today's English.
  if (record !== undefined && record.source !== entry.hash) return "stale";
  if (entry.part.kind === "instrument") return provenanceStatus(entry.part);
  return record?.reviewed === true ? "reviewed" : "draft";
}
