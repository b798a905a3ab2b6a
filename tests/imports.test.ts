import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "./support/content";
import { KNOWN_EXCEPTIONS, MAY_IMPORT, brokenRules, codeFiles, foldersWithoutRow } from "./support/import-rules";
import { importsOf } from "./support/import-graph";

// The import table of tests/support/import-rules.ts, on the project and on a fixture that breaks
// it. Replaces the old engine check ("zod or anything relative", which an engine → app import
// passed) and the three one-folder rules that were in tests/boundaries.test.ts.

const FIXTURE = path.join(projectRoot, "tests", "fixtures", "import-rules");
const roomFiles = (root: string) => ["src", "server", "scripts"].flatMap((folder) => codeFiles(path.join(root, folder)));

describe("the import table", () => {
  it("has a row for every folder of src/, and no code file lies loose in src/", () => {
    expect(foldersWithoutRow(projectRoot)).toEqual([]);
  });

  it("names only rooms that have a row themselves", () => {
    for (const [room, allowed] of Object.entries(MAY_IMPORT)) for (const target of allowed) expect(Object.keys(MAY_IMPORT), `${room} → ${target}`).toContain(target);
  });

  it("holds for every file of src/, server/ and scripts/ (type-only and dynamic imports included)", () => {
    const files = roomFiles(projectRoot);
    expect(files.length).toBeGreaterThan(200);
    expect(brokenRules(projectRoot, files)).toEqual([]);
  });

  it("lists only exceptions that still occur (fix the import, then delete its line)", () => {
    const occurring = new Set(
      roomFiles(projectRoot).flatMap((file) =>
        importsOf(file).flatMap((edge) => (edge.target === undefined ? [] : [`${path.relative(projectRoot, file)} → ${path.relative(projectRoot, edge.target)}`.split(path.sep).join("/")])),
      ),
    );
    for (const exception of KNOWN_EXCEPTIONS) expect(occurring.has(exception), exception).toBe(true);
  });
});

describe("the import table on a fixture that breaks it (tests/fixtures/import-rules)", () => {
  const broken = brokenRules(FIXTURE, roomFiles(FIXTURE));

  it("fails an engine → app import: the probe that passed the old engine check", () => {
    expect(broken).toContain('src/engine/keys.ts: engine may import only [], not src/app/landing.ts ("../app/landing")');
  });

  it("fails each forbidden import and nothing else", () => {
    // Worked out by hand from the fixture's files: [importing file, what it imports].
    const expected = [
      ["scripts/bench.ts", "tests/e2e/support/server"],
      ["src/app/landing.ts", "tests/e2e/fixtures/demo"],
      ["src/cli/rules.ts", "src/app/landing.ts"],
      ["src/engine/clock.ts", '"node:fs" is a Node built-in'],
      ["src/engine/clock.ts", '"react"'],
      ["src/engine/keys.ts", "src/app/landing.ts"],
      ["src/first/main.ts", "src/app/landing.ts"],
    ];
    expect(broken).toHaveLength(expected.length);
    for (const [file, what] of expected)
      expect(
        broken.some((line) => line.startsWith(`${file}:`) && line.includes(what!)),
        `${file} → ${what}`,
      ).toBe(true);
  });

  it("names a folder of src/ without a row, and a loose file", () => {
    expect(foldersWithoutRow(FIXTURE).sort()).toEqual(["src/extra/", "src/stray.ts"]);
  });
});
