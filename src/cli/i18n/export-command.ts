import { access, writeFile } from "node:fs/promises";
import path from "node:path";
import { LANGUAGE_CODE } from "../../engine";
import { parseArgs } from "../kit/args";
import { UsageError } from "../kit/errors";
import { PROJECT_ROOT, userPath } from "../kit/paths";
import { runCommand, type Output } from "../kit/run";
import { loadCatalogue } from "./catalogue";
import { renderCsv } from "./csv";
import { exportRows, extraTextWarnings } from "./export-rows";
import { readSidecar } from "./sidecar";
import { STATUSES } from "./status-of";

export const EXPORT_USAGE = `Usage: npm run i18n:export -- --lang <code> [--out <file.csv>] [--force]

  --lang   the language to translate into, e.g. sq, mk, sr-Latn (not en: English is the source)
  --out    the CSV file to write (default: selfcheck-<code>.csv in the folder you are in)
  --force  overwrite the CSV file if it exists (without it, an existing file is never replaced,
           so a half-translated file cannot be lost by exporting again)
  --root   the project folder to read (default: this project)

See docs/adding-a-language.md.`;

export async function runExport(argv: readonly string[], output: Output): Promise<number> {
  return runCommand({ name: "i18n:export", usage: EXPORT_USAGE }, output, async () => {
    const args = parseArgs(argv, { lang: "string", out: "string", root: "string", force: "boolean" });
    if (args.positional.length > 0) throw new UsageError(`unexpected ${args.positional.join(" ")}`, true);
    const language = args.values.lang;
    if (language === undefined) throw new UsageError("--lang is required, e.g. --lang sq", true);
    if (!LANGUAGE_CODE.test(language)) throw new UsageError(`--lang "${language}" is not a language code such as sq, mk or sr-Latn`, true);
    if (language === "en") throw new UsageError("English is the source text; edit locales/en/ directly", true);
    const root = path.resolve(args.values.root ?? PROJECT_ROOT);
    const out = userPath(args.values.out ?? `selfcheck-${language}.csv`);
    if (
      args.values.force !== true &&
      (await access(out).then(
        () => true,
        () => false,
      ))
    ) {
      output.err.push(`i18n:export: ${out} already exists and may hold translations; give another --out name, or add --force to replace it`);
      return 1;
    }
    const catalogue = await loadCatalogue(root, language);
    const { records } = await readSidecar(root, language);
    const { rows, counts } = exportRows(catalogue, records);
    await writeFile(out, renderCsv(rows));
    output.err.push(...extraTextWarnings(catalogue));
    const summary = STATUSES.filter((status) => (counts.get(status) ?? 0) > 0).map((status) => `${counts.get(status) ?? 0} ${status}`);
    output.out.push(`wrote ${out}: ${catalogue.entries.length} texts for "${language}" (${summary.join(", ")}), and the provenance rows of each questionnaire`);
    return 0;
  });
}
