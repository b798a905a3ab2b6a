import path from "node:path";
import { describe, expect, it } from "vitest";
import { findCycles, importGraph } from "./support/import-graph";
import { projectRoot } from "./support/content";

// What each folder of src/ may import is one table (tests/support/import-rules.ts), checked by
// tests/imports.test.ts; here: no cycle at all, even inside a folder.

const src = path.join(projectRoot, "src");
const graph = importGraph(src);
const relative = (file: string) => path.relative(projectRoot, file).split(path.sep).join("/");

describe("layers of src/", () => {
  it("has no import cycle (type-only imports included)", () => {
    const edges = new Map([...graph].map(([file, imports]) => [file, imports.flatMap((edge) => (edge.target === undefined ? [] : [edge.target]))]));
    expect(findCycles(edges).map((cycle) => cycle.map(relative))).toEqual([]);
  });
});

describe("findCycles", () => {
  it("finds a cycle of two, a self-import and a longer loop, and nothing in a tree", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["a", "c"]],
      ["c", ["d"]],
      ["d", ["d"]],
      ["e", ["f"]],
      ["f", ["g"]],
      ["g", ["e", "c"]],
      ["h", ["a", "e"]],
    ]);
    expect(findCycles(graph).sort()).toEqual([["a", "b"], ["d"], ["e", "f", "g"]]);
    expect(
      findCycles(
        new Map([
          ["a", ["b", "c"]],
          ["b", ["c"]],
          ["c", []],
        ]),
      ),
    ).toEqual([]);
  });
});
