import type { z } from "zod";
import { formatPath, type LintIssue } from "../../engine";
import { readJsonFile, type FileIssue } from "./json-file";
import { describeZodIssues } from "./zod-issues";

/** Where the checks of "npm run validate" collect their issues, with file names relative to the root. */
export type Reporter = { issues: FileIssue[]; relative: (file: string) => string };

/** Adds the engine's lint issues for one file. */
export function report(reporter: Reporter, file: string, issues: readonly LintIssue[]): void {
  for (const issue of issues) reporter.issues.push({ file: reporter.relative(file), severity: issue.severity, path: formatPath(issue.path), message: issue.message });
}

/**
 * Paths of "__proto__" keys. JSON.parse keeps one as an ordinary key, but zod's records drop it
 * without an issue (found by tests/validate/fuzz-content.test.ts): text under it, a name under it
 * in place of a language code, or an expected score would pass unchecked.
 */
function prototypeKeys(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((child, index) => prototypeKeys(child, [...at, index]));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => (key === "__proto__" ? [[...at, key]] : prototypeKeys(child, [...at, key])));
}

/** Reads a JSON file and parses it with a schema; every problem is reported, nothing thrown. */
export async function loadWithSchema<T>(reporter: Reporter, file: string, schema: z.ZodType<T>): Promise<{ value: T; text: string } | undefined> {
  const read = await readJsonFile(file, reporter.relative(file));
  if (!read.ok) {
    reporter.issues.push(read.issue);
    return undefined;
  }
  reporter.issues.push(...read.issues);
  const reserved = prototypeKeys(read.value);
  for (const at of reserved) {
    reporter.issues.push({
      file: reporter.relative(file),
      severity: "error",
      path: formatPath(at),
      message: `the key "__proto__" is not allowed: JavaScript treats it as the object's prototype, so what is under it would not be checked`,
    });
  }
  if (reserved.length > 0) return undefined;
  const parsed = schema.safeParse(read.value, { reportInput: true });
  if (!parsed.success) {
    for (const { path: where, message } of describeZodIssues(parsed.error)) reporter.issues.push({ file: reporter.relative(file), severity: "error", path: where, message });
    return undefined;
  }
  return { value: parsed.data, text: read.text };
}
