/**
 * Every command is built the same way, so that each answers --help, a mistyped flag and a bad
 * file alike:
 *
 *   export async function runThing(argv: readonly string[], output: Output): Promise<number> {
 *     return runCommand({ name: "thing", usage: USAGE }, output, async () => {
 *       const { positional, values } = parseArgs(argv, { lang: "string", force: "boolean" });
 *       ...
 *       return 0;
 *     });
 *   }
 *
 * and its entry file (the script package.json runs) is `await runMain(runThing)`. Tests call
 * runThing with newOutput() and read the lines. Exit codes: 0 done; 1 a content problem or
 * what the command found (see its usage); 2 a usage error.
 */
import { ContentProblem, HelpRequested, UsageError } from "./errors";

/** The lines a command prints on standard output and standard error; runMain sends them to the terminal. */
export type Output = { out: string[]; err: string[] };
export const newOutput = (): Output => ({ out: [], err: [] });

/** What every command exports: it reads argv, collects its output and returns the exit code. */
export type Run = (argv: readonly string[], output: Output) => Promise<number>;

export type CommandInfo = {
  /** As the person types it after "npm run", e.g. "rules:diff"; it starts every error line. */
  name: string;
  usage: string;
  /** Where --help prints the usage: standard output, except for the commands that always printed it on standard error. */
  helpTo?: "out" | "err";
};

/**
 * Runs a command's body and turns the kit's errors into output and an exit code:
 * --help → the usage text, 0; UsageError → "<name>: <message>" (and the usage text when it
 * asks for it), 2; ContentProblem → "<name>: <message>", 1. Anything else is a bug and is thrown.
 */
export async function runCommand(command: CommandInfo, output: Output, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof HelpRequested) {
      output[command.helpTo ?? "out"].push(command.usage);
      return 0;
    }
    if (error instanceof UsageError) {
      output.err.push(`${command.name}: ${error.message}`, ...(error.showUsage ? ["", command.usage] : []));
      return 2;
    }
    if (error instanceof ContentProblem) {
      output.err.push(`${command.name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

/** Adds a whole document that ends in a newline (Markdown, HTML, JSON) as printed lines, so that it is printed byte for byte. */
export function pushDocument(lines: string[], text: string): void {
  lines.push(text.endsWith("\n") ? text.slice(0, -1) : text);
}

/** What runMain writes to a stream for a command's lines: each line ended, nothing at all for no lines. */
export const printed = (lines: readonly string[]): string => (lines.length > 0 ? `${lines.join("\n")}\n` : "");

/** The entry file of a command: runs it on the process's arguments, prints its output and sets the exit code. */
export async function runMain(run: Run, argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const output = newOutput();
  const code = await run(argv, output);
  if (output.out.length > 0) process.stdout.write(printed(output.out));
  if (output.err.length > 0) process.stderr.write(printed(output.err));
  process.exitCode = code;
}
