import { extname } from "node:path";

/** A problem found before any row is scored (flags, questionnaire, files, CSV header): exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** Whether to print the usage text after the message (for mistakes in the arguments). */
    readonly showUsage = false,
  ) {
    super(message);
  }
}

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
};

export const USAGE = `Usage: npm run score -- <responses.csv|.jsonl|.json> --questionnaire <id@version> [--out <results.csv|.jsonl|.json>] [--strict]

  --questionnaire      the definition to score with, e.g. dudit@1.0.0 (questionnaires/<id>/<version>.json)
  --out                where to write the results; the extension picks the format (default: CSV on stdout)
  --keep               extra input columns to copy to the output unchanged, comma-separated, e.g. --keep site,wave
                       (an "id" column is always copied)
  --questionnaires-dir folder holding <id>/<version>.json (default: the repository's questionnaires/)
  --strict             refuse rows that answer items the skip logic skips (default: such items count 0,
                       as the instruments' rules say, and the skipped_answered column names them)

See docs/scoring-files.md.`;

export function formatOf(path: string, what: string): Format {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv" || ext === ".jsonl" || ext === ".json") return ext.slice(1) as Format;
  throw new UsageError(`${what} "${path}" must end in .csv, .jsonl or .json`, true);
}

const FLAGS = new Set(["--questionnaire", "--out", "--questionnaires-dir", "--keep"]);
/** Flags without a value. */
const SWITCHES = new Set(["--strict"]);

export function parseArgs(argv: readonly string[]): ScoreArgs {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") throw new UsageError("", true);
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    if (SWITCHES.has(arg)) {
      if (switches.has(arg)) throw new UsageError(`${arg} is given twice`, true);
      switches.add(arg);
      continue;
    }
    const [flag = "", inline] = arg.split(/=(.*)/s, 2);
    if (!FLAGS.has(flag)) throw new UsageError(`unknown option ${flag}`, true);
    const value = inline ?? argv[++i];
    if (value === undefined || value === "" || (inline === undefined && value.startsWith("--"))) {
      throw new UsageError(`${flag} needs a value`, true);
    }
    if (values.has(flag)) throw new UsageError(`${flag} is given twice`, true);
    values.set(flag, value);
  }
  if (positional.length !== 1) {
    throw new UsageError(positional.length === 0 ? "no responses file given" : `expected one responses file, got ${positional.join(", ")}`, true);
  }
  const input = positional[0] ?? "";
  const questionnaire = values.get("--questionnaire");
  if (questionnaire === undefined) throw new UsageError("--questionnaire is required, e.g. --questionnaire dudit@1.0.0", true);
  if (!/^[a-z][a-z0-9-]*@\d+\.\d+\.\d+$/.test(questionnaire)) {
    throw new UsageError(`--questionnaire "${questionnaire}" must look like id@version, e.g. dudit@1.0.0`, true);
  }
  const out = values.get("--out");
  const questionnairesDir = values.get("--questionnaires-dir");
  return {
    keep: parseKeep(values.get("--keep")),
    strict: switches.has("--strict"),
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
