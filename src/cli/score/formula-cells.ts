/**
 * Spreadsheet formulas in copied cells. The id and --keep columns are copied from the responses
 * file into a CSV that researchers open in Excel or LibreOffice, which run a cell that begins
 * with "=", "+", "-" or "@" as a formula (tab and carriage return are on the same list because
 * some programs skip them before looking). A crafted id such as `=HYPERLINK("http://…")` would
 * then act on the researcher's machine: OWASP's "CSV Injection" page advises to prepend a single
 * quote to such a cell and to quote the cell, which this does. --allow-formulas copies them as
 * they are (e.g. ids that really are negative numbers, for a program that is not a spreadsheet).
 */

/** The characters OWASP lists (https://owasp.org/www-community/attacks/CSV_Injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function startsLikeFormula(cell: string): boolean {
  return FORMULA_START.test(cell);
}

/** A copied cell for the CSV output: `'` before a formula start, and the cell quoted. */
export function neutraliseFormula(cell: string): string {
  return startsLikeFormula(cell) ? `"'${cell.replaceAll('"', '""')}"` : cell;
}
