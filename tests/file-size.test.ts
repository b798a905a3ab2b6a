import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "./support/content";
import { sourceFiles } from "./support/import-graph";

// One concept per file: no file of src/ grows past 300 lines (the engine had this rule alone).
const MAX_LINES = 300;
const linesOf = (text: string): number => text.split("\n").length;

describe("files of src/", () => {
  it.each(sourceFiles(path.join(projectRoot, "src")).map((file) => [path.relative(projectRoot, file), file]))(`%s has at most ${MAX_LINES} lines`, (_name, file) => {
    expect(linesOf(readFileSync(file, "utf8"))).toBeLessThanOrEqual(MAX_LINES);
  });

  it("the rule counts lines as the editor does (a 301-line text fails it)", () => {
    expect(linesOf("x\n".repeat(300))).toBe(301);
    expect(linesOf("x\n".repeat(299) + "x")).toBe(300);
  });
});
