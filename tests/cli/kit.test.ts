import { describe, expect, it } from "vitest";
import { oneOf, parseArgs } from "../../src/cli/kit/args";
import { ContentProblem, HelpRequested, UsageError } from "../../src/cli/kit/errors";
import { newOutput, pushDocument, runCommand, type Run } from "../../src/cli/kit/run";
import { runExportFhir } from "../../src/cli/export-fhir/command";
import { runStamp } from "../../src/cli/i18n/stamp-command";
import { runStatus } from "../../src/cli/i18n/status-command";
import { runNewCountry } from "../../src/cli/new-country/command";
import { runRelease } from "../../src/cli/release/command";
import { runRules } from "../../src/cli/rules/command";
import { runRulesDiff } from "../../src/cli/rules-diff/command";
import { runWriteSchema } from "../../src/cli/write-schema/command";
import { runCli, spawnCli } from "../support/cli";

// src/cli/kit: the one argument parser, error types and runner every command uses.

const FLAGS = { lang: "string", out: "string", force: "boolean" } as const;

function usageError(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error("no UsageError was thrown");
}

describe("parseArgs", () => {
  it("reads values, --name=value, switches and positionals in any order", () => {
    expect(parseArgs(["a.csv", "--lang", "sq", "--out=x.csv", "--force", "b"], FLAGS)).toEqual({ positional: ["a.csv", "b"], values: { lang: "sq", out: "x.csv", force: true } });
    expect(parseArgs(["--", "--lang"], FLAGS)).toEqual({ positional: ["--lang"], values: {} });
  });

  it.each([
    [["--lan", "sq"], "unknown option --lan"],
    [["-x"], "unknown option -x"],
    [["--lang"], "--lang needs a value"],
    [["--lang", "--force"], "--lang needs a value"],
    [["--lang="], "--lang needs a value"],
    [["--lang", "sq", "--lang", "mk"], "--lang is given twice"],
    [["--force=yes"], "--force takes no value"],
  ])("refuses %j: %s, with the usage text", (argv, message) => {
    const error = usageError(() => parseArgs(argv, FLAGS));
    expect(error.message).toBe(message);
    expect(error.showUsage).toBe(true);
  });

  it("answers --help and -h wherever they stand, even beside a mistake, but not after --", () => {
    for (const argv of [["--help"], ["-h"], ["--nope", "--help"], ["x", "--lang", "sq", "-h"]]) expect(() => parseArgs(argv, FLAGS)).toThrow(HelpRequested);
    expect(parseArgs(["--", "--help"], FLAGS).positional).toEqual(["--help"]);
  });

  it("oneOf takes the first choice by default and refuses others", () => {
    expect(oneOf("format", undefined, ["md", "html"])).toBe("md");
    expect(oneOf("format", "html", ["md", "html"])).toBe("html");
    expect(usageError(() => oneOf("format", "pdf", ["md", "html"])).message).toBe("--format must be one of md, html");
  });
});

describe("runCommand", () => {
  const command = { name: "demo", usage: "Usage: demo <x>" };
  const run = async (body: () => Promise<number>, info: { name: string; usage: string; helpTo?: "out" | "err" } = command) => {
    const output = newOutput();
    return { code: await runCommand(info, output, body), ...output };
  };

  it("passes the body's exit code and output through", async () => {
    expect(await run(async () => 1)).toEqual({ code: 1, out: [], err: [] });
  });

  it("prints the usage for --help and exits 0 (standard output unless the command says otherwise)", async () => {
    const help = () => Promise.reject(new HelpRequested());
    expect(await run(help)).toEqual({ code: 0, out: ["Usage: demo <x>"], err: [] });
    expect(await run(help, { ...command, helpTo: "err" })).toEqual({ code: 0, out: [], err: ["Usage: demo <x>"] });
  });

  it("turns a UsageError into its message (and the usage when asked) and exit code 2", async () => {
    expect(await run(() => Promise.reject(new UsageError("no x given", true)))).toEqual({ code: 2, out: [], err: ["demo: no x given", "", "Usage: demo <x>"] });
    expect(await run(() => Promise.reject(new UsageError("cannot read x")))).toEqual({ code: 2, out: [], err: ["demo: cannot read x"] });
  });

  it("turns a ContentProblem into its message and exit code 1, and lets any other error through", async () => {
    expect(await run(() => Promise.reject(new ContentProblem("x.json: not valid JSON")))).toEqual({ code: 1, out: [], err: ["demo: x.json: not valid JSON"] });
    await expect(run(() => Promise.reject(new TypeError("a bug")))).rejects.toThrow("a bug");
  });

  it("pushDocument keeps a document byte for byte once the lines are joined and ended", () => {
    const lines: string[] = [];
    pushDocument(lines, "# Title\n\ntext\n");
    expect(`${lines.join("\n")}\n`).toBe("# Title\n\ntext\n");
  });
});

describe("the commands as the person runs them", () => {
  // In-process, as runMain runs them (tests/support/cli.ts); the entry files are one line over
  // these (tests/cli/entries.test.ts).
  const commands: Record<string, Run> = {
    "release.ts": runRelease,
    "write-schema.ts": runWriteSchema,
    "new-country.ts": runNewCountry,
    "i18n/status.ts": runStatus,
    "i18n/stamp.ts": runStamp,
    "rules.ts": runRules,
    "rules-diff.ts": runRulesDiff,
    "export-fhir.ts": runExportFhir,
  };
  // score.ts and validate.ts still run their command on import (branch i18-gate-host splits
  // them): until then they are checked as child processes.
  const cli = (script: string, args: string[]) => {
    const run = commands[script];
    return run === undefined ? spawnCli(script, args) : runCli(run, args);
  };

  it.each([
    ["validate.ts", "out"],
    ["release.ts", "out"],
    ["write-schema.ts", "out"],
    ["new-country.ts", "out"],
    ["i18n/status.ts", "out"],
    ["rules.ts", "err"],
    ["rules-diff.ts", "err"],
    ["export-fhir.ts", "err"],
    ["score.ts", "err"],
  ])("%s --help prints its usage and exits 0", { timeout: 30_000 }, async (script, stream) => {
    const { code, stdout, stderr } = await cli(script, ["--help"]);
    expect(code).toBe(0);
    expect(stream === "out" ? stdout : stderr).toMatch(/^Usage: npm run /);
  });

  it.each([["validate.ts"], ["i18n/stamp.ts"], ["rules.ts"], ["score.ts"]])("%s refuses an unknown flag with the usage text and exit code 2", { timeout: 30_000 }, async (script) => {
    const { code, stdout, stderr } = await cli(script, ["--nope"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^[\w:-]+: unknown option --nope\n\nUsage: npm run /);
  });

  it("an entry file, as a real process, prints to the right stream and sets the exit code", { timeout: 30_000 }, async () => {
    const help = await spawnCli("i18n/status.ts", ["--help"]);
    expect(help).toMatchObject({ code: 0, stderr: "" });
    expect(help.stdout).toMatch(/^Usage: npm run i18n:status/);
    const refused = await spawnCli("rules.ts", ["--nope"]);
    expect(refused).toMatchObject({ code: 2, stdout: "" });
    expect(refused.stderr).toMatch(/^rules: unknown option --nope\n\nUsage: npm run rules /);
  });
});
