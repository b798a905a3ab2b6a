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
import { questionnaireKey } from "../../engine";
import { diffDefinitions } from "../../engine/describe";
import { diffBlocks } from "../../report/diff";
import { toHtmlDocument } from "../../report/html";
import { toMarkdown } from "../../report/markdown";
import { oneOf, parseArgs } from "../kit/args";
import { loadDefinitionArg, loadLocales } from "../kit/content-files";
import { UsageError } from "../kit/errors";
import { pushDocument, runCommand, type Output } from "../kit/run";

const USAGE = `Usage: npm run rules:diff -- <from: id@version | file.json> <to: id@version | file.json> [--format md|html] [--out file] [--root folder]

  --root    a folder laid out like questionnaires/ (e.g. tests/fixtures/versions), searched first`;

export async function runRulesDiff(argv: readonly string[], output: Output): Promise<number> {
  return runCommand({ name: "rules:diff", usage: USAGE, helpTo: "err" }, output, async () => {
    const { positional, values } = parseArgs(argv, { format: "string", out: "string", root: "string" });
    const format = oneOf("format", values.format, ["md", "html"]);
    const [fromArg, toArg, ...rest] = positional;
    if (fromArg === undefined || toArg === undefined || rest.length > 0) throw new UsageError("give two versions, e.g. audit@1.0.0 audit@2.0.0", true);
    const from = await loadDefinitionArg(fromArg, values.root);
    const to = await loadDefinitionArg(toArg, values.root);
    const warnings: string[] = [];
    const localesFrom = await loadLocales(from.id, warnings);
    const localesTo = from.id === to.id ? localesFrom : await loadLocales(to.id, warnings);
    output.err.push(...warnings.map((warning) => `rules:diff: ${warning}`));
    const changes = diffDefinitions(from, to, localesFrom, localesTo);
    const blocks = diffBlocks(questionnaireKey(from), questionnaireKey(to), changes);
    const title = `Changes from ${questionnaireKey(from)} to ${questionnaireKey(to)}`;
    const text = format === "html" ? toHtmlDocument(title, blocks) : toMarkdown(blocks);
    if (values.out === undefined) pushDocument(output.out, text);
    else await writeFile(values.out, text, "utf8");
    return 0;
  });
}
