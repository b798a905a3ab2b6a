import { parse } from "csv-parse/sync";
import { ContentProblem } from "../kit/errors";

export const COLUMNS = ["key", "english", "source_hash", "translation", "status", "note"] as const;
export type Column = (typeof COLUMNS)[number];

/** Spreadsheets (Excel in particular) read a file as UTF-8 only when it starts with this mark. */
const BOM = "\uFEFF";

/**
 * RFC 4180: every field quoted (quotes doubled), CRLF between records. Line breaks inside a text
 * are kept as they are, inside the quotes, and come back unchanged.
 */
export function renderCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map((field) => `"${field.replace(/"/g, '""')}"`).join(",")).join("\r\n") + "\r\n";
}

/**
 * Decodes what a spreadsheet saved: UTF-8 with or without the byte-order mark, or UTF-16
 * ("Unicode text" in Excel). A workbook or a file in an old code page is refused with advice,
 * because guessing would turn Cyrillic, Greek or Arabic letters into question marks.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    throw new ContentProblem(
      'this is a spreadsheet workbook (.xlsx or .ods), not a CSV file; in the spreadsheet use File > Save As and choose "CSV UTF-8" (Excel) or "Text CSV" with character set UTF-8 (LibreOffice)',
    );
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.startsWith(BOM) ? text.slice(1) : text;
  } catch {
    throw new ContentProblem('the file is not UTF-8 text; save it again as "CSV UTF-8" (Excel) or "Text CSV" with character set "Unicode (UTF-8)" (LibreOffice)');
  }
}

export type CsvRow = {
  /** The row number a spreadsheet shows: the header is row 1. */
  row: number;
  /** The line the row starts on in a text editor (later than the row when a text above has line breaks). */
  line: number;
  cells: Partial<Record<Column, string>>;
};

/** Where a problem is, as a translator finds it: spreadsheet row, text-editor line if different, and column. */
export function cellAt(row: Pick<CsvRow, "row" | "line">, column: Column): string {
  return `row ${row.row}${row.line === row.row ? "" : ` (line ${row.line} of the file)`}, column "${column}"`;
}

/**
 * Parses a translation CSV. Columns are found by their names in the first row, in any order and
 * letter case; other columns are ignored. The separator may be a comma, or the semicolon or tab
 * that spreadsheets in many European locales write.
 */
export function parseCsv(text: string): { rows: CsvRow[]; columns: Set<Column> } {
  const firstLine = text.split(/\r?\n|\r/, 1)[0] ?? "";
  const delimiter = [",", ";", "\t"].find((candidate) => {
    const names = firstLine.split(candidate).map((name) => name.trim().replace(/^"|"$/g, "").trim().toLowerCase());
    return names.includes("key") && names.includes("translation");
  });
  if (delimiter === undefined) {
    throw new ContentProblem(`row 1 must name the columns (${COLUMNS.join(", ")}); "key" and "translation" are needed, found: ${firstLine.slice(0, 120)}`);
  }
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // The typings give string[][] whatever the options; with info: true each record comes with its info.
    parsed = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, info: true }) as unknown as typeof parsed;
  } catch (cause) {
    throw new ContentProblem(`the file is not valid CSV: ${(cause as Error).message}`);
  }
  const records = parsed.map((entry) => entry.record);
  // csv-parse reports the line a record ends on; it starts one line after the previous record.
  const startLines = parsed.map((_entry, index) => (index === 0 ? 1 : (parsed[index - 1]?.info.lines ?? 0) + 1));
  const header = (records[0] ?? []).map((name) => name.trim().toLowerCase());
  const index = new Map<Column, number>();
  for (const column of COLUMNS) {
    const at = header.indexOf(column);
    if (at >= 0) index.set(column, at);
  }
  const rows = records.slice(1).map((record, offset) => {
    const cells: Partial<Record<Column, string>> = {};
    for (const [column, at] of index) cells[column] = record[at] ?? "";
    return { row: offset + 2, line: startLines[offset + 1] ?? offset + 2, cells };
  });
  return { rows, columns: new Set(index.keys()) };
}
