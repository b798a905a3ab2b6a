import { extname } from "node:path";
import { QUESTIONNAIRE_KEY } from "../../engine/keys";
import { parseArgs } from "../kit/args";
import { UsageError } from "../kit/errors";

export type Format = "csv" | "jsonl" | "json";

export type ScoreArgs = {
  input: string;
  inputFormat: Format;
  /** "id@version", e.g. "dudit@1.0.0". */
  questionnaire: string;
  /** Undefined: CSV to stdout. */
  out?: string;
  outFormat: Format;
  /** Folder holding <id>/<version>.json; the repository's questionnaires/ unless given. */
  questionnairesDir?: string;
  /** Extra input columns copied unchanged to the output (study site, wave …), beside `id`. */
  keep: string[];
  /** Refuse rows that answer items the skip logic hides (the default counts those items 0 and says so per row). */
  strict: boolean;
  /** Copy id and --keep cells that begin like a spreadsheet formula unchanged (default: prefixed with '). */
  allowFormulas: boolean;
};

export const USAGE = `Usage: npm run score -- <responses.csv|.jsonl|.json> --questionnaire <id@version> [--out <results.csv|.jsonl|.json>] [--strict] [--allow-formulas]

  --questionnaire      the definition to score with, e.g. dudit@1.0.0 (questionnaires/<id>/<version>.json)
  --out                where to write the results; the extension picks the format (default: CSV on stdout)
  --keep               extra input columns to copy to the output unchanged, comma-separated, e.g. --keep site,wave
                       (an "id" column is always copied)
  --questionnaires-dir folder holding <id>/<version>.json (default: the repository's questionnaires/)
  --strict             refuse rows that answer items the skip logic skips (default: such items count 0,
                       as the instruments' rules say, and the skipped_answered column names them)
  --allow-formulas     copy id and --keep cells that begin with =, +, -, @, tab or carriage return as they are
                       (default: prefixed with ' so that a spreadsheet does not run them as formulas)

See docs/scoring-files.md.`;

export function formatOf(path: string, what: string): Format {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv" || ext === ".jsonl" || ext === ".json") return ext.slice(1) as Format;
  throw new UsageError(`${what} "${path}" must end in .csv, .jsonl or .json`, true);
}

const FLAGS = { questionnaire: "string", out: "string", "questionnaires-dir": "string", keep: "string", strict: "boolean", "allow-formulas": "boolean" } as const;

/** The kit's parser (unknown, repeated and empty flags, --help), then what only score checks. */
export function parseScoreArgs(argv: readonly string[]): ScoreArgs {
  const { positional, values } = parseArgs(argv, FLAGS);
  const [input, ...others] = positional;
  if (input === undefined || others.length > 0) {
    throw new UsageError(input === undefined ? "no responses file given" : `expected one responses file, got ${positional.join(", ")}`, true);
  }
  const { questionnaire, out, "questionnaires-dir": questionnairesDir } = values;
  if (questionnaire === undefined) throw new UsageError("--questionnaire is required, e.g. --questionnaire dudit@1.0.0", true);
  if (!QUESTIONNAIRE_KEY.test(questionnaire)) {
    throw new UsageError(`--questionnaire "${questionnaire}" must look like id@version, e.g. dudit@1.0.0`, true);
  }
  return {
    keep: parseKeep(values.keep),
    strict: values.strict === true,
    allowFormulas: values["allow-formulas"] === true,
    input,
    inputFormat: formatOf(input, "the responses file"),
    questionnaire,
    ...(out === undefined ? {} : { out }),
    outFormat: out === undefined ? "csv" : formatOf(out, "--out"),
    ...(questionnairesDir === undefined ? {} : { questionnairesDir }),
  };
}

/** "site,wave" -> ["site", "wave"]; names are checked against the file's columns later. */
function parseKeep(value: string | undefined): string[] {
  if (value === undefined) return [];
  const names = value.split(",").map((name) => name.trim());
  if (names.some((name) => name === "")) throw new UsageError(`--keep "${value}" has an empty column name`, true);
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (repeated.length > 0) throw new UsageError(`--keep names ${repeated.join(", ")} twice`, true);
  if (names.includes("id")) throw new UsageError('--keep must not name "id": an id column is always copied', true);
  return names;
}
