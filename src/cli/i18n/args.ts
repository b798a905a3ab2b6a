import path from "node:path";
import { fileURLToPath } from "node:url";

/** A mistake in how a command was called: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

/** The repository this code lives in; commands take --root to work on another tree (tests, a copy). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/**
 * Where the person typed the command: npm runs scripts from the project folder, but a file name
 * such as "../sq.csv" was meant relative to the folder they were in (npm passes it as INIT_CWD).
 */
export function userPath(file: string): string {
  return path.resolve(process.env["INIT_CWD"] ?? process.cwd(), file);
}

export type ParsedArgs = { positional: string[]; values: Map<string, string>; switches: Set<string> };

/**
 * Parses "--name value", "--name=value" and bare switches. Unknown options are refused so that a
 * typo ("--lan sq") is not silently ignored.
 */
export function parseArgs(argv: readonly string[], options: { values: readonly string[]; switches: readonly string[] }): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], values: new Map(), switches: new Set() };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? "";
    if (!arg.startsWith("--") || arg === "--") {
      if (arg !== "--") parsed.positional.push(arg);
      continue;
    }
    const [flag = "", inline] = arg.split(/=(.*)/s, 2);
    if (options.switches.includes(flag)) {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value`);
      parsed.switches.add(flag);
      continue;
    }
    if (!options.values.includes(flag)) throw new UsageError(`unknown option ${flag}`);
    const value = inline ?? argv[++index];
    if (value === undefined || value === "" || (inline === undefined && value.startsWith("--"))) throw new UsageError(`${flag} needs a value`);
    if (parsed.values.has(flag)) throw new UsageError(`${flag} is given twice`);
    parsed.values.set(flag, value);
  }
  return parsed;
}

/** The text printed by a command and its exit code; the entry files send it to the terminal. */
export type Output = { out: string[]; err: string[] };
export const newOutput = (): Output => ({ out: [], err: [] });

/** Runs a command body and turns a UsageError into its message, the usage text and exit code 2. */
export async function runCommand(name: string, usage: string, output: Output, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err.push(`${name}: ${error.message}`, "", usage);
    return 2;
  }
}

/** Prints what a command collected and sets the exit code (used by the small entry files). */
export function finish(output: Output, code: number): void {
  if (output.out.length > 0) process.stdout.write(`${output.out.join("\n")}\n`);
  if (output.err.length > 0) process.stderr.write(`${output.err.join("\n")}\n`);
  process.exitCode = code;
}

export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
