import path from "node:path";
import { describe, expect, it } from "vitest";
import { findCycles, importGraph } from "./support/import-graph";
import { projectRoot } from "./support/content";

// The layers of src/: engine ← {report, wizard} ← {app, cli, first}. The engine's own rules are in
// tests/engine/purity.test.ts; these are the rules between the folders.

const src = path.join(projectRoot, "src");
const graph = importGraph(src);
const relative = (file: string) => path.relative(projectRoot, file).split(path.sep).join("/");
const inFolder = (file: string | undefined, folder: string) => file !== undefined && relative(file).startsWith(`src/${folder}/`);
const filesIn = (folder: string) => [...graph.keys()].filter((file) => inFolder(file, folder)).map((file) => [relative(file), file] as const);

describe("layers of src/", () => {
  it.each(filesIn("report"))("%s imports only the engine and src/report", (_name, file) => {
    for (const edge of graph.get(file) ?? []) expect(inFolder(edge.target, "engine") || inFolder(edge.target, "report"), edge.specifier).toBe(true);
  });

  it.each(filesIn("wizard"))("%s imports only the engine and src/wizard", (_name, file) => {
    for (const edge of graph.get(file) ?? []) expect(inFolder(edge.target, "engine") || inFolder(edge.target, "wizard"), edge.specifier).toBe(true);
  });

  it.each(filesIn("first"))("%s imports only the engine, src/wizard and src/first", (_name, file) => {
    for (const edge of graph.get(file) ?? []) expect(inFolder(edge.target, "engine") || inFolder(edge.target, "wizard") || inFolder(edge.target, "first"), edge.specifier).toBe(true);
  });

  it.each(filesIn("app"))("%s imports nothing from src/cli", (_name, file) => {
    for (const edge of graph.get(file) ?? []) expect(inFolder(edge.target, "cli"), edge.specifier).toBe(false);
  });

  it.each(filesIn("cli"))("%s imports nothing from src/app", (_name, file) => {
    for (const edge of graph.get(file) ?? []) expect(inFolder(edge.target, "app"), edge.specifier).toBe(false);
  });

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
    expect(findCycles(new Map([["a", ["b", "c"]], ["b", ["c"]], ["c", []]]))).toEqual([]);
  });
});
