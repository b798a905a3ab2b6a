import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository this code lives in, found from this file so that any working directory works; commands take --root to work on another tree. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const QUESTIONNAIRES_DIR = path.join(PROJECT_ROOT, "questionnaires");
export const LOCALES_DIR = path.join(PROJECT_ROOT, "locales");
export const INTERVENTIONS_DIR = path.join(PROJECT_ROOT, "interventions");

/**
 * Where the person typed the command: npm runs scripts from the project folder, but a file name
 * such as "../sq.csv" was meant relative to the folder they were in (npm passes it as INIT_CWD).
 */
export function userPath(file: string): string {
  return path.resolve(process.env["INIT_CWD"] ?? process.cwd(), file);
}
