/**
 * Writes the rules page of one questionnaire version for clinical review (docs/for-clinicians-rules.md).
 *
 *   npm run rules -- dudit@1.0.0 [--format md|html] [--out file]
 *   npm run rules -- tests/fixtures/versions/audit/2.0.0.json --format html --out audit-2.html
 *   npm run rules -- dudit@2.0.0 --root tests/fixtures/versions
 *
 * Exit codes: 0 written; 1 written, but a worked example failed; 2 usage error.
 */
import { writeFile } from "node:fs/promises";
import { buildRulesDocument } from "../engine/describe";
import { toHtmlDocument, toMarkdown } from "./rules/blocks";
import { loadAll, parseFlags, UsageError } from "./rules/load";
import { rulesBlocks } from "./rules/rules-blocks";
import { adviceRulesBlocks } from "./rules/advice-blocks";
import { loadAdviceRules } from "./rules/advice-load";

const USAGE = `Usage: npm run rules -- <id@version | definition.json> [--format md|html] [--out file] [--root folder]
       npm run rules -- about-your-use[@version] [--format md|html] [--out file]   (what each answer about use brings up)

  --format  md (default) or html (a standalone page with a print stylesheet for A4)
  --out     file to write; standard output when omitted
  --root    a folder laid out like questionnaires/ (e.g. tests/fixtures/versions), searched first`;

async function main(argv: readonly string[]): Promise<number> {
  try {
    const { positional, format, out, root } = parseFlags(argv, ["md", "html"]);
    const [arg, ...rest] = positional;
    if (arg === undefined || rest.length > 0) throw new UsageError("give exactly one questionnaire, e.g. dudit@1.0.0", true);
    if (/^about-your-use(@\d+\.\d+\.\d+)?$/.test(arg)) {
      const doc = await loadAdviceRules(arg);
      const blocks = adviceRulesBlocks(doc);
      const text = format === "html" ? toHtmlDocument(`About your use ${doc.key}: advice rules`, blocks) : toMarkdown(blocks);
      if (out === undefined) process.stdout.write(text);
      else await writeFile(out, text, "utf8");
      return 0;
    }
    const { definition, locales, vectors, warnings } = await loadAll(arg, root);
    for (const warning of warnings) process.stderr.write(`rules: ${warning}\n`);
    const doc = buildRulesDocument(definition, { locales, vectors });
    const blocks = rulesBlocks(doc);
    const text = format === "html" ? toHtmlDocument(`${doc.instrument.abbreviation} ${doc.version}: scoring rules`, blocks) : toMarkdown(blocks);
    if (out === undefined) process.stdout.write(text);
    else await writeFile(out, text, "utf8");
    if (doc.examples.state === "run" && doc.examples.failed > 0) {
      process.stderr.write(`rules: ${doc.examples.failed} worked example(s) of ${doc.key} failed\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(error.message === "" ? `${USAGE}\n` : `rules: ${error.message}\n${error.showUsage ? `\n${USAGE}\n` : ""}`);
    return error.message === "" ? 0 : 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
