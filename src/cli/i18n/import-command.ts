import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { LANGUAGE_CODE } from "../../engine";
import { parseArgs } from "../kit/args";
import { ContentProblem, UsageError } from "../kit/errors";
import { PROJECT_ROOT, userPath } from "../kit/paths";
import { runCommand, type Output } from "../kit/run";
import { validateContent } from "../validate/validate-content";
import { knownLanguages, loadCatalogue } from "./catalogue";
import { decodeCsv, parseCsv } from "./csv";
import { planFiles, planSidecar } from "./import-files";
import { checkRows } from "./import-rows";
import { checkProvenanceRows, isProvenanceKey } from "./provenance-rows";
import { readSidecar, sidecarFile, writeSidecar } from "./sidecar";

export const IMPORT_USAGE = `Usage: npm run i18n:import -- <file.csv> [--lang <code>] [--team "<who translated>"]

  <file.csv>  a CSV made by "npm run i18n:export" and filled in a spreadsheet
  --lang      the language of the translations (default: taken from the file name, e.g. selfcheck-sq.csv)
  --team      who translated, for new questionnaire files: "Translated by <team> via i18n:import"
  --root      the project folder to change (default: this project)

Nothing is written when any row is wrong. After writing, the same checks as "npm run validate"
run on the language's files. See docs/adding-a-language.md.`;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The language a CSV is for: --lang, else a known language named in the file name, else "selfcheck-<code>". */
async function languageOf(root: string, file: string, given: string | undefined): Promise<string> {
  if (given !== undefined) {
    if (!LANGUAGE_CODE.test(given)) throw new UsageError(`--lang "${given}" is not a language code such as sq, mk or sr-Latn`, true);
    return given;
  }
  const name = path.basename(file).replace(/\.csv$/i, "");
  const named = (await knownLanguages(root)).filter((language) => new RegExp(`(^|[^A-Za-z])${escapeRegExp(language)}($|[^A-Za-z])`, "i").test(name));
  const longest = named.filter((language) => !named.some((other) => other !== language && other.toLowerCase().startsWith(`${language.toLowerCase()}-`)));
  if (longest.length === 1 && longest[0] !== undefined) return longest[0];
  const exported = /^selfcheck-([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)(?:$|[^A-Za-z0-9-])/.exec(name)?.[1];
  if (longest.length === 0 && exported !== undefined) return exported;
  throw new UsageError(`cannot tell the language from the file name "${path.basename(file)}"; add --lang, e.g. --lang sq`, true);
}

export async function runImport(argv: readonly string[], output: Output, options: { today?: string } = {}): Promise<number> {
  return runCommand({ name: "i18n:import", usage: IMPORT_USAGE }, output, async () => {
    const args = parseArgs(argv, { lang: "string", team: "string", root: "string" });
    if (args.positional.length !== 1) throw new UsageError(args.positional.length === 0 ? "no CSV file given" : `expected one CSV file, got ${args.positional.join(", ")}`, true);
    const root = path.resolve(args.values.root ?? PROJECT_ROOT);
    const file = userPath(args.positional[0] ?? "");
    const language = await languageOf(root, file, args.values.lang);
    if (language === "en") throw new UsageError("English is the source text; edit locales/en/ directly", true);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (cause) {
      throw new ContentProblem(`cannot read ${file}: ${(cause as Error).message}`);
    }
    const { rows, columns } = parseCsv(decodeCsv(bytes));
    const catalogue = await loadCatalogue(root, language);
    const sidecar = await readSidecar(root, language);
    const textRows = rows.filter((row) => !isProvenanceKey(row.cells.key ?? ""));
    const checked = checkRows(catalogue, sidecar.records, textRows, columns);
    const provenance = checkProvenanceRows(catalogue, rows);
    const team = args.values.team ?? `the "${language}" translation team`;
    const files = planFiles(catalogue, checked.decisions, `Translated by ${team} via i18n:import`, provenance.changes);
    const errors = [...checked.errors, ...provenance.errors, ...files.errors];
    output.out.push(`language: ${language}${args.values.lang !== undefined ? "" : " (from the file name; use --lang to choose another)"}`);
    output.out.push(...checked.warnings.map((line) => `warning: ${line}`));
    if (errors.length > 0) {
      output.err.push(...errors.map((line) => `error: ${line}`));
      output.err.push(`i18n:import: nothing was written: fix the ${errors.length === 1 ? "row" : `${errors.length} problems`} above in ${path.basename(file)} and import again`);
      return 1;
    }
    for (const write of files.writes) {
      await mkdir(path.dirname(path.join(root, write.file)), { recursive: true });
      await writeFile(path.join(root, write.file), write.text);
      output.out.push(`${write.created ? "created" : "updated"} ${write.file}: ${write.added} texts added, ${write.changed} changed`);
    }
    const newSidecar = planSidecar(catalogue, sidecar.records, checked.decisions);
    if (newSidecar !== undefined) {
      await writeSidecar(root, language, newSidecar.text);
      output.out.push(`updated ${sidecarFile(language)}: ${newSidecar.changed} source records`);
    }
    output.out.push(...checked.notes.map((line) => `note: ${line}`));
    if (files.writes.length === 0 && newSidecar === undefined) output.out.push("no changes: every text in the file is already in place");
    return await report(root, language, output, options.today);
  });
}

/** The checks of "npm run validate", on this language's files only. */
async function report(root: string, language: string, output: Output, today = new Date().toISOString().slice(0, 10)): Promise<number> {
  const { issues } = await validateContent(root, { today });
  const prefix = `locales/${language}/`;
  const ours = issues.filter((issue) => issue.file.split(path.sep).join("/").startsWith(prefix));
  for (const issue of ours) output.out.push(`${issue.severity}: ${issue.file}: ${issue.path}: ${issue.message}`);
  const errors = ours.filter((issue) => issue.severity === "error").length;
  output.out.push(
    errors === 0
      ? `ok: the "${language}" files pass "npm run validate"${ours.length > 0 ? ` (${ours.length} warnings)` : ""}`
      : `not finished: ${errors === 1 ? "1 problem" : `${errors} problems`} in the "${language}" files (see above); "npm run i18n:status" shows what is missing`,
  );
  return errors === 0 ? 0 : 1;
}
