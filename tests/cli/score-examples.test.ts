import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, rowsOf, runScore, tempDir } from "./support/run-score";

// docs/examples/scoring/ shows researchers real output of `npm run score`. These tests keep it
// true: the documented commands must still write exactly the committed files, and the rows the
// example README works out by hand must say what the hand arithmetic says.
const examples = join(root, "docs/examples/scoring");
const committed = (name: string): string => readFileSync(join(examples, name), "utf8");

describe("the scoring examples in docs/", { timeout: 60_000 }, () => {
  it("the DUDIT command still writes dudit-results.csv; row d01 is 2+0+1+2+0+0+1+0+0+0+2 = 8, men's band 6-24", async () => {
    const run = await runScore([join(examples, "dudit-responses.csv"), "--questionnaire", "dudit@1.0.0", "--keep", "site"]);
    expect(run.code).toBe(1); // d05 and d06 are bad on purpose
    expect(run.stdout).toBe(committed("dudit-results.csv"));
    const d01 = rowsOf(run.stdout).find((row) => row.id === "d01");
    expect(d01).toMatchObject({ sex: "male", total: "8", total_band: "drug-related-problems", total_referral_tier: "counselling", flags: "" });
    // d04: 4+3+3+3+3+2+3+3+2+4+0 = 30, 25 or more.
    expect(rowsOf(run.stdout).find((row) => row.id === "d04")).toMatchObject({ total: "30", total_band: "probable-dependence" });
  });

  it("the AUDIT commands still write audit-results.csv, .jsonl and -strict.csv; row a01 is 1+0+0+0+4 = 5, raised one zone by q10 = 4", async () => {
    const csv = await runScore([join(examples, "audit-responses.csv"), "--questionnaire", "audit@1.0.0"]);
    expect(csv.stdout).toBe(committed("audit-results.csv"));
    expect(rowsOf(csv.stdout).find((row) => row.id === "a01")).toMatchObject({
      total: "5",
      total_band_from_cutoffs: "zone-1",
      total_band: "zone-2",
      adjustments: "who-next-level",
    });
    // a02: 3+2+2+0+1+0+1+0+0+0 = 9, zone II (8-15) with no adjustment.
    expect(rowsOf(csv.stdout).find((row) => row.id === "a02")).toMatchObject({ total: "9", total_band: "zone-2", adjustments: "" });
    // a04: q1 never skips q2-q8; q2 three-four (1 point) is answered anyway and counts 0: 0 + 0 + 0 = 0, zone I.
    expect(csv.code).toBe(0);
    expect(rowsOf(csv.stdout).find((row) => row.id === "a04")).toMatchObject({ total: "0", total_band: "zone-1", skipped_answered: "q2", skipped_points: "1", error: "" });

    const strict = await runScore([join(examples, "audit-responses.csv"), "--questionnaire", "audit@1.0.0", "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(committed("audit-results-strict.csv"));
    expect(rowsOf(strict.stdout).find((row) => row.id === "a04")).toMatchObject({ total: "", error: "q2 is answered but must be left empty: the answer to q1 skips it" });

    const { dir, cleanup } = tempDir("score-examples-");
    try {
      const out = join(dir, "audit-results.jsonl");
      await runScore([join(examples, "audit-responses.csv"), "--questionnaire", "audit@1.0.0", "--out", out]);
      expect(readFileSync(out, "utf8")).toBe(committed("audit-results.jsonl"));
    } finally {
      cleanup();
    }
  });
});
