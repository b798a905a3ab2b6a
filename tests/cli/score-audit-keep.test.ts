import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { rowsOf, runFixture, runScore, tempDir } from "./support/run-score";

// AUDIT's raise-one-band note, skip logic and missing answers, and --keep columns.
// Expected values are worked out by hand from the WHO 2001 manual's points (comments show the sums).

const { write, cleanup } = tempDir("score-audit-");
afterAll(cleanup);

const HEADER = "id,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10";

describe("score CLI, AUDIT", { timeout: 60_000 }, () => {
  it("applies the WHO note (raise one zone), counts skipped items as 0 and refuses unanswered shown items", async () => {
    const csv = [
      HEADER,
      // q1 monthly-or-less 1, q2 one-two 0, q3 never 0 -> q4–q8 skipped (WHO: go to 9 and 10), q9 no 0, q10 yes-last-year 4.
      // 1 + 0 + 0 + 4 = 5 -> zone 1 (0–7); q10 = 4 raises it to zone 2 (8–15), referral tier self-help.
      "a1,monthly-or-less,one-two,never,,,,,,no,yes-last-year",
      // Every item at its highest option: 4 × 10 = 40 -> zone 4 (20–40), already the top: nothing to raise.
      // Flag stopping-safely: total ≥ 20.
      "a2,four-plus-a-week,ten-plus,daily,daily,daily,daily,daily,daily,yes-last-year,yes-last-year",
      // q1 never -> q2–q8 skipped; q9 no 0, q10 left empty although shown: refused.
      "a3,never,,,,,,,,no,",
      // q1 never skips q2, yet q2 is answered three-four (1 point): it counts 0, as the skip rule says, and the row says so.
      // 0 + q9 no 0 + q10 no 0 = 0 -> zone 1.
      "a4,never,three-four,,,,,,,no,no",
      // q1 two-to-four-a-month 2, q2 three-four 1, q3 less-than-monthly 1, q4 never 0, q5 monthly 2, q6 never 0,
      // q7 never 0, q8 never 0, q9 no 0, q10 no 0 = 6 -> zone 1; q5 monthly (2 points) raises it to zone 2.
      "a5,two-to-four-a-month,three-four,less-than-monthly,never,monthly,never,never,never,no,no",
    ].join("\n");
    const run = await runScore([write("audit.csv", `${csv}\n`), "--questionnaire", "audit@1.0.0"]);
    expect(run.code).toBe(1);
    const rows = rowsOf(run.stdout);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({
      id: "a1",
      sex: "",
      total: "5",
      total_band: "zone-2",
      total_band_from_cutoffs: "zone-1",
      total_referral_tier: "self-help",
      adjustments: "who-next-level",
      flags: "",
      error: "",
    });
    expect(rows[1]).toMatchObject({ id: "a2", total: "40", total_band: "zone-4", total_band_from_cutoffs: "zone-4", total_referral_tier: "treatment", adjustments: "", flags: "stopping-safely" });
    expect(rows[2]).toMatchObject({ id: "a3", total: "", total_band: "", error: "q10 has no answer" });
    expect(rows[3]).toMatchObject({ id: "a4", total: "0", total_band: "zone-1", skipped_answered: "q2", skipped_points: "1", error: "" });
    expect(rows[4]).toMatchObject({ id: "a5", total: "6", total_band: "zone-2", total_band_from_cutoffs: "zone-1", adjustments: "who-next-level" });
    expect(run.stderr).toMatch(/^row 3: q10 has no answer$/m);
    expect(run.stderr).toMatch(/^scored 5 rows, 1 with errors, 1 with answers to skipped items/m);
  });
});

describe("score CLI, --keep", { timeout: 60_000 }, () => {
  it("copies the named columns to CSV and JSON Lines output, also for bad rows", async () => {
    // mini@1.0.0: row 1 = 1 + 2 + 1 = 4 -> male mid; row 2 has a cell too few and is refused.
    const input = write("keep.csv", "site,id,sex,q1,q2,q3,wave\nSkopje,k1,male,sometimes,yes,b,2\nBeirut,k2,male,never,a,3\n");
    const csv = await runFixture(input, "mini@1.0.0", "--keep", "wave,site");
    expect(csv.code).toBe(1);
    expect(csv.stdout.split("\n")[0]).toMatch(/^row,id,wave,site,questionnaire,sex,total,/);
    const rows = rowsOf(csv.stdout);
    expect(rows[0]).toMatchObject({ id: "k1", wave: "2", site: "Skopje", total: "4", total_band: "mid", error: "" });
    expect(rows[1]).toMatchObject({ id: "k2", site: "Beirut", total: "", error: "the row has 6 cells, but the header has 7 columns" });

    const out = input.replace(/\.csv$/, "-out.jsonl");
    const json = await runFixture(input, "mini@1.0.0", "--keep", "site,wave", "--out", out);
    expect(json.code).toBe(1);
    const first = JSON.parse(readFileSync(out, "utf8").split("\n")[0] ?? "") as Record<string, unknown>;
    expect(first).toMatchObject({ row: 1, id: "k1", kept: { site: "Skopje", wave: "2" }, scores: { total: { value: 4, band: "mid" } } });
  });

  it("refuses --keep names that are missing, are items, or clash with result columns", async () => {
    const input = write("keep2.csv", "id,sex,q1,q2,q3,error\nk1,male,never,,a,x\n");
    const missing = await runFixture(input, "mini@1.0.0", "--keep", "site");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--keep names columns the file does not have: site");
    expect(missing.stderr).toContain("unknown columns: error");

    const item = await runFixture(input, "mini@1.0.0", "--keep", "q1");
    expect(item.code).toBe(2);
    expect(item.stderr).toContain("--keep names q1, which mini@1.0.0 reads as answers or profile");

    const clash = await runFixture(input, "mini@1.0.0", "--keep", "error");
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain("--keep names error, which is also a result column");
  });
});
