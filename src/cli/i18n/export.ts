/**
 * npm run i18n:export -- --lang sq [--out file.csv] [--force] [--root folder]
 *
 * Writes one CSV with every text of the app and of every questionnaire for a language, for a
 * translator to fill in a spreadsheet (docs/adding-a-language.md).
 */
import { runMain } from "../kit/run";
import { runExport } from "./export-command";

await runMain(runExport);
