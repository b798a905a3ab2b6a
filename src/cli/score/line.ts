import { evaluate } from "../../engine/compile-evaluate";
import { ID, ITEM, KEEP, SEX, type Columns } from "./columns";
import { splitPlainLine } from "./csv-records";
import { NONE, NOT_GIVEN, scoreCells, sexOutput, type InputRow, type RowContext, type RowResult } from "./rows";

const COMMA = 44;
const CR = 13;

/**
 * Scores a CSV line without quotes straight from its text, which is how nearly every row of a
 * big file is read: each answer and sex cell is read character by character through its
 * column's trie (columns.ts), so no cell is cut out and no string compared; only the id and
 * --keep cells become strings. Anything this does not read plainly — a space around a cell, an
 * unknown option, a wrong cell count — sends the line, split, through scoreCells, which reads
 * every case and words every problem.
 */
export function scoreLine(context: RowContext, columns: Columns, input: InputRow): RowResult {
  const line = input.line ?? "";
  const e = context.evaluation;
  const { kinds, tries } = columns;
  let end = line.length;
  if (line.charCodeAt(end - 1) === CR) end--; // "\r\n" line breaks
  e.choices.fill(-1);
  e.sex = NOT_GIVEN;
  let id = "";
  let kept = NONE;
  let from = 0;
  let column = 0;
  let plain = true;
  while (plain) {
    if (column >= kinds.length) {
      plain = false;
      break;
    }
    const kind = kinds[column];
    const trie = tries[column];
    let to: number;
    if ((kind === ITEM || kind === SEX) && trie !== undefined) {
      const { next, accept } = trie;
      let node = 0;
      for (to = from; to < end; to++) {
        const code = line.charCodeAt(to);
        if (code === COMMA) break;
        // Any other character, a space included, leaves the trie: -1 stays -1.
        if (node >= 0) node = code < 128 ? (next[node * 128 + code] ?? -1) : -1;
      }
      if (to > from) {
        const option = node < 0 ? -1 : (accept[node] ?? -1);
        if (option < 0) plain = false;
        else if (kind === ITEM) e.choices[columns.item[column] ?? 0] = option;
        else e.sex = option;
      }
    } else {
      to = line.indexOf(",", from);
      if (to < 0 || to > end) to = end;
      if (to > from && (kind === ID || kind === KEEP)) {
        const first = line.charCodeAt(from);
        const last = line.charCodeAt(to - 1);
        // Text that may need trimming goes the general way.
        if (first <= 32 || last <= 32 || first > 127 || last > 127) plain = false;
        else if (kind === ID) id = line.slice(from, to);
        else {
          if (kept === NONE) kept = columns.keep.map(() => "");
          kept[columns.keep.indexOf(column)] = line.slice(from, to);
        }
      } else if (kind === ITEM || kind === SEX) plain = false; // a column without a trie
    }
    column++;
    if (to >= end) break;
    from = to + 1;
  }
  if (plain && column === kinds.length && evaluate(context.compiled, e, !context.strict)) {
    if (kept === NONE && columns.keep.length > 0) kept = columns.keep.map(() => "");
    return { row: input.row, id, kept, sex: sexOutput(context, e.sex), scored: true, errors: NONE };
  }
  return scoreCells(context, columns, { row: input.row, cells: splitPlainLine(line) });
}
