import path from "node:path";
import { LANGUAGE_CODE } from "../../engine";
import { parseArgs } from "../kit/args";
import { UsageError } from "../kit/errors";
import { PROJECT_ROOT } from "../kit/paths";
import { runCommand, type Output } from "../kit/run";
import { knownLanguages, loadCatalogue } from "./catalogue";
import { readSidecar } from "./sidecar";
import { STATUSES, statusOf, type Status } from "./status-of";

export const STATUS_USAGE = `Usage: npm run i18n:status [-- --lang <code>] [--strict]

  Prints, for every language (or the one given), how many texts of each part are missing, stale
  (the English changed after they were translated), draft, reviewed, validated or official.
  A language without locales/<lang>/meta/translations.json counts every existing text as made
  from today's English; "npm run i18n:stamp" records that.

  --lang    one language only
  --strict  exit with code 1 when any text is missing (for CI)
  --root    the project folder to read (default: this project)

See docs/adding-a-language.md.`;

export type StatusRow = { language: string; part: string; counts: Record<Status, number> };

const emptyCounts = (): Record<Status, number> => ({ missing: 0, stale: 0, draft: 0, reviewed: 0, validated: 0, official: 0 });

/** The counts per language and part (UI namespace or questionnaire). */
export async function statusRows(root: string, languages: readonly string[]): Promise<StatusRow[]> {
  const rows: StatusRow[] = [];
  for (const language of languages) {
    const catalogue = await loadCatalogue(root, language);
    const { records } = await readSidecar(root, language);
    for (const part of catalogue.parts) {
      const counts = emptyCounts();
      for (const entry of catalogue.entries) if (entry.part === part) counts[statusOf(entry, records)]++;
      rows.push({ language, part: part.label, counts });
    }
  }
  return rows;
}

/** A plain-text table, columns padded so that it reads in a terminal and pastes into an e-mail. */
export function renderTable(rows: readonly StatusRow[]): string[] {
  const header = ["language", "part", ...STATUSES];
  const cells = rows.map((row) => [row.language, row.part, ...STATUSES.map((status) => String(row.counts[status]))]);
  const widths = header.map((name, column) => Math.max(name.length, ...cells.map((line) => (line[column] ?? "").length)));
  const format = (line: readonly string[]): string =>
    line
      .map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  return [format(header), format(widths.map((width) => "-".repeat(width))), ...cells.map(format)];
}

export async function runStatus(argv: readonly string[], output: Output): Promise<number> {
  return runCommand({ name: "i18n:status", usage: STATUS_USAGE }, output, async () => {
    const args = parseArgs(argv, { lang: "string", root: "string", strict: "boolean" });
    if (args.positional.length > 0) throw new UsageError(`unexpected ${args.positional.join(" ")}`, true);
    const root = path.resolve(args.values.root ?? PROJECT_ROOT);
    const only = args.values.lang;
    if (only !== undefined && !LANGUAGE_CODE.test(only)) throw new UsageError(`--lang "${only}" is not a language code such as sq, mk or sr-Latn`, true);
    const languages = only === undefined ? await knownLanguages(root) : [only];
    const rows = await statusRows(root, languages);
    output.out.push(...renderTable(rows));
    const missing = rows.reduce((sum, row) => sum + row.counts.missing, 0);
    const stale = rows.reduce((sum, row) => sum + row.counts.stale, 0);
    output.out.push("", `${languages.length === 1 ? "1 language" : `${languages.length} languages`}: ${missing} texts missing, ${stale} stale (English is the source and is not listed)`);
    return args.values.strict === true && missing > 0 ? 1 : 0;
  });
}
