/**
 * Lists what changed between two versions of a questionnaire, in plain words
 * (docs/for-clinicians-rules.md).
 *
 *   npm run rules:diff -- dudit@1.0.0 dudit@2.0.0 --root tests/fixtures/versions [--format md|html] [--out file]
 *   npm run rules:diff -- audit@1.0.0 tests/fixtures/versions/audit/2.0.0.json
 *
 * Wording is compared with the current locale files, which hold the text of every version.
 * Exit codes: 0 written; 2 usage error.
 */
import { writeFile } from "node:fs/promises";
import { questionnaireKey } from "../engine";
import { diffDefinitions } from "../engine/describe";
import { diffBlocks } from "../report/diff";
import { toHtmlDocument } from "../report/html";
import { toMarkdown } from "../report/markdown";
import { loadDefinitionArg, loadLocales, parseFlags, UsageError } from "./rules/load";

const USAGE = `Usage: npm run rules:diff -- <from: id@version | file.json> <to: id@version | file.json> [--format md|html] [--out file] [--root folder]

  --root    a folder laid out like questionnaires/ (e.g. tests/fixtures/versions), searched first`;

async function main(argv: readonly string[]): Promise<number> {
  try {
    const { positional, format, out, root } = parseFlags(argv, ["md", "html"]);
    const [fromArg, toArg, ...rest] = positional;
    if (fromArg === undefined || toArg === undefined || rest.length > 0) throw new UsageError("give two versions, e.g. audit@1.0.0 audit@2.0.0", true);
    const from = await loadDefinitionArg(fromArg, root);
    const to = await loadDefinitionArg(toArg, root);
    const warnings: string[] = [];
    const localesFrom = await loadLocales(from.id, warnings);
    const localesTo = from.id === to.id ? localesFrom : await loadLocales(to.id, warnings);
    for (const warning of warnings) process.stderr.write(`rules:diff: ${warning}\n`);
    const changes = diffDefinitions(from, to, localesFrom, localesTo);
    const blocks = diffBlocks(questionnaireKey(from), questionnaireKey(to), changes);
    const title = `Changes from ${questionnaireKey(from)} to ${questionnaireKey(to)}`;
    const text = format === "html" ? toHtmlDocument(title, blocks) : toMarkdown(blocks);
    if (out === undefined) process.stdout.write(text);
    else await writeFile(out, text, "utf8");
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(error.message === "" ? `${USAGE}\n` : `rules:diff: ${error.message}\n${error.showUsage ? `\n${USAGE}\n` : ""}`);
    return error.message === "" ? 0 : 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
