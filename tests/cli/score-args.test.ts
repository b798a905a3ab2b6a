import { describe, expect, it } from "vitest";
import { parseScoreArgs } from "../../src/cli/score/args";
import { HelpRequested, UsageError } from "../../src/cli/kit/errors";

// `npm run score`'s flags: the kit's parser (src/cli/kit/args.ts), then score's own checks. In
// process, no child: tests/cli/score.test.ts runs the command itself.

describe("parseScoreArgs", () => {
  it("reads the file, the questionnaire, the formats from the file names, --keep and --strict", () => {
    const plain = { input: "in.jsonl", inputFormat: "jsonl", questionnaire: "dudit@1.0.0", outFormat: "csv", keep: [], strict: false, allowFormulas: false };
    expect(parseScoreArgs(["in.jsonl", "--questionnaire", "dudit@1.0.0"])).toEqual(plain);
    expect(parseScoreArgs(["--questionnaire=audit@1.0.0", "in.CSV", "--out", "r.json", "--keep", " site, wave", "--strict", "--questionnaires-dir", "q"])).toEqual({
      input: "in.CSV",
      inputFormat: "csv",
      questionnaire: "audit@1.0.0",
      out: "r.json",
      outFormat: "json",
      questionnairesDir: "q",
      keep: ["site", "wave"],
      strict: true,
      allowFormulas: false,
    });
  });

  it("answers --help wherever it stands", () => {
    expect(() => parseScoreArgs(["in.csv", "--bogus", "--help"])).toThrow(HelpRequested);
  });

  it.each([
    [["in.csv", "--questionnaire", "dudit@1.0.0", "--bogus", "1"], "unknown option --bogus"],
    [["in.csv", "--questionnaire"], "--questionnaire needs a value"],
    [["in.csv", "--questionnaire", "dudit@1.0.0", "--out", "--strict"], "--out needs a value"],
    [["in.csv", "--questionnaire", "dudit@1.0.0", "--strict", "--strict"], "--strict is given twice"],
    [["in.csv", "--questionnaire", "dudit@1.0.0", "--strict=yes"], "--strict takes no value"],
    [[], "no responses file given"],
    [["a.csv", "b.csv", "--questionnaire", "dudit@1.0.0"], "expected one responses file, got a.csv, b.csv"],
    [["in.csv"], "--questionnaire is required, e.g. --questionnaire dudit@1.0.0"],
    [["in.csv", "--questionnaire", "DUDIT@1"], '--questionnaire "DUDIT@1" must look like id@version, e.g. dudit@1.0.0'],
    [["in.txt", "--questionnaire", "dudit@1.0.0"], 'the responses file "in.txt" must end in .csv, .jsonl or .json'],
    [["in.csv", "--questionnaire", "dudit@1.0.0", "--out", "r.xlsx"], '--out "r.xlsx" must end in .csv, .jsonl or .json'],
    [["in.csv", "--questionnaire", "dudit@1.0.0", "--keep", "site,"], '--keep "site," has an empty column name'],
    [["in.csv", "--questionnaire", "dudit@1.0.0", "--keep", "site,wave,site"], "--keep names site twice"],
    [["in.csv", "--questionnaire", "dudit@1.0.0", "--keep", "id"], '--keep must not name "id": an id column is always copied'],
  ])("refuses %j: %s, with the usage text", (argv, message) => {
    expect(() => parseScoreArgs(argv)).toThrow(expect.objectContaining({ constructor: UsageError, message, showUsage: true }));
  });
});
