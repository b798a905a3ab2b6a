import { conditionReferences } from "../../engine/conditions";
import { compileDefinition } from "../../engine/compile";
import { evaluate, newEvaluation } from "../../engine/compile-evaluate";
import { readAnswers } from "../../engine/compile-score";
import { SEX_VALUES } from "../../engine/profile-values";
import { score } from "../../engine/score";
import { questionnaireKey } from "../../engine/keys";
import type { Definition, Sex } from "../../engine/schema/definition";
import type { InputRow, RowContext, RowResult } from "./row-types";
import type { ScoringProblem } from "../../engine/types";
import { UsageError } from "../kit/errors";
import { optionOf, type Columns } from "./columns";

export type { InputRow, RowContext, RowResult } from "./row-types";

export const NOT_GIVEN = SEX_VALUES.indexOf("not-given");
/** Shared by every row that has none, so a million rows do not make a million empty arrays (never changed). */
export const NONE: string[] = [];

export function rowContext(definition: Definition, keep: readonly string[] = [], strict = false): RowContext {
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
  const compiled = compileDefinition(definition);
  return { definition, compiled, key: compiled.key, needsSex: compiled.needsSex, strict, keep, items, evaluation: newEvaluation(compiled) };
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

/** The sex a row is scored with: its index in SEX_VALUES, or -1 when the value is not one. */
function sexIndex(context: RowContext, raw: string | undefined): number {
  if (!context.needsSex || raw === undefined) return NOT_GIVEN;
  return (SEX_VALUES as readonly string[]).indexOf(raw);
}

export function sexOutput(context: RowContext, index: number): Sex | "" {
  return context.needsSex ? (SEX_VALUES[index] ?? "") : "";
}

/** Scores a CSV row straight from its cells; rows that do not score go to the slow path for their problems in words. */
export function scoreCells(context: RowContext, columns: Columns, input: InputRow): RowResult {
  const cells = input.cells ?? [];
  const id = cells[columns.id] ?? "";
  const kept = columns.keep.length === 0 ? NONE : columns.keep.map((column) => cells[column] ?? "");
  if (input.error !== undefined) return { row: input.row, id, kept, sex: "", scored: false, errors: [input.error] };
  if (cells.length !== columns.header.length) {
    return { row: input.row, id, kept, sex: "", scored: false, errors: [`the row has ${cells.length} cells, but the header has ${columns.header.length} columns`] };
  }
  const e = context.evaluation;
  const rawSex = columns.sex < 0 ? undefined : cells[columns.sex] || undefined;
  e.sex = sexIndex(context, rawSex);
  e.choices.fill(-1);
  let readable = e.sex >= 0;
  for (let c = 0; c < cells.length && readable; c++) {
    const item = columns.item[c] ?? -1;
    const cell = cells[c] ?? "";
    if (item < 0 || cell === "") continue;
    const option = optionOf(columns.options[c] ?? [], cell);
    if (option < 0) readable = false;
    else e.choices[item] = option;
  }
  if (readable && evaluate(context.compiled, e, !context.strict)) return { row: input.row, id, kept, sex: sexOutput(context, e.sex), scored: true, errors: NONE };
  const fields: Record<string, string> = {};
  columns.header.forEach((name, i) => (fields[name] = cells[i] ?? ""));
  return slowPath(context, input.row, fields, id, kept);
}

/** Scores a JSON row (an object of item ids to option ids, plus id, sex and --keep keys). */
export function scoreFields(context: RowContext, input: InputRow): RowResult {
  const fields = input.fields ?? {};
  const id = text(fields["id"]) ?? "";
  const kept = context.keep.map((name) => text(fields[name]) ?? "");
  if (input.error !== undefined) return { row: input.row, id, kept, sex: "", scored: false, errors: [input.error] };
  const e = context.evaluation;
  e.sex = sexIndex(context, text(fields["sex"]));
  const answers: Record<string, string> = {};
  let readable = e.sex >= 0;
  for (const key in fields) {
    if (key === "id" || key === "sex" || context.keep.includes(key)) continue;
    const value = fields[key];
    if (typeof value === "string") {
      if (value !== "") answers[key] = value;
    } else if (value !== undefined && value !== null) readable = false;
  }
  if (readable && readAnswers(context.compiled, e, answers) && evaluate(context.compiled, e, !context.strict)) {
    return { row: input.row, id, kept, sex: sexOutput(context, e.sex), scored: true, errors: [] };
  }
  return slowPath(context, input.row, fields, id, kept);
}

/**
 * A row that did not score on the quick path: score() says what is wrong, in the same words
 * as before the compiled scorer existed. Without --strict, answers to hidden items are no
 * error; if nothing else is wrong, the row is scored without them.
 */
function slowPath(context: RowContext, row: number, fields: Readonly<Record<string, unknown>>, id: string, kept: string[]): RowResult {
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
  if (!outcome.ok) {
    for (const problem of outcome.problems) {
      if (problem.code !== "answer-to-hidden-item" || context.strict) errors.push(describeProblem(context, problem));
    }
  }
  if (errors.length > 0) return { row, id, kept, sex, scored: false, errors };
  // Only answers to hidden items stood in the way (no --strict): score the rest; they count 0.
  const e = context.evaluation;
  e.sex = sexIndex(context, sex === "" ? undefined : sex);
  if (readAnswers(context.compiled, e, answers) && evaluate(context.compiled, e, true)) return { row, id, kept, sex, scored: true, errors: [] };
  // score() and the compiled scorer disagree: never guess, say so.
  return { row, id, kept, sex, scored: false, errors: ["internal error: this row could not be scored; please report it with the row"] };
}
