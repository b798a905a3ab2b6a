/**
 * Writes the rules page of one questionnaire version for clinical review (docs/for-clinicians-rules.md).
 *
 *   npm run rules -- dudit@1.0.0 [--format md|html] [--out file]
 *   npm run rules -- tests/fixtures/versions/audit/2.0.0.json --format html --out audit-2.html
 *   npm run rules -- dudit@2.0.0 --root tests/fixtures/versions
 *   npm run rules -- about-your-use [--format md|html] [--out file]
 *
 * Exit codes: 0 written; 1 written, but a worked example failed; 2 usage error.
 */
import { writeFile } from "node:fs/promises";
import { buildRulesDocument } from "../../engine/describe";
import { adviceRulesBlocks } from "../../report/advice";
import type { Block } from "../../report/blocks";
import { toHtmlDocument } from "../../report/html";
import { toMarkdown } from "../../report/markdown";
import { rulesBlocks } from "../../report/rules";
import { oneOf, parseArgs } from "../kit/args";
import { loadAdviceRules, loadDefinitionArg, loadLocales, loadVectors } from "../kit/content-files";
import { UsageError } from "../kit/errors";
import { pushDocument, runCommand, type Output } from "../kit/run";

const USAGE = `Usage: npm run rules -- <id@version | definition.json> [--format md|html] [--out file] [--root folder]
       npm run rules -- about-your-use[@version] [--format md|html] [--out file]   (what each answer about use brings up)

  --format  md (default) or html (a standalone page with a print stylesheet for A4)
  --out     file to write; standard output when omitted
  --root    a folder laid out like questionnaires/ (e.g. tests/fixtures/versions), searched first`;

type Page = { title: string; blocks: Block[]; /** What failed, when the page was written but a worked example failed. */ failed?: string };

async function scoringPage(arg: string, root: string | undefined, output: Output): Promise<Page> {
  const definition = await loadDefinitionArg(arg, root);
  const warnings: string[] = [];
  const locales = await loadLocales(definition.id, warnings);
  if (locales[0]?.language !== "en") warnings.push(`no English text for ${definition.id}: items and options are named by their ids`);
  const vectors = await loadVectors(definition.id, warnings, root);
  output.err.push(...warnings.map((warning) => `rules: ${warning}`));
  const doc = buildRulesDocument(definition, { locales, vectors });
  const page: Page = { title: `${doc.instrument.abbreviation} ${doc.version}: scoring rules`, blocks: rulesBlocks(doc) };
  if (doc.examples.state === "run" && doc.examples.failed > 0) page.failed = `${doc.examples.failed} worked example(s) of ${doc.key} failed`;
  return page;
}

/** "about-your-use" or "about-your-use@1.0.0": what each answer about use brings up. */
async function advicePage(arg: string): Promise<Page> {
  const doc = await loadAdviceRules(arg);
  return { title: `About your use ${doc.key}: advice rules`, blocks: adviceRulesBlocks(doc) };
}

export async function runRules(argv: readonly string[], output: Output): Promise<number> {
  return runCommand({ name: "rules", usage: USAGE, helpTo: "err" }, output, async () => {
    const { positional, values } = parseArgs(argv, { format: "string", out: "string", root: "string" });
    const format = oneOf("format", values.format, ["md", "html"]);
    const [arg, ...rest] = positional;
    if (arg === undefined || rest.length > 0) throw new UsageError("give exactly one questionnaire, e.g. dudit@1.0.0", true);
    const page = /^about-your-use(@\d+\.\d+\.\d+)?$/.test(arg) ? await advicePage(arg) : await scoringPage(arg, values.root, output);
    const text = format === "html" ? toHtmlDocument(page.title, page.blocks) : toMarkdown(page.blocks);
    if (values.out === undefined) pushDocument(output.out, text);
    else await writeFile(values.out, text, "utf8");
    if (page.failed !== undefined) {
      output.err.push(`rules: ${page.failed}`);
      return 1;
    }
    return 0;
  });
}
