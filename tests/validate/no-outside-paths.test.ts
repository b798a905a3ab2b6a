import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/content";

/*
 * The project's files speak of the project alone: a note that cites the team's research folder
 * beside the checkout points at a path no clone has. What such a note needs is carried into
 * docs/ (e.g. docs/translations.md) and cited there.
 */

// Built from parts so that this file does not match itself.
const OUTSIDE = ["..", "shared", ""].join("/");

/** Generated or installed folders, and .ci (the machinery that runs sessions, not the project). */
const SKIP = new Set([".git", ".ci", "node_modules", "dist", "dist-e2e", "coverage", "test-results", ".bench"]);
const TEXT = /\.(json|md|ts|tsx|js|mjs|cjs|css|html|txt|yml|yaml|sh|conf|svg|webmanifest)$|^[^.]+$/;

function textFiles(folder: string): string[] {
  return readdirSync(path.join(projectRoot, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = folder === "" ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : textFiles(relative);
    return entry.isFile() && TEXT.test(entry.name) ? [relative] : [];
  });
}

describe("paths outside the project", () => {
  const files = textFiles("");

  it("looks at the project's content, code and docs", () => {
    for (const expected of ["README.md", "docs/translations.md", "locales/hr/questionnaires/dudit.json", "src/engine/result-code.ts"]) expect(files).toContain(expected);
  });

  it(`no file refers to ${OUTSIDE}`, () => {
    const offenders = files.flatMap((file) =>
      readFileSync(path.join(projectRoot, file), "utf8")
        .split("\n")
        .flatMap((line, index) => (line.includes(OUTSIDE) ? [`${file}:${index + 1}`] : [])),
    );
    expect(offenders).toEqual([]);
  });
});
