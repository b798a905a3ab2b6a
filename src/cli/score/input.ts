import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { parse } from "csv-parse";
import { UsageError, type Format } from "./args";
import type { InputRow, RowContext } from "./rows";

/** The file could not be read to the end (a read error): the rows so far are kept; exit code 1. */
export class InputError extends Error {}

export type Source = {
  /** Whether the output gets an id column. */
  hasIdColumn: boolean;
  rows: AsyncIterable<InputRow> | Iterable<InputRow>;
};

/**
 * Opens a responses file. CSV and JSON Lines are streamed (for big files); a .json array is
 * read whole. A CSV header is checked before any row is read: a problem there is a UsageError.
 */
export async function openSource(path: string, format: Format, context: RowContext): Promise<Source> {
  const info = await stat(path).catch(() => undefined);
  // A named pipe is read as a stream too, so a file can be scored while it is still being written.
  if (info === undefined || !(info.isFile() || info.isFIFO())) throw new UsageError(`responses file ${path} not found`);
  if (format === "csv") return openCsv(path, context);
  if (format === "jsonl") return { hasIdColumn: true, rows: jsonlRows(path) };
  return { hasIdColumn: true, rows: await jsonRows(path) };
}

function checkHeader(header: readonly string[], context: RowContext): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  const duplicates = header.filter((name) => seen.size === seen.add(name).size);
  if (duplicates.length > 0) problems.push(`repeated columns: ${[...new Set(duplicates)].join(", ")}`);
  const unknown = header.filter((name) => name !== "id" && name !== "sex" && !context.keep.includes(name) && !context.items.has(name));
  if (unknown.length > 0) {
    problems.push(
      `unknown columns: ${unknown.map((name) => (name === "" ? '""' : name)).join(", ")} (allowed: id, sex, ${[...context.items.keys()].join(", ")}; ` +
        "copy other columns to the output with --keep)",
    );
  }
  const absent = context.keep.filter((name) => !seen.has(name));
  if (absent.length > 0) problems.push(`--keep names columns the file does not have: ${absent.join(", ")}`);
  const missing = [...context.items.keys()].filter((id) => !seen.has(id));
  if (missing.length > 0) problems.push(`missing item columns: ${missing.join(", ")} (leave a cell empty when the item was skipped)`);
  if (context.needsSex && !seen.has("sex")) {
    problems.push(`${context.key} needs a sex column (female, male, other, not-given, or empty when not given)`);
  }
  if (problems.length > 0) throw new UsageError(`the CSV header does not fit ${context.key}: ${problems.join("; ")}`);
}

type CsvRecord = { record: string[]; info: { lines: number } };

async function openCsv(path: string, context: RowContext): Promise<Source> {
  // A record csv-parse cannot read (a stray quote …) is skipped and becomes a row error, in line order.
  const skipped: { line: number; message: string }[] = [];
  const parser = parse({
    bom: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      const line = (error as { lines?: number } | undefined)?.lines ?? Number.MAX_SAFE_INTEGER;
      skipped.push({ line, message: error?.message ?? "unreadable CSV" });
    },
  });
  const file = createReadStream(path, { highWaterMark: 1 << 16 });
  file.on("error", (error) => parser.destroy(error));
  file.pipe(parser);
  const records: AsyncIterator<CsvRecord> = parser[Symbol.asyncIterator]();
  const first = await records.next().catch((error: Error) => {
    throw new UsageError(`${path}: cannot read the CSV header: ${error.message}`);
  });
  if (first.done === true) throw new UsageError(`${path} is empty: a CSV needs a header row`);
  if (skipped.length > 0 && (skipped[0]?.line ?? 0) < first.value.info.lines) {
    throw new UsageError(`${path}: cannot read the CSV header: ${skipped[0]?.message ?? ""}`);
  }
  const header = first.value.record;
  checkHeader(header, context);
  const idIndex = header.indexOf("id");

  async function* rows(): AsyncGenerator<InputRow> {
    let row = 0;
    for (;;) {
      let next: IteratorResult<CsvRecord>;
      try {
        next = await records.next();
      } catch (error) {
        throw new InputError(`${path}: ${(error as Error).message}; stopped after row ${row}`);
      }
      const line = next.done === true ? Number.MAX_SAFE_INTEGER : next.value.info.lines;
      while (skipped.length > 0 && (skipped[0]?.line ?? 0) < line) {
        yield { row: ++row, fields: {}, error: `the row is not valid CSV: ${skipped.shift()?.message ?? ""}` };
      }
      if (next.done === true) return;
      row++;
      const cells = next.value.record;
      if (cells.length !== header.length) {
        // Keep the id and the --keep cells where they can be found, so the bad row can be traced.
        const fields: Record<string, string> = { id: cells[idIndex] ?? "" };
        for (const name of context.keep) fields[name] = cells[header.indexOf(name)] ?? "";
        yield { row, fields, error: `the row has ${cells.length} cells, but the header has ${header.length} columns` };
        continue;
      }
      const fields: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) fields[header[i] ?? ""] = cells[i] ?? "";
      yield { row, fields };
    }
  }
  return { hasIdColumn: idIndex >= 0, rows: rows() };
}

function toRow(row: number, value: unknown, what: string): InputRow {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { row, fields: {}, error: `${what} is not a JSON object of item ids to option ids` };
  }
  return { row, fields: value as Record<string, unknown> };
}

async function* jsonlRows(path: string): AsyncGenerator<InputRow> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let row = 0;
  for await (let line of lines) {
    row++;
    if (line.trim() === "") continue;
    if (row === 1 && line.startsWith("\uFEFF")) line = line.slice(1);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield { row, fields: {}, error: `the line is not valid JSON: ${(error as Error).message}` };
      continue;
    }
    yield toRow(row, value, "the line");
  }
}

async function jsonRows(path: string): Promise<InputRow[]> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(value)) throw new UsageError(`${path} must hold a JSON array of responses (use .jsonl for one object per line)`);
  return value.map((entry: unknown, index) => toRow(index + 1, entry, "the entry"));
}
