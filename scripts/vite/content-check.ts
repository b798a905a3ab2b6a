/**
 * Checks at build time every content file the app bundles against the engine's zod schemas,
 * and fails the build with file, JSON path and message. The browser then needs only cheap
 * identity checks (src/app/content/parse.ts) and does not download zod (22 KB Brotli, and its
 * eval probe is a CSP violation under `script-src 'self'`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Plugin } from "vite";
import type { z } from "zod";
import { formatPath } from "../../src/engine";
import { AboutYourUse, AdviceSet, Country, Definition, QuestionnaireLocale, Vectors } from "../../src/engine/schema";

type Check = { file: string; schema: z.ZodType };

/** Names in a folder; none when it is missing or a file (e.g. questionnaires/schema.json). */
const list = (dir: string): string[] => (existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir) : []);

/** The same files src/app/content/files.ts globs. */
export function bundledContent(root: string): Check[] {
  const checks: Check[] = [];
  for (const id of list(join(root, "questionnaires"))) {
    for (const name of list(join(root, "questionnaires", id))) {
      if (/^\d+\.\d+\.\d+\.json$/.test(name)) checks.push({ file: join(root, "questionnaires", id, name), schema: Definition });
      // Worked examples: bundled for the clinician rules page (src/app/clinician/clinician-content.ts).
      if (name === "vectors.json") checks.push({ file: join(root, "questionnaires", id, name), schema: Vectors });
    }
  }
  // The brief intervention after the result (src/app/brief/content.ts).
  for (const name of list(join(root, "interventions", "about-your-use"))) if (/^\d+\.\d+\.\d+\.json$/.test(name)) checks.push({ file: join(root, "interventions", "about-your-use", name), schema: AboutYourUse });
  for (const name of list(join(root, "interventions", "advice"))) if (/^\d+\.\d+\.\d+\.json$/.test(name)) checks.push({ file: join(root, "interventions", "advice", name), schema: AdviceSet });
  for (const name of list(join(root, "countries"))) if (/^[a-z]{2}\.json$/.test(name)) checks.push({ file: join(root, "countries", name), schema: Country });
  for (const language of list(join(root, "locales"))) {
    for (const name of list(join(root, "locales", language, "questionnaires"))) {
      if (name.endsWith(".json")) checks.push({ file: join(root, "locales", language, "questionnaires", name), schema: QuestionnaireLocale });
    }
  }
  return checks;
}

export function contentProblems(root: string): string[] {
  const problems: string[] = [];
  for (const { file, schema } of bundledContent(root)) {
    const where = relative(root, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      problems.push(`${where}: $: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${where}: ${formatPath(issue.path.filter((part) => typeof part !== "symbol"))}: ${issue.message}`);
    }
  }
  return problems;
}

export function contentCheck(): Plugin {
  return {
    name: "selfcheck-content-check",
    apply: "build",
    buildStart() {
      const problems = contentProblems(process.cwd());
      if (problems.length > 0) this.error(`content that the app would bundle does not match its schema:\n${problems.join("\n")}`);
    },
  };
}
