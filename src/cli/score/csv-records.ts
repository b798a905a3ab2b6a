/**
 * Splits CSV text into records as it arrives, for big files: a line without a quote (nearly
 * every line of research data) is split with String.split and trimmed, which is several times
 * quicker than a general CSV parser; a record with quotes goes through a small RFC 4180 state
 * machine. It reads as the csv-parse options the CLI used before (bom, trim, skip_empty_lines,
 * relax_column_count, skip_records_with_error) do, with csv-parse's words for broken quotes;
 * tests/cli/score-csv-records.test.ts compares the two on many generated texts. Differences,
 * on purpose: one error per broken record (csv-parse can report two), and after text following
 * a closing quote (`"b" c`) reading goes on at the next line (csv-parse drops the rest of the
 * file there).
 */

/** One record: its cells (trimmed, unquoted), or why it could not be read; `line` is where it starts (1-based). */
export type CsvRecordHandler = (cells: string[] | undefined, line: number, error: string | undefined) => void;

/**
 * A record that is one line without quotes, handed over unsplit (it is not empty or blank):
 * the scoring CLI reads most rows straight from the line, and splits with splitPlainLine only
 * when it cannot. Saves a dozen small strings per row.
 */
export type CsvLineHandler = (text: string, line: number) => void;

/** The cells of a line without quotes: split at commas and trimmed, as csv-parse reads it. */
export function splitPlainLine(line: string): string[] {
  const cells = line.split(",");
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c] ?? "";
    const first = cell.charCodeAt(0);
    const last = cell.charCodeAt(cell.length - 1);
    // trim() only where needed: it is the only per-cell cost left.
    if (first <= 32 || last <= 32 || first > 127 || last > 127) cells[c] = cell.trim();
  }
  return cells;
}

/**
 * The longest record read, in characters: a longer one is refused as one bad row and skipped to
 * the next line break, so that memory stays bounded and a file that is one huge line (a wrong
 * line-break setting, a binary file) is read in linear time, not held and searched again for
 * every piece that arrives. A row of answers is a few hundred characters; 1 MiB leaves room for
 * long --keep columns.
 */
export const MAX_RECORD = 1 << 20;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;

/** Whitespace that csv-parse's trim removes around a field: the same set as String.prototype.trim. */
function isTrimmable(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)));
}

type Parsed = { cells: string[]; error: string | undefined; end: number; lines: number } | "need-more";

/**
 * Reads one record that holds a quote, from `start`. Returns where the next record starts
 * (after the line break) and how many line breaks it read, or "need-more" when the text ends
 * inside the record and more may come.
 */
function parseQuoted(text: string, start: number, line: number, final: boolean): Parsed {
  const cells: string[] = [];
  let error: string | undefined;
  let lines = 0;
  let i = start;
  const fail = (message: string): void => {
    error ??= message;
  };
  for (;;) {
    // One field. Leading whitespace is trimmed (a quote after it still opens a quoted field).
    while (i < text.length && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== COMMA && isTrimmable(text.charCodeAt(i))) i++;
    let field = "";
    if (text.charCodeAt(i) === QUOTE) {
      i++;
      let closed = false;
      while (!closed) {
        if (i >= text.length) {
          if (!final) return "need-more";
          // csv-parse counts the line the text ends on, not counting a final line break.
          fail(`Quote Not Closed: the parsing is finished with an opening quote at line ${line + lines - (text.endsWith("\n") && lines > 0 ? 1 : 0)}`);
          cells.push(field);
          return { cells, error, end: i, lines };
        }
        const code = text.charCodeAt(i);
        if (code === QUOTE) {
          const next = text.charCodeAt(i + 1);
          if (next === QUOTE) {
            field += '"';
            i += 2;
          } else if (i + 1 >= text.length && !final) {
            return "need-more";
          } else if (Number.isNaN(next) || next === COMMA || next === LF || isTrimmable(next)) {
            closed = true;
            i++;
          } else {
            // csv-parse keeps the field open and the quote in it.
            fail(`Invalid Closing Quote: got "${String.fromCharCode(next)}" at line ${line + lines} instead of delimiter, record delimiter, trimable character (if activated) or comment`);
            field += '"';
            i++;
          }
        } else {
          if (code === LF) lines++;
          field += text[i];
          i++;
        }
      }
      // After the closing quote only whitespace may come before the comma or the line break.
      while (i < text.length && text.charCodeAt(i) !== COMMA && text.charCodeAt(i) !== LF) {
        if (!isTrimmable(text.charCodeAt(i))) {
          fail(`Invalid Closing Quote: found non trimable byte after quote at line ${line + lines}`);
          while (i < text.length && text.charCodeAt(i) !== LF) i++;
          break;
        }
        i++;
      }
    } else {
      const from = i;
      while (i < text.length && text.charCodeAt(i) !== COMMA && text.charCodeAt(i) !== LF) {
        if (text.charCodeAt(i) === QUOTE && i > from) {
          fail(`Invalid Opening Quote: a quote is found on field ${cells.length} at line ${line + lines}, value is ${JSON.stringify(text.slice(from, i))}`);
        }
        i++;
      }
      field = text.slice(from, i).trimEnd();
    }
    cells.push(field);
    if (i >= text.length) {
      if (!final) return "need-more";
      return { cells, error, end: i, lines };
    }
    if (text.charCodeAt(i) === LF) return { cells, error, end: i + 1, lines: lines + 1 };
    i++; // the comma
  }
}

/**
 * Feeds text in any pieces; calls `onRecord` for each record in order. Line breaks are "\n",
 * "\r\n" or, for a file whose first line break is a lone "\r", "\r" (as csv-parse discovers it).
 */
export class CsvRecords {
  private rest = "";
  private line = 1;
  private started = false;
  private loneCr = false;
  /** Inside a record longer than MAX_RECORD: everything up to the next line break is dropped. */
  private skipping = false;

  constructor(
    private readonly onRecord: CsvRecordHandler,
    private readonly onLine?: CsvLineHandler,
  ) {}

  push(chunk: string): void {
    this.feed(chunk, false);
  }

  end(): void {
    this.feed("", true);
  }

  private feed(chunk: string, final: boolean): void {
    if (this.skipping) {
      // Only the new piece is searched, so a huge line costs one pass over it.
      const lf = chunk.indexOf("\n");
      const cr = this.loneCr ? chunk.indexOf("\r") : -1;
      const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      if (end < 0) return;
      this.skipping = false;
      this.line++;
      chunk = chunk.slice(end + 1);
    }
    let text = this.rest + chunk;
    if (!this.started) {
      if (text.length === 0 && !final) return;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const cr = text.indexOf("\r");
      const lf = text.indexOf("\n");
      // Wait for the first line break, and for what follows a "\r", to know which line breaks the file uses.
      if (!final && ((cr < 0 && lf < 0) || (cr >= 0 && (lf < 0 || cr < lf) && cr + 1 >= text.length))) {
        this.rest = text;
        this.refuseIfTooLong();
        return;
      }
      this.loneCr = cr >= 0 && (lf < 0 || cr < lf) && text.charCodeAt(cr + 1) !== LF;
      this.started = true;
    }
    if (this.loneCr) text = text.replaceAll("\r", "\n");
    if (text.indexOf('"') < 0) {
      // No quote in this piece (the usual case): one split into lines, as fast as Node reads.
      const lines = text.split("\n");
      this.rest = final ? "" : (lines.pop() ?? "");
      for (const line of lines) this.plainLine(line);
      this.refuseIfTooLong();
      return;
    }
    let pos = 0;
    // The next quote at or after pos: searched again only when passed, or a piece without quotes
    // after the first one would be searched to its end once per line.
    let quote = -1;
    for (;;) {
      const lf = text.indexOf("\n", pos);
      if (lf < 0 && !final) break;
      const lineEnd = lf < 0 ? text.length : lf;
      if (pos >= text.length) break;
      if (quote < pos) {
        quote = text.indexOf('"', pos);
        if (quote < 0) quote = Infinity;
      }
      if (quote > lineEnd) {
        this.plainLine(text.slice(pos, lineEnd));
        pos = lineEnd + 1;
        continue;
      }
      const parsed = parseQuoted(text, pos, this.line, final);
      if (parsed === "need-more") break;
      this.onRecord(parsed.error === undefined ? parsed.cells : undefined, this.line, parsed.error);
      this.line += parsed.lines;
      pos = parsed.end;
    }
    this.rest = text.slice(pos);
    this.refuseIfTooLong();
  }

  /** What is held back waiting for a line break is never more than MAX_RECORD characters. */
  private refuseIfTooLong(): void {
    if (this.rest.length <= MAX_RECORD) return;
    this.onRecord(undefined, this.line, `a record longer than ${MAX_RECORD} characters (does the file use line breaks?)`);
    this.rest = "";
    this.skipping = true;
  }

  /** A line without quotes: an empty (or blank) line is no record. */
  private plainLine(line: string): void {
    const first = line.charCodeAt(0);
    const blank = line.length === 0 || ((first <= 32 || first > 127) && line.trim() === "");
    if (!blank) {
      if (this.onLine !== undefined) this.onLine(line, this.line);
      else this.onRecord(splitPlainLine(line), this.line, undefined);
    }
    this.line++;
  }
}
