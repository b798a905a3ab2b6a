/**
 * npm run i18n:export -- --lang sq [--out file.csv] [--force] [--root folder]
 *
 * Writes one CSV with every text of the app and of every questionnaire for a language, for a
 * translator to fill in a spreadsheet (docs/adding-a-language.md).
 */
import { pathToFileURL } from "node:url";
import { runExport } from "./export-command";
import { finish, newOutput } from "./args";

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const output = newOutput();
  const code = await runExport(process.argv.slice(2), output);
  finish(output, code);
}
