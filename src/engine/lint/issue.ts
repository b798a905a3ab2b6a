/** One problem found in a content file: where, and a plain sentence saying what is wrong. */
export type LintIssue = {
  severity: "error" | "warning";
  /** JSON path inside the file, e.g. ["items", 3, "showIf"]. */
  path: (string | number)[];
  message: string;
};

export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((text, part) => (typeof part === "number" ? `${text}[${part}]` : `${text}.${part}`), "$");
}

export const error = (path: (string | number)[], message: string): LintIssue => ({ severity: "error", path, message });
export const warning = (path: (string | number)[], message: string): LintIssue => ({ severity: "warning", path, message });

/** Paths of entries whose id repeats an earlier one. */
export function duplicateIds(entries: readonly { id: string }[], basePath: (string | number)[], what: string): LintIssue[] {
  const seen = new Set<string>();
  const issues: LintIssue[] = [];
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) issues.push(error([...basePath, index, "id"], `duplicate ${what} id "${entry.id}"`));
    seen.add(entry.id);
  });
  return issues;
}
