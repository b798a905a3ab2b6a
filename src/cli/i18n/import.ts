/**
 * npm run i18n:import -- <file.csv> [--lang sq] [--team "HOPS Skopje"] [--root folder]
 *
 * Writes the translations of a CSV made by i18n:export back into locales/<lang>/, records which
 * English text each was translated from, then checks the language's files like npm run validate.
 */
import { pathToFileURL } from "node:url";
import { finish, newOutput } from "./args";
import { runImport } from "./import-command";

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const output = newOutput();
  const code = await runImport(process.argv.slice(2), output);
  finish(output, code);
}
