import { RAISED } from "../../engine/compile-evaluate";
import { arithmeticOf, resultOf } from "../../engine/compile-result";
import { UsageError } from "../kit/errors";
import type { Format } from "./args";
import { neutraliseFormula, startsLikeFormula } from "./formula-cells";
import type { RowContext, RowResult } from "./rows";

/** Writes results in one format: a header, one chunk per row, a footer. */
export type Formatter = {
  header: string;
  row: (result: RowResult, first: boolean) => string;
  footer: string;
};

const NEEDS_QUOTES = /[",\r\n]/;

function csvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Items the skip logic hid that carry an answer anyway (counted 0), in item order. */
function skippedAnswered(context: RowContext): string[] {
  const e = context.evaluation;
  const ids: string[] = [];
  if (e.hiddenAnswered === 0) return ids;
  context.compiled.items.forEach((item, i) => {
    if (e.shown[i] === 0 && (e.choices[i] ?? -1) >= 0) ids.push(item.id);
  });
  return ids;
}

/**
 * CSV straight from the evaluation: every band id, tier and rule id is quoted once here, and
 * a row is one string concatenation (no result objects, no per-row searches).
 */
function csvFormatter(context: RowContext, hasIdColumn: boolean, allowFormulas: boolean): Formatter {
  // Cells copied from the responses file (id, --keep): see formula-cells.ts.
  const copied = allowFormulas ? csvCell : (value: string): string => (startsLikeFormula(value) ? neutraliseFormula(value) : csvCell(value));
  const { compiled } = context;
  const scoreIds = compiled.scores.map((scoreDef) => scoreDef.id);
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
    "skipped_answered",
    "skipped_points",
    "error",
  ];
  const clashes = context.keep.filter((name) => columns.indexOf(name) !== columns.lastIndexOf(name));
  if (clashes.length > 0) throw new UsageError(`--keep names ${clashes.join(", ")}, which is also a result column`);

  const key = csvCell(compiled.key);
  // Per score, per sex index, per band index: ",<band id>" and ",<referral tier>".
  const bandCells = compiled.scores.map((scoreDef) =>
    scoreDef.bands?.map((table) => table?.variant.bands.map((band) => ({ id: `,${csvCell(band.id)}`, tier: `,${csvCell(band.referralTier)}` })) ?? []),
  );
  const adjustmentIds = compiled.adjustments.map((adjustment) => csvCell(adjustment.id));
  const flagIds = compiled.flags.map((flag) => csvCell(flag.id));
  const emptyScores = ",,,,".repeat(scoreIds.length);
  // Empty rule, notice and skipped columns for a row that did not score.
  const emptyTail = ",,,,,";

  return {
    header: `${columns.map(csvCell).join(",")}\n`,
    footer: "",
    row(result) {
      let line = String(result.row);
      if (hasIdColumn) line += `,${copied(result.id)}`;
      for (const kept of result.kept) line += `,${copied(kept)}`;
      line += `,${key},${result.sex}`;
      if (!result.scored) return `${line}${emptyScores}${emptyTail},${csvCell(result.errors.join("; "))}\n`;
      const e = context.evaluation;
      let notice = false;
      for (let s = 0; s < scoreIds.length; s++) {
        const cells = bandCells[s]?.[e.sex];
        if (cells === undefined) {
          line += ",,,,"; // a score without bands has no outcome, as before
          continue;
        }
        const band = cells[e.band[s] ?? 0];
        line += `,${e.values[s] ?? ""}${band?.id ?? ","}${cells[e.bandFromCutoffs[s] ?? 0]?.id ?? ","}${band?.tier ?? ","}`;
        if (compiled.scores[s]?.bands?.[e.sex]?.noticeCutoffsOf !== undefined) notice = true;
      }
      let adjustments = "";
      for (let a = 0; a < adjustmentIds.length; a++) if (e.adjustments[a] === RAISED) adjustments += adjustments === "" ? adjustmentIds[a] : `;${adjustmentIds[a]}`;
      let flags = "";
      for (let f = 0; f < flagIds.length; f++) if (e.flags[f] === 1) flags += flags === "" ? flagIds[f] : `;${flagIds[f]}`;
      const skipped = e.hiddenAnswered === 0 ? "" : csvCell(skippedAnswered(context).join(";"));
      return `${line},${adjustments},${flags},${notice ? "sex-not-given-lower-cutoff" : ""},${skipped},${e.hiddenPoints},\n`;
    },
  };
}

/** The structured form of one result row, for .json and .jsonl output. */
export function jsonRow(context: RowContext, result: RowResult): object {
  const { compiled, keep } = context;
  const e = context.evaluation;
  const scored = result.scored ? resultOf(compiled, e, false) : undefined;
  return {
    row: result.row,
    id: result.id === "" ? null : result.id,
    ...(keep.length === 0 ? {} : { kept: Object.fromEntries(keep.map((name, i) => [name, result.kept[i] ?? ""])) }),
    questionnaire: compiled.key,
    sex: result.sex === "" ? null : result.sex,
    scores:
      scored === undefined
        ? null
        : Object.fromEntries(
            scored.scores.map((outcome) => {
              const scoreDef = compiled.scores.find((candidate) => candidate.id === outcome.id);
              return [
                outcome.id,
                {
                  value: outcome.value,
                  min: outcome.min,
                  max: outcome.max,
                  band: outcome.band.id,
                  bandFromCutoffs: outcome.bandFromCutoffs.id,
                  referralTier: outcome.referralTier,
                  arithmetic: scoreDef === undefined ? "" : arithmeticOf(compiled, e, scoreDef, outcome.value),
                },
              ];
            }),
          ),
    adjustments: scored?.adjustments ?? [],
    flags: scored?.flags.map((flag) => flag.id) ?? [],
    notices: scored?.notices ?? [],
    skippedAnswered: scored === undefined ? [] : skippedAnswered(context),
    skippedPoints: scored === undefined ? null : e.hiddenPoints,
    error: result.errors.length === 0 ? null : result.errors.join("; "),
  };
}

/** allowFormulas: copy id and --keep cells that begin like a spreadsheet formula unchanged (CSV only). */
export function formatterFor(format: Format, context: RowContext, hasIdColumn: boolean, allowFormulas = false): Formatter {
  if (format === "csv") return csvFormatter(context, hasIdColumn, allowFormulas);
  if (format === "jsonl") return { header: "", footer: "", row: (result) => `${JSON.stringify(jsonRow(context, result))}\n` };
  return {
    header: "[\n",
    footer: "\n]\n",
    row: (result, first) => `${first ? "" : ",\n"}${JSON.stringify(jsonRow(context, result))}`,
  };
}
