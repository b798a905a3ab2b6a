import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { codeFiles } from "../support/import-rules";
import { importsOf } from "../support/import-graph";
import { projectRoot } from "../support/content";

// Every command's entry file (the file an npm script runs) is one line over an importable
// command, `await runMain(runThing)`, so that tests import the command and run it in-process
// (tests/support/cli.ts) and no import runs a command by accident.

const relative = (file: string) => path.relative(projectRoot, file).split(path.sep).join("/");

/** The entry files of src/cli, as package.json's scripts name them ("tsx src/cli/rules.ts"). */
export function entryFiles(packageJson: string): string[] {
  const { scripts } = JSON.parse(packageJson) as { scripts: Record<string, string> };
  return [...new Set(Object.values(scripts).flatMap((script) => [...script.matchAll(/\bsrc\/cli\/[\w/-]+\.ts\b/g)].map((match) => match[0])))].sort();
}

/** Why an entry file is more than `await runMain(runThing)` over its two imports, or undefined when it is not. */
export function entryProblem(source: string): string | undefined {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const [first, second, main, ...rest] = code;
  // The two imports, in either order: runMain from the kit, and the command.
  const isKit = (line: string | undefined) => /^import \{ runMain \} from "(\.\.?\/)+kit\/run";$/.test(line ?? "");
  const [kit, command] = isKit(second) ? [second, first] : [first, second];
  if (!isKit(kit)) return `expected an import of runMain from the kit, found: ${kit}`;
  const imported = /^import \{ (run\w+) \} from "\.\/[\w/-]+";$/.exec(command ?? "")?.[1];
  if (imported === undefined) return `expected an import of the command, found: ${command}`;
  if (main !== `await runMain(${imported});`) return `expected "await runMain(${imported});", found: ${main}`;
  if (rest.length > 0) return `expected nothing after runMain, found: ${rest[0]}`;
  return undefined;
}

/**
 * Entry files that still hold their command's body. Empty since branch i18-gate-host split score
 * and validate as the others are; kept so that the rule reads the same if one ever must wait.
 */
const NOT_YET_SPLIT: readonly string[] = [];

const entries = entryFiles(readFileSync(path.join(projectRoot, "package.json"), "utf8"));

describe("the entry files of src/cli", () => {
  it("are every code file at the top of src/cli, and package.json runs each", () => {
    const topLevel = codeFiles(path.join(projectRoot, "src/cli"))
      .map(relative)
      .filter((file) => file.split("/").length === 3);
    expect(
      topLevel.every((file) => entries.includes(file)),
      topLevel.join(", "),
    ).toBe(true);
    for (const entry of NOT_YET_SPLIT) expect(entries).toContain(entry);
  });

  it.each(entries.filter((entry) => !NOT_YET_SPLIT.includes(entry)))("%s is one line over an importable command", (entry) => {
    expect(entryProblem(readFileSync(path.join(projectRoot, entry), "utf8"))).toBeUndefined();
  });

  it.each(NOT_YET_SPLIT)("%s is listed as not yet split, and is not (the list can only shrink)", (entry) => {
    expect(entryProblem(readFileSync(path.join(projectRoot, entry), "utf8")), `${entry} is one line now: delete it from NOT_YET_SPLIT, and run it in-process in tests/cli/kit.test.ts`).toBeDefined();
  });

  it("are imported by no file of src/, scripts/ or tests/ (importing one would run its command)", () => {
    const files = ["src", "scripts", "tests"].flatMap((folder) => codeFiles(path.join(projectRoot, folder))).filter((file) => !relative(file).startsWith("tests/fixtures/"));
    const importers = files.flatMap((file) =>
      importsOf(file).flatMap((edge) => (edge.target !== undefined && entries.includes(relative(edge.target)) ? [`${relative(file)} → ${relative(edge.target)}`] : [])),
    );
    expect(importers).toEqual([]);
  });
});

describe("the entry-file check on fixtures", () => {
  it("accepts the one-line form, with a header comment", () => {
    expect(entryProblem('/** npm run rules */\nimport { runMain } from "./kit/run";\nimport { runRules } from "./rules/command";\n\nawait runMain(runRules);\n')).toBeUndefined();
    expect(entryProblem('import { runStamp } from "./stamp-command";\nimport { runMain } from "../kit/run";\nawait runMain(runStamp);\n')).toBeUndefined();
  });

  it("rejects an entry that holds its command's body, or calls another command than it imports", () => {
    const body =
      'import { runMain } from "./kit/run";\nimport { parseArgs } from "./kit/args";\n\nexport async function runRules() { return parseArgs([], {}) ? 0 : 1; }\n\nawait runMain(runRules);\n';
    expect(entryProblem(body)).toMatch(/^expected an import of the command, found: import \{ parseArgs \}/);
    expect(entryProblem('import { runMain } from "./kit/run";\nimport { runRules } from "./rules/command";\nawait runMain(runOther);\n')).toBe(
      'expected "await runMain(runRules);", found: await runMain(runOther);',
    );
    expect(entryProblem('import { runMain } from "./kit/run";\nimport { runRules } from "./rules/command";\nawait runMain(runRules);\nconsole.log("done");\n')).toBe(
      'expected nothing after runMain, found: console.log("done");',
    );
  });

  it("finds the entry files in package.json's scripts", () => {
    expect(entryFiles(JSON.stringify({ scripts: { a: "tsx src/cli/rules.ts", b: "tsx src/cli/i18n/stamp.ts --x", c: "vite", d: "tsx src/cli/rules.ts --y" } }))).toEqual([
      "src/cli/i18n/stamp.ts",
      "src/cli/rules.ts",
    ]);
  });
});
