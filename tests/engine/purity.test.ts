import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/content";
import { sourceFiles } from "../support/import-graph";

describe("src/engine stays pure", () => {
  const files = sourceFiles(path.join(projectRoot, "src/engine"));

  // What the engine may import (zod and itself) is a row of the import table: tests/imports.test.ts.

  it.each(files.map((file) => [path.relative(projectRoot, file), file]))("%s touches no DOM, storage, network or clock", (_name, file) => {
    const source = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    // "document" alone is a fine word (the rules document); the DOM global is only reachable as `document.` or `window.`.
    expect(source).not.toMatch(/\b(?:window|document|globalThis|navigator|process)\s*\.|\b(?:localStorage|sessionStorage|indexedDB|fetch|XMLHttpRequest|WebSocket)\b|Date\.now|new Date|Math\.random/);
  });

  it("keeps files small (one concept each)", () => {
    for (const file of files) expect(readFileSync(file, "utf8").split("\n").length, path.relative(projectRoot, file)).toBeLessThanOrEqual(300);
  });
});
