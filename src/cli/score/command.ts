/**
 * Scores a file of responses with one questionnaire definition (docs/scoring-files.md).
 *
 *   npm run score -- responses.csv --questionnaire dudit@1.0.0 [--out results.csv|.jsonl|.json] [--keep site,wave] [--strict] [--allow-formulas]
 *
 * Exit codes: 0 every row scored; 1 some rows were bad (all others are still scored), the input
 * is not UTF-8, or the output was closed early; 2 usage error (bad flags, unknown or invalid
 * questionnaire, missing file, bad header, --out is the input); 3 an I/O error (disk full, a read
 * error): one line says which, and --out is left as it was (no file, or the previous one).
 *
 * Built like every command (src/cli/kit/run.ts), with one difference: result rows go straight
 * to the output (a temporary file renamed to --out at the end, or standard output), and each bad
 * row's line straight to standard error, as they are scored (a million rows are never held in
 * memory). Only the lines about the whole run go through Output.
 */
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseScoreArgs, USAGE } from "./args";
import { loadDefinition } from "./definition";
import { InputError, InputRefused, openSource, type Source } from "./input";
import { formatterFor, type Formatter } from "./output";
import { describeIoError, diskFiles, openAtomicOutput, OutputError, refuseSameFile, type AtomicOutput, type OutputFiles } from "./output-file";
import { scoreLine } from "./line";
import { rowContext, scoreCells, scoreFields, type RowContext } from "./rows";
import { runCommand, type Output } from "../kit/run";

/** Rows are written in chunks of about this many characters, so a million rows make few writes. */
const CHUNK = 64 * 1024;

/** An I/O error: the disk is full, a file could not be read or written. */
export const EXIT_IO = 3;

type Setup = { context: RowContext; source: Source; formatter: Formatter; destination: Writable; file: AtomicOutput | undefined };

/** Everything before the first row: flags, definition, the file's header, the output file. A mistake here is a UsageError. */
async function setUp(argv: readonly string[], files: OutputFiles): Promise<Setup> {
  const args = parseScoreArgs(argv);
  if (args.out !== undefined) await refuseSameFile(args.input, args.out);
  const definition = await loadDefinition(args.questionnaire, args.questionnairesDir);
  const context = rowContext(definition, args.keep, args.strict);
  const source = await openSource(args.input, args.inputFormat, context);
  const formatter = formatterFor(args.outFormat, context, source.hasIdColumn, args.allowFormulas);
  const file = args.out === undefined ? undefined : await openAtomicOutput(args.out, files);
  return { context, source, formatter, destination: file?.stream ?? process.stdout, file };
}

/** Scores every row, streaming results and row errors as it goes; the closing lines go to output.err. */
async function scoreRows({ context, source, formatter, destination }: Setup, started: number, output: Output): Promise<number> {
  const columns = source.columns;
  let rows = 0;
  let bad = 0;
  let skipped = 0;
  let skippedWithPoints = 0;
  let broken = false;
  async function* chunks(): AsyncGenerator<string> {
    let buffer = formatter.header;
    for await (const batch of source.batches) {
      for (const input of batch) {
        const result = columns === undefined ? scoreFields(context, input) : input.line !== undefined ? scoreLine(context, columns, input) : scoreCells(context, columns, input);
        rows++;
        if (result.errors.length > 0) {
          bad++;
          process.stderr.write(`row ${result.row}: ${result.errors.join("; ")}\n`);
        } else if (context.evaluation.hiddenAnswered > 0) {
          skipped++;
          if (context.evaluation.hiddenPoints > 0) skippedWithPoints++;
        }
        buffer += formatter.row(result, rows === 1);
      }
      if (buffer.length >= CHUNK) {
        yield buffer;
        buffer = "";
      }
    }
    yield buffer + formatter.footer;
  }

  try {
    await pipeline(chunks, destination);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPIPE") throw error;
    output.err.push(`the output was closed early; stopped after row ${rows}`);
    broken = true;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  // Answers to skipped items are counted 0 (no --strict): say how many rows had them, so that nobody misses it.
  const skippedNote = skipped === 0 ? "" : `${skipped} with answers to skipped items (counted 0; ${skippedWithPoints} of them carrying points), `;
  output.err.push(`scored ${rows} rows, ${bad} with errors, ${skippedNote}in ${seconds} s`);
  return broken || bad > 0 ? 1 : 0;
}

/**
 * A run that stops part-way: one line and an exit code, and --out left as it was. Errors that
 * are not about files are bugs and are thrown.
 */
function stopped(error: unknown, output: Output): number {
  if (error instanceof InputRefused) {
    output.err.push(`score: ${error.message}; nothing was written`);
    return 1;
  }
  if (error instanceof InputError || error instanceof OutputError) {
    output.err.push(`score: ${error.message}; nothing was written`);
    return EXIT_IO;
  }
  if (typeof (error as NodeJS.ErrnoException).code === "string" && (error as NodeJS.ErrnoException).syscall !== undefined) {
    // Standard output itself failed (e.g. redirected to a full disk).
    output.err.push(`score: cannot write standard output: ${describeIoError(error)}`);
    return EXIT_IO;
  }
  throw error;
}

/** `files`: where --out is written (tests put a full disk there). */
export async function runScore(argv: readonly string[], output: Output, files: OutputFiles = diskFiles): Promise<number> {
  const started = performance.now();
  return runCommand({ name: "score", usage: USAGE, helpTo: "err" }, output, async () => {
    let setup: Setup;
    try {
      setup = await setUp(argv, files);
    } catch (error) {
      // The header is read while setting up: a file that is not UTF-8 or cannot be read stops here too.
      if (error instanceof InputRefused || error instanceof InputError) return stopped(error, output);
      throw error;
    }
    try {
      const code = await scoreRows(setup, started, output);
      await setup.file?.commit();
      return code;
    } catch (error) {
      await setup.file?.discard();
      return stopped(error, output);
    }
  });
}
