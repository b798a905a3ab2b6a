import { access, writeFile } from "node:fs/promises";
import path from "node:path";
import { LANGUAGE_CODE, parseArgs, PROJECT_ROOT, runCommand, UsageError, userPath, type Output } from "./args";
import { ContentProblem, loadCatalogue } from "./catalogue";
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
  return runCommand("i18n:export", EXPORT_USAGE, output, async () => {
    const args = parseArgs(argv, { values: ["--lang", "--out", "--root"], switches: ["--force", "--help"] });
    if (args.switches.has("--help")) {
      output.out.push(EXPORT_USAGE);
      return 0;
    }
    if (args.positional.length > 0) throw new UsageError(`unexpected ${args.positional.join(" ")}`);
    const language = args.values.get("--lang");
    if (language === undefined) throw new UsageError("--lang is required, e.g. --lang sq");
    if (!LANGUAGE_CODE.test(language)) throw new UsageError(`--lang "${language}" is not a language code such as sq, mk or sr-Latn`);
    if (language === "en") throw new UsageError("English is the source text; edit locales/en/ directly");
    const root = path.resolve(args.values.get("--root") ?? PROJECT_ROOT);
    const out = userPath(args.values.get("--out") ?? `selfcheck-${language}.csv`);
    if (!args.switches.has("--force") && (await access(out).then(() => true, () => false))) {
      output.err.push(`i18n:export: ${out} already exists and may hold translations; give another --out name, or add --force to replace it`);
      return 1;
    }
    try {
      const catalogue = await loadCatalogue(root, language);
      const { records } = await readSidecar(root, language);
      const { rows, counts } = exportRows(catalogue, records);
      await writeFile(out, renderCsv(rows));
      output.err.push(...extraTextWarnings(catalogue));
      const summary = STATUSES.filter((status) => (counts.get(status) ?? 0) > 0).map((status) => `${counts.get(status) ?? 0} ${status}`);
      output.out.push(`wrote ${out}: ${catalogue.entries.length} texts for "${language}" (${summary.join(", ")}), and the provenance rows of each questionnaire`);
      return 0;
    } catch (error) {
      if (!(error instanceof ContentProblem)) throw error;
      output.err.push(`i18n:export: ${error.message}`);
      return 1;
    }
  });
}
