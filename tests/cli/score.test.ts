import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtures, rowsOf, runFixture, runScore, tempDir } from "./support/run-score";

// End-to-end tests of `npm run score`: the CLI runs as a child process on small files.
// Expected scores are worked out by hand from the points in the definitions (comments show the sums).
// Each test spawns node with tsx, which takes about a second (more on a busy machine): hence the long timeout.

const { dir, write, cleanup } = tempDir("score-cli-");
afterAll(cleanup);

// mini@1.0.0 (tests/fixtures/score/questionnaires/mini/1.0.0.json):
//   q1 never 0 | sometimes 1 | often 3;  q2 no 0 | yes 2, shown unless q1 = never;  q3 a 0 | b 1 | c 4
//   total = q1 + q2 + q3 (hidden counts 0); freq = q1
//   total bands, male: low 0–3, mid 4–6, high 7–9; female/other/not-given: low 0–2, mid 3–6, high 7–9
//   freq bands: none 0, some 1–3.  Adjustment q3-is-c: q3 = c raises total one band.  Flag safety: total >= 7.
const MINI_CSV = [
  "id,sex,q1,q2,q3",
  "p1,male,sometimes,yes,b", // 1 + 2 + 1 = 4 -> male mid; freq 1 -> some
  "p2,,never,,c", //            0 + 0 (q2 hidden) + 4 = 4 -> not-given mid, raised by q3-is-c to high; freq 0 -> none
  "p3,female,sometimes,maybe,a", // bad: q2 has no option "maybe"
  "p4,female,often,yes,c", //   3 + 2 + 4 = 9 -> high; q3-is-c cannot raise above high (not listed); flag safety
  "p5,male,never,no,a", //      q2 is skipped after q1 = never but answered: 0 + 0 (q2 counts 0) + 0 = 0 -> male low; freq 0 -> none
  "p6,other,sometimes,no,a", // 1 + 0 + 0 = 1 -> low under the lower cut-offs, with a notice
].join("\n");

describe("score CLI, CSV", { timeout: 60_000 }, () => {
  it("scores good rows, reports bad rows by number, and goes on", async () => {
    const run = await runFixture(write("mini.csv", `${MINI_CSV}\n`), "mini@1.0.0");
    expect(run.code).toBe(1);
    const rows = rowsOf(run.stdout);
    expect(rows.map((row) => row["row"])).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(rows[0]).toEqual({
      row: "1",
      id: "p1",
      questionnaire: "mini@1.0.0",
      sex: "male",
      total: "4",
      total_band: "mid",
      total_band_from_cutoffs: "mid",
      total_referral_tier: "counselling",
      freq: "1",
      freq_band: "some",
      freq_band_from_cutoffs: "some",
      freq_referral_tier: "self-help",
      adjustments: "",
      flags: "",
      notices: "",
      skipped_answered: "",
      skipped_points: "0",
      error: "",
    });
    // The referral tier follows the raised band (mini: high -> treatment), not the cut-offs' band.
    expect(rows[1]).toMatchObject({ sex: "not-given", total: "4", total_band: "high", total_band_from_cutoffs: "mid", total_referral_tier: "treatment", freq: "0", freq_band: "none" });
    expect(rows[1]).toMatchObject({ adjustments: "q3-is-c", flags: "", notices: "sex-not-given-lower-cutoff", error: "" });
    expect(rows[3]).toMatchObject({ id: "p4", total: "9", total_band: "high", total_band_from_cutoffs: "high", adjustments: "", flags: "safety", notices: "" });
    expect(rows[5]).toMatchObject({ id: "p6", sex: "other", total: "1", total_band: "low", notices: "sex-not-given-lower-cutoff", error: "" });

    expect(rows[2]).toMatchObject({ id: "p3", total: "", total_band: "", freq: "" });
    expect(rows[2]?.["error"]).toContain('q2 has no option "maybe"');
    // p5: the skipped q2 carries "no" (0 points); the row is kept and says so.
    expect(rows[4]).toMatchObject({ id: "p5", total: "0", total_band: "low", freq: "0", skipped_answered: "q2", skipped_points: "0", error: "" });
    expect(run.stderr).toMatch(/^row 3: q2 has no option "maybe"/m);
    expect(run.stderr).toMatch(/^scored 6 rows, 1 with errors, 1 with answers to skipped items \(counted 0; 0 of them carrying points\), in \d+\.\d s$/m);
  });

  it("--strict refuses a row that answers a skipped item", async () => {
    const run = await runFixture(write("mini-strict.csv", `${MINI_CSV}\n`), "mini@1.0.0", "--strict");
    expect(run.code).toBe(1);
    const rows = rowsOf(run.stdout);
    expect(rows[4]).toMatchObject({ id: "p5", total: "", total_band: "", skipped_answered: "", skipped_points: "" });
    expect(rows[4]?.["error"]).toBe("q2 is answered but must be left empty: the answer to q1 skips it");
    expect(run.stderr).toMatch(/^row 5: q2 is answered but must be left empty: the answer to q1 skips it/m);
    expect(run.stderr).toMatch(/^scored 6 rows, 2 with errors, in \d+\.\d s$/m);
  });

  it("exits 0 when every row scores, writes CSV to --out, and leaves out the id column when there is none", async () => {
    const out = join(dir, "plain-out.csv");
    // plain@1.0.0: q1 no 0 | yes 5; q2 no 0 | yes 2; no profile. Row 1: 5 + 2 = 7 -> high; row 2: 0 + 2 = 2 -> low.
    const input = write("plain.csv", "q1,q2,sex\nyes,yes,banana\nno,yes,\n");
    const run = await runFixture(input, "plain@1.0.0", "--out", out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(
      "row,questionnaire,sex,total,total_band,total_band_from_cutoffs,total_referral_tier,adjustments,flags,notices,skipped_answered,skipped_points,error\n" +
        "1,plain@1.0.0,,7,high,high,counselling,,,,,0,\n" +
        "2,plain@1.0.0,,2,low,low,self-help,,,,,0,\n",
    );
    expect(run.stderr).toMatch(/^scored 2 rows, 0 with errors/m);
  });

  it("reports wrong cell counts, bad sex values and missing answers as row errors", async () => {
    const input = write("bad.csv", "id,sex,q1,q2,q3\nx1,male,sometimes,yes\nx2,Female,often,yes,a\nx3,female,sometimes,,a\nx4,female,never,,a\n");
    const run = await runFixture(input, "mini@1.0.0");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^row 1: the row has 4 cells, but the header has 5 columns$/m);
    expect(run.stderr).toMatch(/^row 2: sex "Female" is not one of: female, male, other, not-given/m);
    expect(run.stderr).toMatch(/^row 3: q2 has no answer$/m);
    // x4: 0 + 0 (q2 hidden) + 0 = 0 -> low
    expect(rowsOf(run.stdout)[3]).toMatchObject({ id: "x4", total: "0", total_band: "low", error: "" });
    expect(rowsOf(run.stdout)[0]).toMatchObject({ id: "x1", total: "" });
  });

  it("reports a row that is not valid CSV and reads on", async () => {
    // p2: 1 + 0 + 0 = 1 -> male low; freq 1 -> some
    const input = write("quote.csv", 'id,sex,q1,q2,q3\np1,male,ne"ver,,a\n"p2",male,"sometimes",no,a\n');
    const run = await runFixture(input, "mini@1.0.0");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^row 1: the row is not valid CSV: Invalid Opening Quote/m);
    expect(rowsOf(run.stdout)[1]).toMatchObject({ row: "2", id: "p2", total: "1", total_band: "low", freq: "1", error: "" });
  });

  it("scores a DUDIT row by the manual's points", async () => {
    // DUDIT 1.0.0: items 1–9 score 0–4 by option order, items 10–11 score 0, 2, 4.
    // q1 two-to-four-a-month 2 + q2 never 0 + q3 one-two 1 + q4 monthly 2 + q5 never 0 + q6 never 0
    // + q7 less-than-monthly 1 + q8 never 0 + q9 never 0 + q10 no 0 + q11 yes-not-past-year 2 = 8
    // Men: 6–24 drug-related problems. Women: 2–24 the same band. Sex empty: the women's cut-off, with a notice.
    const answers = "two-to-four-a-month,never,one-two,monthly,never,never,less-than-monthly,never,never,no,yes-not-past-year";
    // Second row: all lowest options = 0; men's band 0–5 below-cutoff.
    const zero = "never,never,none,never,never,never,never,never,never,no,no";
    const header = "sex,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11";
    const run = await runScore([write("dudit.csv", `${header}\nmale,${answers}\n,${answers}\nmale,${zero}\n`), "--questionnaire", "dudit@1.0.0"]);
    expect(run.code).toBe(0);
    const rows = rowsOf(run.stdout);
    expect(rows[0]).toMatchObject({ sex: "male", total: "8", total_band: "drug-related-problems", notices: "" });
    expect(rows[1]).toMatchObject({ sex: "not-given", total: "8", total_band: "drug-related-problems", notices: "sex-not-given-lower-cutoff" });
    expect(rows[2]).toMatchObject({ total: "0", total_band: "below-cutoff", flags: "" });
  });
});

describe("score CLI, usage errors (exit 2, nothing scored)", { timeout: 60_000 }, () => {
  it("names unknown and missing columns before reading any row", async () => {
    const run = await runFixture(write("cols.csv", "id,sex,q1,q3,age,q9\np1,male,never,a,30,x\n"), "mini@1.0.0");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("unknown columns: age, q9");
    expect(run.stderr).toContain("missing item columns: q2");
    expect(run.stderr).not.toContain("scored");
  });

  it("asks for a sex column when the definition needs sex", async () => {
    const run = await runFixture(write("nosex.csv", "q1,q2,q3\nnever,,a\n"), "mini@1.0.0");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("mini@1.0.0 needs a sex column");
  });

  it("rejects an unknown questionnaire, a missing file and bad flags", async () => {
    const input = write("ok.csv", "q1,q2\nno,no\n");
    const unknown = await runFixture(input, "nope@1.0.0");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown questionnaire nope@1.0.0");
    expect(unknown.stderr).toContain("Available: mini@1.0.0, plain@1.0.0");

    const missing = await runFixture(join(dir, "absent.csv"), "plain@1.0.0");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("not found");

    const flag = await runFixture(input, "plain@1.0.0", "--bogus", "1");
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("unknown option --bogus");
    expect(flag.stderr).toContain("Usage:");

    const noQuestionnaire = await runScore([input]);
    expect(noQuestionnaire.code).toBe(2);
    expect(noQuestionnaire.stderr).toContain("--questionnaire is required");
  });

  it("rejects a definition that does not fit the schema", async () => {
    const broken = join(dir, "broken");
    const definition = JSON.parse(readFileSync(join(fixtures, "plain/1.0.0.json"), "utf8")) as Record<string, unknown>;
    mkdirSync(join(broken, "plain"), { recursive: true });
    writeFileSync(join(broken, "plain/1.0.0.json"), JSON.stringify({ ...definition, status: "published" }));
    const run = await runScore([write("b.csv", "q1,q2\nno,no\n"), "--questionnaire", "plain@1.0.0", "--questionnaires-dir", broken]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is not a valid questionnaire definition");
    expect(run.stderr).toContain("status");
  });
});

describe("score CLI, JSON", { timeout: 60_000 }, () => {
  it("reads JSON Lines and writes a JSON array of structured rows", async () => {
    const input = write(
      "mini.jsonl",
      [
        JSON.stringify({ id: "j1", sex: "female", q1: "often", q2: "no", q3: "b" }), // 3 + 0 + 1 = 4 -> female mid; freq 3 -> some
        JSON.stringify({ id: 7, q1: "never", q3: "a", shoe: "42" }), // bad: unknown key
        "not json",
        JSON.stringify({ sex: "male", q1: "never", q3: "c" }), // 0 + 0 + 4 = 4 -> male mid, raised to high; freq 0 -> none
      ].join("\n"),
    );
    const out = join(dir, "mini-out.json");
    const run = await runFixture(input, "mini@1.0.0", "--out", out);
    expect(run.code).toBe(1);
    const rows = JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>[];
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({
      row: 1,
      id: "j1",
      questionnaire: "mini@1.0.0",
      sex: "female",
      scores: {
        total: { value: 4, min: 0, max: 9, band: "mid", bandFromCutoffs: "mid", referralTier: "counselling", arithmetic: "q1 3 + q2 0 + q3 1 = 4" },
        freq: { value: 3, min: 0, max: 3, band: "some", bandFromCutoffs: "some", referralTier: "self-help", arithmetic: "q1 3 = 3" },
      },
      adjustments: [],
      flags: [],
      notices: [],
      skippedAnswered: [],
      skippedPoints: 0,
      error: null,
    });
    expect(rows[1]).toMatchObject({ row: 2, id: "7", scores: null, flags: [] });
    expect(rows[1]?.["error"]).toContain("unknown key shoe");
    expect(rows[2]).toMatchObject({ row: 3, id: null, scores: null });
    expect(rows[2]?.["error"]).toContain("not valid JSON");
    expect(rows[3]).toMatchObject({
      row: 4,
      sex: "male",
      scores: { total: { value: 4, band: "high", bandFromCutoffs: "mid" }, freq: { value: 0, band: "none" } },
      adjustments: [{ id: "q3-is-c", score: "total", fromBand: "mid", toBand: "high" }],
      error: null,
    });
    expect(run.stderr).toMatch(/^row 2: unknown key shoe/m);
    expect(run.stderr).toMatch(/^row 3: the line is not valid JSON/m);
  });

  it("reads a JSON array and writes JSON Lines; an absent sex means not given", async () => {
    // 0 + 0 (hidden) + 1 = 1 -> not-given low (0–2), with the notice naming the female cut-offs.
    const input = write("mini.json", JSON.stringify([{ q1: "never", q3: "b" }]));
    const out = join(dir, "mini-out.jsonl");
    const run = await runFixture(input, "mini@1.0.0", "--out", out);
    expect(run.code).toBe(0);
    const lines = readFileSync(out, "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({
      row: 1,
      sex: "not-given",
      scores: { total: { value: 1, band: "low" } },
      notices: [{ kind: "sex-not-given-lower-cutoff", score: "total", appliedCutoffsOf: "female" }],
    });
  });
});
