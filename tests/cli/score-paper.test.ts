import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rowsOf, runScore, tempDir } from "./support/run-score";

// Paper forms and exported surveys often carry answers to items that the instrument's skip rule
// skips. By default they are scored as the published rule says — a skipped item counts 0 — and
// each row names the skipped items that carry answers (skipped_answered) and the points those
// answers would have carried (skipped_points). --strict refuses such rows, as before.
// Every expected total below is worked out by hand from the published points and skip rules
// (questionnaires/<id>/1.0.0.json, its clinicianNotes), never taken from the program's output.

const { dir, write, cleanup } = tempDir("score-paper-");
afterAll(cleanup);

// AUDIT (WHO 2001): items 1–8 score 0–4 in option order (q2: one-two 0, three-four 1, five-six 2,
// seven-to-nine 3, ten-plus 4), items 9–10 score no 0, yes-not-last-year 2, yes-last-year 4.
// Skip rule: q1 "never" skips q2–q8; q2 and q3 both 0 points ("1 or 2" and "never") skip q4–q8.
const AUDIT = [
  "id,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10",
  // "Never" (the lowest box) ticked everywhere. q1 never skips q2–q8.
  // Total: q1 0 + q9 0 + q10 0 = 0 -> zone 1 (0–7). Skipped but answered: q2–q8, carrying 0 points.
  "p1,never,one-two,never,never,never,never,never,never,no,no",
  // q1 never skips q2 and q3, answered three-four (1) and monthly (2) anyway.
  // Total: q1 0 + q9 yes-not-last-year 2 + q10 yes-last-year 4 = 6 -> zone 1; q10 = 4 raises it to zone 2 (who-next-level).
  // Skipped but answered: q2, q3, carrying 1 + 2 = 3 points.
  "p2,never,three-four,monthly,,,,,,yes-not-last-year,yes-last-year",
  // q1 monthly-or-less 1, q2 one-two 0, q3 never 0: q2 + q3 = 0 skips q4–q8, answered daily 4, never 0, weekly 3, never 0, never 0.
  // Total: 1 + 0 + 0 + q9 0 + q10 0 = 1 -> zone 1. The skipped q4 daily and q6 weekly count for nothing:
  // no who-next-level raise (q4–q6 would need 2+ points) and no stopping-safely flag (q6 weekly).
  // Skipped but answered: q4–q8, carrying 4 + 0 + 3 + 0 + 0 = 7 points.
  "p3,monthly-or-less,one-two,never,daily,never,weekly,never,never,no,no",
];

// AUDIT-C: AUDIT items 1–3 with the same points and the same rule (q1 never skips q2 and q3).
// Cut-offs: men 4+, women (and sex not given) 3+.
const AUDIT_C = [
  "id,sex,q1,q2,q3",
  // Total: q1 never 0 = 0 -> men 0–3 below-cutoff. Skipped but answered: q2 one-two 0 + q3 less-than-monthly 1 = 1 point.
  "c1,male,never,one-two,less-than-monthly",
  // Total: q1 never 0 = 0 -> women 0–2 below-cutoff (counted, q2 five-six 2 + q3 weekly 3 would have made 5, above).
  // Skipped but answered: q2, q3, carrying 2 + 3 = 5 points.
  "c2,female,never,five-six,weekly",
  // Nothing skipped: 1 + 1 + 1 = 3 -> women 3+ above-cutoff.
  "c3,female,monthly-or-less,three-four,less-than-monthly",
];

// DUDIT (Berman et al. 2003) has no skip rule: every item is asked, so a paper row has nothing
// to warn about and scores the same with or without --strict.
const DUDIT = [
  "id,sex,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11",
  // All lowest boxes: 0 -> men 0–5 below-cutoff.
  "d1,male,never,never,none,never,never,never,never,never,never,no,no",
  // q1 monthly-or-less 1 + q3 one-two 1 + q11 yes-not-past-year 2, the rest 0: 4 -> women 2–24 drug-related-problems.
  "d2,female,monthly-or-less,never,one-two,never,never,never,never,never,never,no,yes-not-past-year",
];

const file = (name: string, lines: string[]): string => write(name, `${lines.join("\n")}\n`);

describe("score CLI, answers to skipped items (paper forms)", { timeout: 60_000 }, () => {
  it("AUDIT: scores skipped items as 0, keeps the rows and names the skipped answers and their points", async () => {
    const run = await runScore([file("audit.csv", AUDIT), "--questionnaire", "audit@1.0.0"]);
    expect(run.code).toBe(0);
    const rows = rowsOf(run.stdout);
    expect(rows[0]).toMatchObject({ id: "p1", total: "0", total_band: "zone-1", adjustments: "", skipped_answered: "q2;q3;q4;q5;q6;q7;q8", skipped_points: "0", error: "" });
    expect(rows[1]).toMatchObject({
      id: "p2",
      total: "6",
      total_band_from_cutoffs: "zone-1",
      total_band: "zone-2",
      adjustments: "who-next-level",
      skipped_answered: "q2;q3",
      skipped_points: "3",
      error: "",
    });
    expect(rows[2]).toMatchObject({ id: "p3", total: "1", total_band: "zone-1", adjustments: "", flags: "", skipped_answered: "q4;q5;q6;q7;q8", skipped_points: "7", error: "" });
    expect(run.stderr).toMatch(/^scored 3 rows, 0 with errors, 3 with answers to skipped items \(counted 0; 2 of them carrying points\), in \d+\.\d s$/m);
  });

  it("AUDIT-C: the same rule; a row without skipped answers has an empty skipped_answered and 0 points", async () => {
    const run = await runScore([file("audit-c.csv", AUDIT_C), "--questionnaire", "audit-c@1.0.0"]);
    expect(run.code).toBe(0);
    const rows = rowsOf(run.stdout);
    expect(rows[0]).toMatchObject({ id: "c1", sex: "male", total: "0", total_band: "below-cutoff", skipped_answered: "q2;q3", skipped_points: "1", error: "" });
    expect(rows[1]).toMatchObject({ id: "c2", sex: "female", total: "0", total_band: "below-cutoff", skipped_answered: "q2;q3", skipped_points: "5", error: "" });
    expect(rows[2]).toMatchObject({ id: "c3", total: "3", total_band: "above-cutoff", skipped_answered: "", skipped_points: "0", error: "" });
  });

  it("DUDIT: no skip rule, so nothing is skipped and --strict changes nothing", async () => {
    const input = file("dudit.csv", DUDIT);
    const lenient = await runScore([input, "--questionnaire", "dudit@1.0.0"]);
    const strict = await runScore([input, "--questionnaire", "dudit@1.0.0", "--strict"]);
    expect(lenient.code).toBe(0);
    expect(strict.code).toBe(0);
    expect(strict.stdout).toBe(lenient.stdout);
    const rows = rowsOf(lenient.stdout);
    expect(rows[0]).toMatchObject({ id: "d1", total: "0", total_band: "below-cutoff", skipped_answered: "", skipped_points: "0" });
    expect(rows[1]).toMatchObject({ id: "d2", total: "4", total_band: "drug-related-problems", skipped_answered: "", skipped_points: "0" });
  });

  it("--strict refuses rows with answers to skipped items, as before, and scores the others", async () => {
    const audit = await runScore([file("audit-strict.csv", AUDIT), "--questionnaire", "audit@1.0.0", "--strict"]);
    expect(audit.code).toBe(1);
    const rows = rowsOf(audit.stdout);
    expect(rows.map((row) => row["total"])).toEqual(["", "", ""]);
    expect(rows[1]?.["error"]).toBe("q2 is answered but must be left empty: the answer to q1 skips it; q3 is answered but must be left empty: the answer to q1 skips it");
    expect(rows[2]?.["error"]).toMatch(/^q4 is answered but must be left empty: the answer to q1, q2, q3 skips it; q5 /);
    expect(audit.stderr).toMatch(/^scored 3 rows, 3 with errors, in/m);

    const auditC = await runScore([file("audit-c-strict.csv", AUDIT_C), "--questionnaire", "audit-c@1.0.0", "--strict"]);
    expect(auditC.code).toBe(1);
    const cRows = rowsOf(auditC.stdout);
    expect(cRows[0]).toMatchObject({ id: "c1", total: "", skipped_answered: "", skipped_points: "" });
    expect(cRows[0]?.["error"]).toContain("q2 is answered but must be left empty");
    expect(cRows[2]).toMatchObject({ id: "c3", total: "3", error: "" });
  });

  it("reports the skipped answers in JSON Lines and JSON too", async () => {
    const input = file("audit-json.csv", AUDIT);
    for (const ext of ["jsonl", "json"]) {
      const out = join(dir, `audit-out.${ext}`);
      const run = await runScore([input, "--questionnaire", "audit@1.0.0", "--out", out]);
      expect(run.code).toBe(0);
      const text = readFileSync(out, "utf8");
      const rows = (
        ext === "json"
          ? JSON.parse(text)
          : text
              .trimEnd()
              .split("\n")
              .map((line) => JSON.parse(line))
      ) as Record<string, unknown>[];
      expect(rows[1]).toMatchObject({
        id: "p2",
        scores: {
          total: {
            value: 6,
            bandFromCutoffs: "zone-1",
            band: "zone-2",
            arithmetic: "q1 0 + q2 0 (not shown) + q3 0 (not shown) + q4 0 (not shown) + q5 0 (not shown) + q6 0 (not shown) + q7 0 (not shown) + q8 0 (not shown) + q9 2 + q10 4 = 6",
          },
        },
        skippedAnswered: ["q2", "q3"],
        skippedPoints: 3,
        error: null,
      });
      expect(rows[2]).toMatchObject({ id: "p3", skippedAnswered: ["q4", "q5", "q6", "q7", "q8"], skippedPoints: 7, flags: [] });
    }
  });

  it("still refuses a skipped item holding a text that is no option of it", async () => {
    // q1 never skips q2, but "7" is no AUDIT-C q2 option (a codebook mistake, not a tick): refused either way.
    const input = file("audit-c-bad.csv", ["id,sex,q1,q2,q3", "b1,male,never,7,"]);
    const run = await runScore([input, "--questionnaire", "audit-c@1.0.0"]);
    expect(run.code).toBe(1);
    expect(rowsOf(run.stdout)[0]).toMatchObject({ id: "b1", total: "", skipped_answered: "", skipped_points: "" });
    expect(rowsOf(run.stdout)[0]?.["error"]).toBe('q2 has no option "7" (its options are: one-two, three-four, five-six, seven-to-nine, ten-plus)');
  });

  it("reads JSON input the same way", async () => {
    // c2 again, as a JSON Lines object: 0, with q2 five-six 2 + q3 weekly 3 = 5 points skipped.
    const input = write("c.jsonl", `${JSON.stringify({ id: "c2", sex: "female", q1: "never", q2: "five-six", q3: "weekly" })}\n`);
    const out = join(dir, "c-out.jsonl");
    const run = await runScore([input, "--questionnaire", "audit-c@1.0.0", "--out", out]);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ scores: { total: { value: 0, band: "below-cutoff" } }, skippedAnswered: ["q2", "q3"], skippedPoints: 5 });
    const strict = await runScore([input, "--questionnaire", "audit-c@1.0.0", "--out", out, "--strict"]);
    expect(strict.code).toBe(1);
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ scores: null, skippedAnswered: [], skippedPoints: null });
  });
});
