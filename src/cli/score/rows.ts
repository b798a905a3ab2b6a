import {
  conditionReferences,
  questionnaireKey,
  score,
  SEX_VALUES,
  type Definition,
  type ScoringProblem,
  type ScoringResult,
  type Sex,
} from "../../engine";
import { UsageError } from "./args";

/** One response as read from the file: column (or key) -> raw value. */
export type InputRow = {
  /** 1-based data row number (CSV: records after the header; JSON Lines: line number; JSON: array position). */
  row: number;
  fields: Readonly<Record<string, unknown>>;
  /** Set when the row could not even be read (wrong cell count, invalid JSON …). */
  error?: string;
};

export type RowResult = {
  row: number;
  id: string;
  /** Values of the --keep columns, in their order ("" when absent). */
  kept: string[];
  questionnaire: string;
  /** As used for scoring; empty when the definition does not ask for sex. */
  sex: Sex | "";
  result?: ScoringResult;
  /** Plain sentences; empty when the row scored. */
  errors: string[];
};

/** What every row of one run shares, worked out once from the definition. */
export type RowContext = {
  definition: Definition;
  key: string;
  needsSex: boolean;
  /** The --keep columns: copied to the output, never scored. */
  keep: readonly string[];
  items: ReadonlyMap<string, { options: readonly string[]; skippedBy: readonly string[] }>;
};

export function rowContext(definition: Definition, keep: readonly string[] = []): RowContext {
  const items = new Map(
    definition.items.map((item) => [
      item.id,
      {
        options: item.options.map((option) => option.id),
        skippedBy: item.showIf === undefined ? [] : [...new Set(conditionReferences(item.showIf).items.map((ref) => ref.itemId))],
      },
    ]),
  );
  const clashes = keep.filter((name) => name === "sex" || items.has(name));
  if (clashes.length > 0) throw new UsageError(`--keep names ${clashes.join(", ")}, which ${questionnaireKey(definition)} reads as answers or profile`);
  return { definition, key: questionnaireKey(definition), needsSex: definition.profile.includes("sex"), keep, items };
}

const SEX_LIST = SEX_VALUES.join(", ");

function text(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** A plain sentence naming the item and option, for stderr and the error column. */
export function describeProblem(context: RowContext, problem: ScoringProblem): string {
  switch (problem.code) {
    case "unknown-item":
      return `${problem.itemId} is not an item of ${context.key}`;
    case "unknown-option": {
      const options = context.items.get(problem.itemId)?.options.join(", ") ?? "";
      return `${problem.itemId} has no option "${problem.optionId}" (its options are: ${options})`;
    }
    case "answer-to-hidden-item": {
      const by = context.items.get(problem.itemId)?.skippedBy.join(", ") ?? "";
      return `${problem.itemId} is answered but must be left empty: the answer to ${by || "an earlier item"} skips it`;
    }
    case "missing-answer":
      return `${problem.itemId} has no answer`;
    case "missing-profile":
      return `${problem.field} is missing`;
    case "invalid-profile":
      return `${problem.field} "${problem.value}" is not one of: ${SEX_LIST}`;
    case "no-band":
      return `score ${problem.score} = ${problem.value} falls in no band of ${context.key} (a definition error)`;
  }
}

/** Turns one input row into answers and a profile, scores it, and says in words what is wrong if anything is. */
export function scoreRow(context: RowContext, input: InputRow): RowResult {
  const fields = input.fields;
  const id = text(fields["id"]) ?? "";
  const kept = context.keep.map((name) => text(fields[name]) ?? "");
  const base = { row: input.row, id, kept, questionnaire: context.key };
  if (input.error !== undefined) return { ...base, sex: "", errors: [input.error] };

  const errors: string[] = [];
  let sex: Sex | "" = "";
  if (context.needsSex) {
    const rawSex = text(fields["sex"]);
    if (rawSex === undefined) sex = "not-given";
    else if ((SEX_VALUES as readonly string[]).includes(rawSex)) sex = rawSex as Sex;
    else errors.push(`sex "${rawSex}" is not one of: ${SEX_LIST} (or empty when not given)`);
  }

  const answers: Record<string, string> = {};
  let unknown: string[] | undefined;
  for (const key in fields) {
    if (key === "id" || key === "sex" || context.keep.includes(key)) continue;
    const value = fields[key];
    if (!context.items.has(key)) (unknown ??= []).push(key);
    else if (typeof value === "string") {
      if (value !== "") answers[key] = value;
    } else if (value !== undefined && value !== null) errors.push(`${key} must be an option id (text), not ${JSON.stringify(value)}`);
  }
  if (unknown !== undefined) errors.push(`unknown ${unknown.length === 1 ? "key" : "keys"} ${unknown.join(", ")}: not items of ${context.key}`);

  // An invalid sex was reported above; score with "not-given" so that answer problems are reported too.
  const outcome = score(context.definition, answers, context.needsSex ? { sex: sex === "" ? "not-given" : sex } : {});
  if (!outcome.ok) for (const problem of outcome.problems) errors.push(describeProblem(context, problem));
  if (errors.length > 0 || !outcome.ok) return { ...base, sex, errors };
  return { ...base, sex, result: outcome.result, errors };
}
