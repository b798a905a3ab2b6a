// The shapes the row readers share, in their own file so that columns.ts and rows.ts need not
// import each other.
import type { CompiledDefinition } from "../../engine/compile";
import type { Evaluation } from "../../engine/compile-evaluate";
import type { Definition, Sex } from "../../engine/schema/definition";

/**
 * One response as read from the file. CSV rows come as cells in the header's order (no
 * per-row object keyed by column: that was most of the cost of a big file); JSON rows as
 * the parsed object.
 */
export type InputRow = {
  /** 1-based data row number (CSV: records after the header; JSON Lines: line number; JSON: array position). */
  row: number;
  cells?: readonly string[];
  /** CSV: a line without quotes, not yet split (see scoreLine). */
  line?: string;
  fields?: Readonly<Record<string, unknown>>;
  /** Set when the row could not even be read (wrong cell count, invalid JSON …). */
  error?: string;
};

export type RowResult = {
  row: number;
  id: string;
  /** Values of the --keep columns, in their order ("" when absent). */
  kept: string[];
  /** As used for scoring; empty when the definition does not ask for sex. */
  sex: Sex | "";
  /** True when context.evaluation holds this row's scores; valid until the next row is scored. */
  scored: boolean;
  /** Plain sentences; empty when the row scored. */
  errors: string[];
};

/** What every row of one run shares, worked out once from the definition. */
export type RowContext = {
  definition: Definition;
  compiled: CompiledDefinition;
  key: string;
  needsSex: boolean;
  /** --strict: refuse rows that answer items the skip logic hides, instead of counting those items 0. */
  strict: boolean;
  /** The --keep columns: copied to the output, never scored. */
  keep: readonly string[];
  items: ReadonlyMap<string, { options: readonly string[]; skippedBy: readonly string[] }>;
  /** Reused for every row (see RowResult.scored). */
  evaluation: Evaluation;
};
