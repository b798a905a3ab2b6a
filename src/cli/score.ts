/**
 * Scores a file of responses with one questionnaire definition (docs/scoring-files.md).
 *
 *   npm run score -- responses.csv --questionnaire dudit@1.0.0 [--out results.csv|.jsonl|.json] [--keep site,wave]
 *
 * Exit codes: 0 every row scored; 1 some rows were bad (all others are still scored), or the
 * input broke off or the output was closed early; 2 usage error (bad flags, unknown questionnaire, missing file, bad header).
 */
import { open } from "node:fs/promises";
import { resolve } from "node:path";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs, UsageError, USAGE } from "./score/args";
import { loadDefinition } from "./score/definition";
import { InputError, openSource } from "./score/input";
import { formatterFor } from "./score/output";
import { rowContext, scoreRow } from "./score/rows";

/** Rows are written in chunks of about this many characters, so a million rows make few writes. */
const CHUNK = 64 * 1024;

async function openOutput(path: string | undefined): Promise<Writable> {
  if (path === undefined) return process.stdout;
  const handle = await open(path, "w").catch((error: Error) => {
    throw new UsageError(`cannot write --out ${path}: ${error.message}`);
  });
  return handle.createWriteStream();
}

async function main(argv: readonly string[]): Promise<number> {
  const started = performance.now();
  let setup;
  try {
    const args = parseArgs(argv);
    if (args.out !== undefined && resolve(args.out) === resolve(args.input)) {
      throw new UsageError("--out must not be the responses file");
    }
    const definition = await loadDefinition(args.questionnaire, args.questionnairesDir);
    const context = rowContext(definition, args.keep);
    const source = await openSource(args.input, args.inputFormat, context);
    const formatter = formatterFor(args.outFormat, context, source.hasIdColumn);
    setup = { context, source, formatter, output: await openOutput(args.out) };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const usage = error.showUsage ? `\n${USAGE}\n` : "";
    process.stderr.write(error.message === "" ? `${USAGE}\n` : `score: ${error.message}\n${usage}`);
    return error.message === "" ? 0 : 2;
  }

  const { context, source, formatter, output } = setup;
  let rows = 0;
  let bad = 0;
  let broken = false;
  async function* chunks(): AsyncGenerator<string> {
    let buffer = formatter.header;
    try {
      for await (const input of source.rows) {
        const result = scoreRow(context, input);
        rows++;
        if (result.errors.length > 0) {
          bad++;
          process.stderr.write(`row ${result.row}: ${result.errors.join("; ")}\n`);
        }
        buffer += formatter.row(result, rows === 1);
        if (buffer.length >= CHUNK) {
          yield buffer;
          buffer = "";
        }
      }
    } catch (error) {
      // The input broke off: say so, and keep the rows scored so far in a well-formed file.
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`${error.message}\n`);
      broken = true;
    }
    yield buffer + formatter.footer;
  }

  try {
    await pipeline(chunks, output);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPIPE") throw error;
    process.stderr.write(`the output was closed early; stopped after row ${rows}\n`);
    broken = true;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(`scored ${rows} rows, ${bad} with errors, in ${seconds} s\n`);
  return broken || bad > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`score: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
