import { spawn } from "node:child_process";
import { createWriteStream, linkSync, mkdirSync, openSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtures, root, rowsOf, runFixture, runScore, tempDir } from "./support/run-score";

// Issue 18 item 3: research files that survive. Each test runs the CLI as a researcher does (a
// child process), so that it runs against the old entry file too: every one of them failed on
// main at 4b72260 (see the report of branch i18-gate-host for what each gave there).

const { dir, write, cleanup } = tempDir("score-survive-");
afterAll(cleanup);

// mini@1.0.0: "p,male,sometimes,yes,b" scores 1 + 2 + 1 = 4 (male mid), see tests/cli/score.test.ts.
const ROWS = 20_000;
const bigInput = (): string => {
  let text = "id,sex,q1,q2,q3\n";
  for (let row = 1; row <= ROWS; row++) text += `p${row},male,sometimes,yes,b\n`;
  return text;
};

describe("score CLI: an --out that is the input is refused by file identity", { timeout: 60_000 }, () => {
  it.each([
    ["a symlink to the input", (input: string, out: string) => symlinkSync(input, out)],
    ["a hard link to the input", (input: string, out: string) => linkSync(input, out)],
  ])("refuses %s and leaves the input whole", async (what, makeLink) => {
    const name = what.includes("symlink") ? "sym" : "hard";
    const input = write(`${name}.csv`, bigInput());
    const before = readFileSync(input, "utf8");
    const out = join(dir, `${name}-out.csv`);
    makeLink(input, out);
    const run = await runFixture(input, "mini@1.0.0", "--out", out);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is the responses file");
    expect(readFileSync(input, "utf8")).toBe(before);
  });
});

describe("score CLI: results are written whole or not at all", { timeout: 60_000 }, () => {
  it("says in one line that standard output is full (/dev/full), with exit code 3 and no stack trace", async () => {
    const input = write("full.csv", bigInput());
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", join(root, "src/cli/score.ts"), input, "--questionnaire", "mini@1.0.0", "--questionnaires-dir", fixtures], {
        cwd: root,
        stdio: ["ignore", openSync("/dev/full", "w"), "pipe"],
      });
      let stderr = "";
      child.stderr?.on("data", (data: Buffer) => (stderr += data.toString()));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stderr }));
    });
    expect(run.code).toBe(3);
    expect(run.stderr.trim()).toBe("score: cannot write standard output: no space left on device (ENOSPC)");
  });
});

describe("score CLI: long lines", { timeout: 120_000 }, () => {
  it("refuses a 16 MiB line as one row and reads the next row", async () => {
    const input = join(dir, "long.csv");
    const file = createWriteStream(input);
    file.write("id,sex,q1,q2,q3\n");
    const piece = "x".repeat(1 << 20);
    for (let i = 0; i < 16; i++) if (!file.write(piece)) await once(file, "drain");
    file.end(",male,sometimes,yes,b\np2,male,sometimes,yes,b\n");
    await once(file, "finish");
    const run = await runFixture(input, "mini@1.0.0");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^row 1: .*a record longer than 1048576 characters/m);
    const rows = rowsOf(run.stdout);
    expect(rows.map((row) => [row.row, row.id, row.total, row.total_band])).toEqual([
      ["1", "", "", ""],
      ["2", "p2", "4", "mid"],
    ]);
  });
});

describe("score CLI: spreadsheet formulas in copied cells", { timeout: 60_000 }, () => {
  const csv = ["id,sex,site,q1,q2,q3", "=1+1,male,@SUM(A1),sometimes,yes,b", "+1,male,-2,sometimes,yes,b", "ok,male,plain,sometimes,yes,b"].join("\n");

  it("prefixes cells that begin with =, +, -, @ with a quote, and quotes them (OWASP)", async () => {
    const run = await runFixture(write("formula.csv", `${csv}\n`), "mini@1.0.0", "--keep", "site");
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[1]?.startsWith(`1,"'=1+1","'@SUM(A1)",mini@1.0.0,male,4,mid`)).toBe(true);
    expect(lines[2]?.startsWith(`2,"'+1","'-2",mini@1.0.0,male,4,mid`)).toBe(true);
    expect(lines[3]?.startsWith("3,ok,plain,mini@1.0.0,male,4,mid")).toBe(true);
  });

  it("does the same for a tab or carriage return at the start of a JSON id", async () => {
    const input = write(
      "formula.jsonl",
      `${JSON.stringify({ id: "\t=2", sex: "male", q1: "sometimes", q2: "yes", q3: "b" })}\n${JSON.stringify({ id: "\r3", sex: "male", q1: "sometimes", q2: "yes", q3: "b" })}\n`,
    );
    const run = await runFixture(input, "mini@1.0.0");
    expect(run.stdout).toContain(`1,"'\t=2",mini@1.0.0`);
    expect(run.stdout).toContain(`2,"'\r3",mini@1.0.0`);
  });

  it("copies them as they are with --allow-formulas", async () => {
    const run = await runFixture(write("formula-allowed.csv", `${csv}\n`), "mini@1.0.0", "--keep", "site", "--allow-formulas");
    expect(rowsOf(run.stdout).map((row) => [row.id, row.site])).toEqual([
      ["=1+1", "@SUM(A1)"],
      ["+1", "-2"],
      ["ok", "plain"],
    ]);
  });
});

describe("score CLI: invalid UTF-8", { timeout: 60_000 }, () => {
  const latin1 = (text: string): Buffer => Buffer.from(text, "latin1");

  it("refuses a CSV file, naming the row, and writes no --out", async () => {
    const input = join(dir, "latin1.csv");
    writeFileSync(input, Buffer.concat([Buffer.from("id,sex,q1,q2,q3\np1,male,sometimes,yes,b\np2,male,sometimes,yes,b\n"), latin1("Jos\u00e9,male,sometimes,yes,b\n")]));
    const out = join(dir, "latin1-out.csv");
    const run = await runFixture(input, "mini@1.0.0", "--out", out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("row 3 is not valid UTF-8 (byte 67 of the file)");
    expect(() => statSync(out)).toThrow();
  });

  it("refuses a JSON Lines file, naming the line", async () => {
    const input = join(dir, "latin1.jsonl");
    writeFileSync(input, Buffer.concat([Buffer.from(`${JSON.stringify({ id: "a", sex: "male", q1: "sometimes", q2: "yes", q3: "b" })}\n`), latin1('{"id":"\u00ff"}\n')]));
    const run = await runFixture(input, "mini@1.0.0");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("line 2 is not valid UTF-8");
  });
});

describe("score CLI: definitions that validate refuses", { timeout: 60_000 }, () => {
  it("refuses a --questionnaires-dir definition with a circular skip rule", async () => {
    const definition = JSON.parse(readFileSync(join(fixtures, "mini/1.0.0.json"), "utf8")) as { items: { showIf?: unknown }[] };
    const item = definition.items[1];
    if (item !== undefined) item.showIf = { not: { answer: "q2", is: "no" } }; // q2 shown unless q2 is "no": refers to itself
    const folder = join(dir, "circular");
    mkdirSync(join(folder, "mini"), { recursive: true });
    writeFileSync(join(folder, "mini/1.0.0.json"), JSON.stringify(definition));
    const input = write("circular.csv", "id,sex,q1,q2,q3\np1,male,often,yes,c\n");
    const run = await runScore([input, "--questionnaire", "mini@1.0.0", "--questionnaires-dir", folder]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is refused by the same checks as npm run validate");
    expect(run.stderr).toContain("$.items[1].showIf");
    expect(run.stdout).toBe("");
  });
});
