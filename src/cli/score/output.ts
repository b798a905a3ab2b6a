import { UsageError, type Format } from "./args";
import type { RowContext, RowResult } from "./rows";

/** Writes results in one format: a header, one chunk per row, a footer. */
export type Formatter = {
  header: string;
  row: (result: RowResult, first: boolean) => string;
  footer: string;
};

const NEEDS_QUOTES = /[",\r\n]/;

function csvCell(value: string | number): string {
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function csvFormatter(context: RowContext, hasIdColumn: boolean): Formatter {
  const scoreIds = context.definition.scores.map((scoreDef) => scoreDef.id);
  const columns = [
    "row",
    ...(hasIdColumn ? ["id"] : []),
    ...context.keep,
    "questionnaire",
    "sex",
    ...scoreIds.flatMap((id) => [id, `${id}_band`, `${id}_band_from_cutoffs`, `${id}_referral_tier`]),
    "adjustments",
    "flags",
    "notices",
    "error",
  ];
  const clashes = context.keep.filter((name) => columns.indexOf(name) !== columns.lastIndexOf(name));
  if (clashes.length > 0) throw new UsageError(`--keep names ${clashes.join(", ")}, which is also a result column`);
  return {
    header: `${columns.map(csvCell).join(",")}\n`,
    footer: "",
    row(result) {
      const cells: (string | number)[] = [result.row];
      if (hasIdColumn) cells.push(result.id);
      cells.push(...result.kept, result.questionnaire, result.sex);
      const scored = result.result;
      for (const id of scoreIds) {
        const outcome = scored?.scores.find((candidate) => candidate.id === id);
        cells.push(outcome?.value ?? "", outcome?.band.id ?? "", outcome?.bandFromCutoffs.id ?? "", outcome?.referralTier ?? "");
      }
      cells.push(
        scored?.adjustments.map((adjustment) => adjustment.id).join(";") ?? "",
        scored?.flags.map((flag) => flag.id).join(";") ?? "",
        unique(scored?.notices.map((notice) => notice.kind) ?? []).join(";"),
        result.errors.join("; "),
      );
      return `${cells.map(csvCell).join(",")}\n`;
    },
  };
}

/** The structured form of one result row, for .json and .jsonl output. */
export function jsonRow(result: RowResult, keep: readonly string[] = []): object {
  const scored = result.result;
  return {
    row: result.row,
    id: result.id === "" ? null : result.id,
    ...(keep.length === 0 ? {} : { kept: Object.fromEntries(keep.map((name, i) => [name, result.kept[i] ?? ""])) }),
    questionnaire: result.questionnaire,
    sex: result.sex === "" ? null : result.sex,
    scores:
      scored === undefined
        ? null
        : Object.fromEntries(
            scored.scores.map((outcome) => [
              outcome.id,
              {
                value: outcome.value,
                min: outcome.min,
                max: outcome.max,
                band: outcome.band.id,
                bandFromCutoffs: outcome.bandFromCutoffs.id,
                referralTier: outcome.referralTier,
                arithmetic: outcome.arithmetic,
              },
            ]),
          ),
    adjustments: scored?.adjustments ?? [],
    flags: scored?.flags.map((flag) => flag.id) ?? [],
    notices: scored?.notices ?? [],
    error: result.errors.length === 0 ? null : result.errors.join("; "),
  };
}

export function formatterFor(format: Format, context: RowContext, hasIdColumn: boolean): Formatter {
  if (format === "csv") return csvFormatter(context, hasIdColumn);
  if (format === "jsonl") return { header: "", footer: "", row: (result) => `${JSON.stringify(jsonRow(result, context.keep))}\n` };
  return {
    header: "[\n",
    footer: "\n]\n",
    row: (result, first) => `${first ? "" : ",\n"}${JSON.stringify(jsonRow(result, context.keep))}`,
  };
}
