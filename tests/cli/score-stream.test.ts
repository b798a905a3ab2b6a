import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rowsOf, runScore, tempDir } from "./support/run-score";

// Big inputs: every row of a generated DUDIT file is checked against hand-computed scores, and a
// file fed through a named pipe shows results coming out before the input has ended (streaming).

const { dir, cleanup } = tempDir("score-stream-");
afterAll(cleanup);

const HEADER = "id,sex,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11";
const ZEROS = ["never", "never", "none", "never", "never", "never", "never", "never", "never", "no", "no"];

/** DUDIT 1.0.0 rows whose scores were worked out by hand from the manual's points (men ≥ 6, women ≥ 2, anyone ≥ 25). */
const PATTERNS: { sex: string; answers: string[]; expect: Record<string, string> }[] = [
  // All lowest options: 0 -> men 0–5 below the cut-off.
  { sex: "male", answers: ZEROS, expect: { total: "0", total_band: "below-cutoff", total_referral_tier: "self-help", flags: "", notices: "", error: "" } },
  // q1 monthly-or-less 1 -> women 0–1 below the cut-off.
  {
    sex: "female",
    answers: ["monthly-or-less", ...ZEROS.slice(1)],
    expect: { total: "1", total_band: "below-cutoff", flags: "", notices: "", error: "" },
  },
  // q1 two-to-four-a-month 2, sex not given -> the women's cut-off 2 applies: drug-related problems, with a notice.
  {
    sex: "",
    answers: ["two-to-four-a-month", ...ZEROS.slice(1)],
    expect: { sex: "not-given", total: "2", total_band: "drug-related-problems", total_referral_tier: "counselling", notices: "sex-not-given-lower-cutoff", error: "" },
  },
  // q3 seven-plus 4 + q10 yes-not-past-year 2 = 6 -> men's cut-off 6 reached.
  {
    sex: "male",
    answers: ["never", "never", "seven-plus", "never", "never", "never", "never", "never", "never", "yes-not-past-year", "no"],
    expect: { total: "6", total_band: "drug-related-problems", flags: "", error: "" },
  },
  // Highest options: 9 × 4 + 4 + 4 = 44 -> probable dependence (≥ 25); the safety flag fires.
  {
    sex: "other",
    answers: [...["four-plus-a-week", "four-plus-a-week", "seven-plus"], ...Array<string>(6).fill("daily"), "yes-past-year", "yes-past-year"],
    expect: { total: "44", total_band: "probable-dependence", total_referral_tier: "treatment", flags: "stopping-safely", error: "" },
  },
  // q5 "sometimes" is no DUDIT option: refused, with no score and no band.
  {
    sex: "male",
    answers: ["never", "never", "none", "never", "sometimes", "never", "never", "never", "never", "no", "no"],
    expect: { total: "", total_band: "", error: 'q5 has no option "sometimes" (its options are: never, less-than-monthly, monthly, weekly, daily)' },
  },
];

function line(row: number): string {
  const pattern = PATTERNS[(row - 1) % PATTERNS.length];
  if (pattern === undefined) throw new Error("no pattern");
  return `r${row},${pattern.sex},${pattern.answers.join(",")}\n`;
}

describe("score CLI, large files", { timeout: 240_000 }, () => {
  it("scores 60,000 generated rows, each as worked out by hand, bad rows reported by number", async () => {
    const rows = 60_000;
    const input = join(dir, "big.csv");
    const file = createWriteStream(input);
    let chunk = `${HEADER}\n`;
    for (let row = 1; row <= rows; row++) {
      chunk += line(row);
      if (chunk.length > 1 << 16) {
        if (!file.write(chunk)) await once(file, "drain");
        chunk = "";
      }
    }
    file.end(chunk);
    await once(file, "finish");

    const out = join(dir, "big-out.csv");
    const run = await runScore([input, "--questionnaire", "dudit@1.0.0", "--out", out]);
    expect(run.code).toBe(1);
    const results = rowsOf(readFileSync(out, "utf8"));
    expect(results).toHaveLength(rows);
    let mismatches = 0;
    results.forEach((result, index) => {
      const row = index + 1;
      const pattern = PATTERNS[index % PATTERNS.length];
      const wanted = { row: String(row), id: `r${row}`, ...pattern?.expect };
      const same = Object.entries(wanted).every(([column, value]) => result[column] === value);
      if (!same && mismatches++ < 3) expect(result).toMatchObject(wanted);
    });
    expect(mismatches).toBe(0);
    expect(run.stderr).toMatch(/^row 6: q5 has no option "sometimes"/m);
    expect(run.stderr).toMatch(/^row 60000: q5 has no option "sometimes"/m);
    expect(run.stderr).toMatch(new RegExp(`^scored ${rows} rows, ${rows / 6} with errors`, "m"));
  });

  it("writes results while the input is still arriving (a named pipe)", async () => {
    const fifo = join(dir, "pipe.csv");
    execFileSync("mkfifo", [fifo]);
    // 3,000 rows of results are far more than the CLI's 64 KiB output chunk, so they must appear before the end.
    const firstBatch = 3_000;
    let sawOutputEarly = false;
    let resolveEarly: () => void = () => undefined;
    const early = new Promise<void>((resolve) => (resolveEarly = resolve));
    const running = runScore([fifo, "--questionnaire", "dudit@1.0.0"], (soFar) => {
      if (soFar.includes(`\n1000,r1000,`)) {
        sawOutputEarly = true;
        resolveEarly();
      }
    });
    const writer = createWriteStream(fifo);
    let text = `${HEADER}\n`;
    for (let row = 1; row <= firstBatch; row++) text += line(row);
    writer.write(text);
    // Hold the pipe open until results have come out (or the run ends, which would fail below).
    await Promise.race([early, running]);
    expect(sawOutputEarly).toBe(true);
    writer.end(line(firstBatch + 1));
    const run = await running;
    expect(run.stderr).toMatch(new RegExp(`^scored ${firstBatch + 1} rows`, "m"));
    // Row 3001 follows pattern 1 (all lowest options, male): 0, below the cut-off.
    expect(rowsOf(run.stdout).at(-1)).toMatchObject({ row: "3001", id: "r3001", total: "0", total_band: "below-cutoff" });
  });
});
