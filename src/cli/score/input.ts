import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { UsageError } from "../kit/errors";
import type { Format } from "./args";
import { CsvRecords, MAX_RECORD, splitPlainLine } from "./csv-records";
import { columnsOf, type Columns } from "./columns";
import { BoundedLines } from "./bounded-lines";
import type { InputRow, RowContext } from "./rows";
import { decodeStrict, InvalidUtf8, lineOfOffset, StrictUtf8 } from "../kit/utf8";

/** The file could not be read to the end (an I/O error such as EIO): exit code 3, no output file is left. */
export class InputError extends Error {}

/** The file is not what score reads (invalid UTF-8): exit code 1, no output file is left. */
export class InputRefused extends Error {}

const notUtf8 = (path: string, where: string, offset: number): InputRefused =>
  new InputRefused(`${path}: ${where} is not valid UTF-8 (byte ${offset} of the file); save the file as UTF-8 and score it again`);

export type Source = {
  /** Whether the output gets an id column. */
  hasIdColumn: boolean;
  /** CSV: where each column goes (rows come as cells); undefined for JSON (rows come as objects). */
  columns: Columns | undefined;
  /** Rows in order, a batch per piece of input read: one await per batch, not per row. */
  batches: AsyncIterable<InputRow[]> | Iterable<InputRow[]>;
};

/** CSV is read in pieces this big: fewer, larger reads are quicker, and memory stays small. */
const READ_SIZE = 1 << 18;

/**
 * Opens a responses file. CSV and JSON Lines are streamed (for big files); a .json array is
 * read whole. A CSV header is checked before any row is read: a problem there is a UsageError.
 */
export async function openSource(path: string, format: Format, context: RowContext): Promise<Source> {
  const info = await stat(path).catch(() => undefined);
  // A named pipe is read as a stream too, so a file can be scored while it is still being written.
  if (info === undefined || !(info.isFile() || info.isFIFO())) throw new UsageError(`responses file ${path} not found`);
  if (format === "csv") return openCsv(path, context);
  if (format === "jsonl") return { hasIdColumn: true, columns: undefined, batches: jsonlRows(path) };
  return { hasIdColumn: true, columns: undefined, batches: [await jsonRows(path)] };
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

async function openCsv(path: string, context: RowContext): Promise<Source> {
  const file = createReadStream(path, { highWaterMark: READ_SIZE });
  const pieces: AsyncIterator<Buffer> = file[Symbol.asyncIterator]();
  const utf8 = new StrictUtf8();
  let header: string[] | undefined;
  let headerError: string | undefined;
  let row = 0;
  let pending: InputRow[] = [];
  const records = new CsvRecords(
    (cells, _line, error) => {
      if (header === undefined && headerError === undefined) {
        if (cells === undefined) headerError = error ?? "unreadable CSV";
        else header = cells;
        return;
      }
      row++;
      pending.push(cells === undefined ? { row, error: `the row is not valid CSV: ${error ?? ""}` } : { row, cells });
    },
    (text) => {
      if (header === undefined && headerError === undefined) header = splitPlainLine(text);
      else pending.push({ row: ++row, line: text });
    },
  );

  /** Reads one more piece; false at the end of the file. */
  async function readMore(): Promise<boolean> {
    let next: IteratorResult<Buffer>;
    try {
      next = await pieces.next();
    } catch (error) {
      throw new InputError(`cannot read ${path}: ${(error as Error).message}; stopped after row ${row}`);
    }
    try {
      if (next.done === true) {
        utf8.end();
        records.end();
        return false;
      }
      records.push(utf8.push(next.value, (valid) => records.push(valid)));
    } catch (error) {
      if (!(error instanceof InvalidUtf8)) throw error;
      // The rows before the bad byte were read: it is in the next one (or in the header).
      throw notUtf8(path, header === undefined ? "the header" : `row ${row + 1}`, error.offset);
    }
    return true;
  }

  let more = true;
  try {
    while (more && header === undefined && headerError === undefined) more = await readMore();
  } catch (error) {
    if (error instanceof InputRefused) throw error;
    throw new UsageError(`${path}: cannot read the CSV header: ${(error as Error).message}`);
  }
  if (headerError !== undefined) throw new UsageError(`${path}: cannot read the CSV header: ${headerError}`);
  if (header === undefined) throw new UsageError(`${path} is empty: a CSV needs a header row`);
  checkHeader(header, context);
  const columns = columnsOf(context, header);

  async function* batches(): AsyncGenerator<InputRow[]> {
    for (;;) {
      if (pending.length > 0) {
        const batch = pending;
        pending = [];
        yield batch;
      }
      if (!more) return;
      more = await readMore();
    }
  }
  return { hasIdColumn: columns.id >= 0, columns, batches: batches() };
}

function toRow(row: number, value: unknown, what: string): InputRow {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { row, fields: {}, error: `${what} is not a JSON object of item ids to option ids` };
  }
  return { row, fields: value as Record<string, unknown> };
}

async function* jsonlRows(path: string): AsyncGenerator<InputRow[]> {
  const utf8 = new StrictUtf8();
  let row = 0;
  let batch: InputRow[] = [];
  const lines = new BoundedLines(MAX_RECORD, (line) => {
    row++;
    if (line === undefined) {
      batch.push({ row, fields: {}, error: `the line is longer than ${MAX_RECORD} characters` });
      return;
    }
    if (line.trim() === "") return;
    const text = row === 1 && line.startsWith("\uFEFF") ? line.slice(1) : line;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      batch.push({ row, fields: {}, error: `the line is not valid JSON: ${(error as Error).message}` });
      return;
    }
    batch.push(toRow(row, value, "the line"));
  });
  const file = createReadStream(path, { highWaterMark: READ_SIZE });
  const pieces: AsyncIterator<Buffer> = file[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Buffer>;
    try {
      next = await pieces.next();
    } catch (error) {
      throw new InputError(`cannot read ${path}: ${(error as Error).message}; stopped after row ${row}`);
    }
    try {
      if (next.done === true) {
        utf8.end();
        lines.end();
      } else lines.push(utf8.push(next.value, (valid) => lines.push(valid)));
    } catch (error) {
      if (!(error instanceof InvalidUtf8)) throw error;
      throw notUtf8(path, `line ${row + 1}`, error.offset);
    }
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
    if (next.done === true) return;
  }
}

async function jsonRows(path: string): Promise<InputRow[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as Error).message}`);
  }
  let text: string;
  try {
    text = decodeStrict(bytes);
  } catch (error) {
    if (!(error instanceof InvalidUtf8)) throw error;
    throw notUtf8(path, `line ${lineOfOffset(bytes, error.offset)}`, error.offset);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(value)) throw new UsageError(`${path} must hold a JSON array of responses (use .jsonl for one object per line)`);
  return value.map((entry: unknown, index) => toRow(index + 1, entry, "the entry"));
}
