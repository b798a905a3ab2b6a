/**
 * npm run i18n:import -- <file.csv> [--lang sq] [--team "HOPS Skopje"] [--root folder]
 *
 * Writes the translations of a CSV made by i18n:export back into locales/<lang>/, records which
 * English text each was translated from, then checks the language's files like npm run validate.
 */
import { runMain } from "../kit/run";
import { runImport } from "./import-command";

await runMain(runImport);
