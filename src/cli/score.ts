/**
 * Scores a file of responses with one questionnaire definition (docs/scoring-files.md).
 *
 *   npm run score -- responses.csv --questionnaire dudit@1.0.0 [--out results.csv|.jsonl|.json] [--keep site,wave] [--strict]
 *
 * Exit codes: 0 every row scored; 1 some rows were bad (all others are still scored), or the
 * input broke off or the output was closed early; 2 usage error (bad flags, unknown questionnaire, missing file, bad header).
 *
 * Built like every command (src/cli/kit/run.ts), with one difference: result rows go straight
 * to the output file or standard output, and each bad row's line straight to standard error, as
 * they are scored (a million rows are never held in memory). Only the lines about the whole run
 * go through Output.
 */
import { open } from "node:fs/promises";
import { resolve } from "node:path";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseScoreArgs, USAGE } from "./score/args";
import { loadDefinition } from "./score/definition";
import { InputError, openSource, type Source } from "./score/input";
import { formatterFor, type Formatter } from "./score/output";
import { scoreLine } from "./score/line";
import { rowContext, scoreCells, scoreFields, type RowContext } from "./score/rows";
import { UsageError } from "./kit/errors";
import { runCommand, runMain, type Output } from "./kit/run";

/** Rows are written in chunks of about this many characters, so a million rows make few writes. */
const CHUNK = 64 * 1024;

type Setup = { context: RowContext; source: Source; formatter: Formatter; destination: Writable };

async function openOutput(path: string | undefined): Promise<Writable> {
  if (path === undefined) return process.stdout;
  const handle = await open(path, "w").catch((error: Error) => {
    throw new UsageError(`cannot write --out ${path}: ${error.message}`);
  });
  return handle.createWriteStream();
}

/** Everything before the first row: flags, definition, the file's header, the output file. A mistake here is a UsageError. */
async function setUp(argv: readonly string[]): Promise<Setup> {
  const args = parseScoreArgs(argv);
  if (args.out !== undefined && resolve(args.out) === resolve(args.input)) {
    throw new UsageError("--out must not be the responses file");
  }
  const definition = await loadDefinition(args.questionnaire, args.questionnairesDir);
  const context = rowContext(definition, args.keep, args.strict);
  const source = await openSource(args.input, args.inputFormat, context);
  const formatter = formatterFor(args.outFormat, context, source.hasIdColumn);
  return { context, source, formatter, destination: await openOutput(args.out) };
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
    try {
      for await (const batch of source.batches) {
        for (const input of batch) {
          const result =
            columns === undefined ? scoreFields(context, input) : input.line !== undefined ? scoreLine(context, columns, input) : scoreCells(context, columns, input);
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
    } catch (error) {
      // The input broke off: say so, and keep the rows scored so far in a well-formed file.
      if (!(error instanceof InputError)) throw error;
      output.err.push(error.message);
      broken = true;
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

export async function runScore(argv: readonly string[], output: Output): Promise<number> {
  const started = performance.now();
  return runCommand({ name: "score", usage: USAGE, helpTo: "err" }, output, async () => scoreRows(await setUp(argv), started, output));
}

await runMain(runScore);
