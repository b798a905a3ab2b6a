import path from "node:path";
import { fileURLToPath } from "node:url";
import { validateContent } from "./validate/validate-content";

/** `npm run validate [-- <root>]`: one line per problem (file, JSON path, sentence); exit 1 on any error. */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const root = path.resolve(process.argv[2] ?? projectRoot);
const today = new Date().toISOString().slice(0, 10);

const { issues, definitions } = await validateContent(root, { today });
for (const issue of issues) console.log(`${issue.severity === "error" ? "error" : "warning"}: ${issue.file}: ${issue.path}: ${issue.message}`);
const errors = issues.filter((issue) => issue.severity === "error").length;
const warnings = issues.length - errors;
console.log(`${errors === 0 ? "ok" : "failed"}: ${definitions.length} questionnaire versions checked, ${errors} errors, ${warnings} warnings`);
process.exitCode = errors === 0 ? 0 : 1;
