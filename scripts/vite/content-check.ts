/**
 * One gate: the build runs the same validation as `npm run validate` (src/cli/validate/
 * validate-content.ts: schemas, lints, worked examples, texts, countries, encodings) and stops
 * on any error, with file, JSON path and message. The build used to check only the schemas, so
 * it accepted content that validate refuses (a `javascript:` quick-exit URL: the exit then wiped
 * the answers but stayed on the site). The browser then needs only cheap identity checks
 * (src/app/content/parse.ts) and does not download zod (22 KB Brotli, and its eval probe is a
 * CSP violation under `script-src 'self'`). Warnings (an entry not checked for a year) do not
 * stop a build; `npm run validate` prints them.
 */
import type { Plugin } from "vite";
import { validateContent } from "../../src/cli/validate/validate-content";

/** The errors validate reports for a project folder, one line each: "file: path: message". */
export async function contentErrors(root: string, today = new Date().toISOString().slice(0, 10)): Promise<string[]> {
  const { issues } = await validateContent(root, { today });
  return issues.filter((issue) => issue.severity === "error").map((issue) => `${issue.file}: ${issue.path}: ${issue.message}`);
}

export function contentCheck(): Plugin {
  let root = process.cwd();
  return {
    name: "selfcheck-content-check",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      const errors = await contentErrors(root);
      if (errors.length > 0) this.error(`npm run validate refuses the content, so the build stops (${errors.length} errors):\n${errors.join("\n")}`);
    },
  };
}
