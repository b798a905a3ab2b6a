/**
 * `npm run validate [-- <root>]`: checks every content file (definitions, worked examples,
 * instrument and UI text, glossaries, countries) and prints one line per problem (file, JSON
 * path, sentence). Exit codes: 0 no errors (warnings allowed); 1 any error; 2 usage error.
 */
import path from "node:path";
import { parseArgs } from "../kit/args";
import { UsageError } from "../kit/errors";
import { PROJECT_ROOT } from "../kit/paths";
import { runCommand, type Output } from "../kit/run";
import { validateContent } from "./validate-content";

const USAGE = `Usage: npm run validate [-- <root>]

  <root>  the project folder to check (default: this project)`;

export async function runValidate(argv: readonly string[], output: Output): Promise<number> {
  return runCommand({ name: "validate", usage: USAGE }, output, async () => {
    const { positional } = parseArgs(argv, {});
    if (positional.length > 1) throw new UsageError(`expected one folder, got ${positional.join(", ")}`, true);
    const root = path.resolve(positional[0] ?? PROJECT_ROOT);
    const today = new Date().toISOString().slice(0, 10);
    const { issues, definitions } = await validateContent(root, { today });
    for (const issue of issues) output.out.push(`${issue.severity}: ${issue.file}: ${issue.path}: ${issue.message}`);
    const errors = issues.filter((issue) => issue.severity === "error").length;
    const notices = issues.filter((issue) => issue.severity === "notice").length;
    const warnings = issues.length - errors - notices;
    output.out.push(`${errors === 0 ? "ok" : "failed"}: ${definitions.length} questionnaire versions checked, ${errors} errors, ${warnings} warnings, ${notices} notices`);
    return errors === 0 ? 0 : 1;
  });
}
