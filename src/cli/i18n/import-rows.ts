import { currentText, sourceHash, type Catalogue, type TextEntry } from "./catalogue";
import { cellAt, type Column, type CsvRow } from "./csv";
import { formOfOneNumber } from "./plural-forms";
import type { Sidecar, SourceRecord } from "./sidecar";
import { provenanceStatus, STATUSES } from "./status-of";

/** What one CSV row asks for, once checked. */
export type RowDecision = {
  row: number;
  entry: TextEntry;
  /** The new text, when the row changes or adds one. */
  text?: string;
  /** The new source record, when it changes. */
  record?: SourceRecord;
};

export type RowCheck = { decisions: RowDecision[]; errors: string[]; warnings: string[]; notes: string[] };

const HASH = /^[0-9a-f]{8}$/;

const PLACEHOLDER = /\{\{\s*[^}]+?\s*\}\}/g;

/**
 * The app puts a value where English has {{count}}; a translation that drops, renames or adds
 * one would show a raw "{{...}}" or lose the number, so it is refused with the exact names.
 */
export function placeholdersLost(english: string, translation: string, mayOmit: readonly string[] = []): string | undefined {
  const names = (text: string): string[] => [...new Set((text.match(PLACEHOLDER) ?? []).map((found) => found.replace(/\s+/g, "")))].sort();
  const wanted = names(english).filter((name) => !mayOmit.includes(name) || names(translation).includes(name));
  const given = names(translation);
  const missing = wanted.filter((name) => !given.includes(name));
  const extra = given.filter((name) => !wanted.includes(name));
  if (missing.length === 0 && extra.length === 0) return undefined;
  const parts = [
    ...(missing.length > 0 ? [`must keep ${missing.join(", ")} exactly as in the English text (the app puts a value there)`] : []),
    ...(extra.length > 0 ? [`has ${extra.join(", ")}, which the English text does not have (a typo?)`] : []),
  ];
  return parts.join("; ");
}

/** Turns rows listed under one message into "rows 4, 7, 9". */
function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 12).join(", ");
  return `${rows.length === 1 ? "row" : "rows"} ${shown}${rows.length > 12 ? ` and ${rows.length - 12} more` : ""}`;
}

/**
 * Checks every row against English and decides what it changes. Nothing is written here; any
 * error refuses the whole file, so that a half-applied import never happens.
 *
 * The status column: "stale" on an unchanged text keeps it stale; any other status on an
 * unchanged stale text says "I checked it, it is still right" and records today's English.
 * "reviewed" marks UI text as checked by a second person. Instrument text takes its status from
 * its file's provenance, which import never changes.
 */
export function checkRows(catalogue: Catalogue, sidecar: Sidecar, rows: readonly CsvRow[], columns: ReadonlySet<Column>): RowCheck {
  const result: RowCheck = { decisions: [], errors: [], warnings: [], notes: [] };
  if (!columns.has("source_hash") && !columns.has("english")) {
    result.errors.push(`row 1: needs a "source_hash" column (or at least the "english" column) to know which English text was translated`);
    return result;
  }
  const seen = new Map<string, number>();
  const ignoredStatus = new Map<string, number[]>();
  const fromEnglishCell: number[] = [];
  const olderEnglish: number[] = [];
  const keptEmpty: number[] = [];
  for (const csvRow of rows) {
    const { row, cells } = csvRow;
    const key = (cells.key ?? "").trim();
    const translation = (cells.translation ?? "").replace(/\r\n?/g, "\n");
    const filled = translation.trim() !== "";
    if (key === "") {
      if (filled) result.errors.push(`${cellAt(csvRow, "key")}: has a translation but no key; put the key back (copy it from the export)`);
      continue;
    }
    const entry = catalogue.byKey.get(key);
    if (entry === undefined) {
      result.errors.push(`${cellAt(csvRow, "key")}: key "${key}" does not exist in English (misspelt, or English no longer has this text)`);
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      result.errors.push(`${cellAt(csvRow, "key")}: key "${key}" is also on row ${earlier}; keep one of the two rows`);
      continue;
    }
    seen.set(key, row);
    const status = (cells.status ?? "").trim().toLowerCase();
    if (status !== "" && !(STATUSES as readonly string[]).includes(status)) {
      result.errors.push(`${cellAt(csvRow, "status")}: status "${cells.status ?? ""}" is not one of ${STATUSES.join(", ")}`);
      continue;
    }
    const current = currentText(entry);
    if (!filled) {
      if (current !== undefined) keptEmpty.push(row);
      continue;
    }
    const lost = placeholdersLost(entry.english, translation, entry.plural !== undefined && formOfOneNumber(catalogue.language, entry.plural) ? ["{{count}}"] : []);
    if (lost !== undefined) {
      result.errors.push(`${cellAt(csvRow, "translation")}: ${lost}`);
      continue;
    }
    let hash = (cells.source_hash ?? "").trim().toLowerCase();
    if (!HASH.test(hash)) {
      const english = cells.english;
      if (english === undefined || english.trim() === "") {
        result.errors.push(
          `${cellAt(csvRow, "source_hash")}: "${cells.source_hash ?? ""}" is not the 8 letters and digits from the export, and the english cell is empty; copy both back from the export`,
        );
        continue;
      }
      if (hash !== "") fromEnglishCell.push(row);
      hash = sourceHash(english.replace(/\r\n?/g, "\n"));
    }
    const instrument = entry.part.kind === "instrument";
    if (instrument && status !== "" && status !== "missing" && status !== "stale" && status !== provenanceStatus(entry.part)) {
      const message = `status "${status}" was not applied to ${entry.part.file}: a questionnaire's status is set once, on its row "${entry.part.label}:provenance.status" (now ${provenanceStatus(entry.part)}); validated also needs the citation rows filled in (see docs/adding-a-language.md)`;
      ignoredStatus.set(message, [...(ignoredStatus.get(message) ?? []), row]);
    }
    if (!instrument && (status === "validated" || status === "official")) {
      const message = `status "${status}" is for questionnaire text; the app's own text is draft or reviewed, so these were taken as draft`;
      ignoredStatus.set(message, [...(ignoredStatus.get(message) ?? []), row]);
    }
    const previous = sidecar.get(key);
    const reviewed = !instrument && status === "reviewed";
    const fresh: SourceRecord = reviewed ? { source: hash, reviewed: true } : { source: hash };
    let record: SourceRecord | undefined;
    if (translation !== current) record = fresh;
    else if (status === "stale" || status === "")
      record = undefined; // unchanged and not confirmed: keep what is recorded
    else if (previous === undefined || previous.source !== fresh.source || previous.reviewed !== fresh.reviewed) record = fresh;
    if (record !== undefined && previous !== undefined && previous.source === record.source && previous.reviewed === record.reviewed) record = undefined;
    if (translation === current && record === undefined) continue;
    if (record !== undefined && record.source !== entry.hash) olderEnglish.push(row);
    result.decisions.push({ row, entry, ...(translation === current ? {} : { text: translation }), ...(record === undefined ? {} : { record }) });
  }
  for (const [message, list] of ignoredStatus) result.warnings.push(`${rowList(list)}: ${message}`);
  if (fromEnglishCell.length > 0) {
    result.warnings.push(`${rowList(fromEnglishCell)}: the source_hash cell was changed (spreadsheets turn some of them into numbers), so the English cell of the row was used instead`);
  }
  if (keptEmpty.length > 0) {
    result.warnings.push(`${rowList(keptEmpty)}: the translation cell is empty but the file has a text; the text was kept (to remove a text, delete it in the file)`);
  }
  if (olderEnglish.length > 0) {
    result.notes.push(`${rowList(olderEnglish)}: translated from an older English text than today's, so they are recorded as stale (export again to see the new English)`);
  }
  return result;
}
