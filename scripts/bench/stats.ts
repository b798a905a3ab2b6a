/** Median, min and max of a list of readings, and the table `npm run bench` prints. */
export type Spread = { median: number; min: number; max: number };

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error("bench: no readings");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number };
}

export type Unit = "KB" | "ms" | "MB" | "";

/**
 * One measure for both pages. `ratio` shows app ÷ hand-written (of the medians); `budget` is
 * the text of the budget cell, with whether it was met.
 */
export type Row = { label: string; unit: Unit; app: Spread; handwritten?: Spread; ratio?: boolean; budget?: { text: string; ok: boolean } };

export function format(value: number, unit: Unit): string {
  if (unit === "KB") return (value / 1024).toFixed(1);
  if (unit === "MB") return (value / 1024 / 1024).toFixed(1);
  if (unit === "ms" || Number.isInteger(value)) return value.toFixed(0);
  return value.toFixed(3);
}

export function ratioOf(row: Pick<Row, "app" | "handwritten">): number {
  return row.handwritten === undefined ? Number.NaN : row.app.median / row.handwritten.median;
}

function cell(s: Spread | undefined, unit: Unit): string {
  if (s === undefined) return "";
  const suffix = unit === "" ? "" : ` ${unit}`;
  const range = s.min === s.max ? "" : ` (${format(s.min, unit)} – ${format(s.max, unit)})`;
  return `${format(s.median, unit)}${suffix}${range}`;
}

/** A Markdown table (median, then min – max when they differ), so it can be pasted into the README as it is. */
export function table(rows: readonly Row[]): string {
  const lines = ["| measure | app `/mk/en/` | hand-written page | app ÷ hand-written | budget |", "| --- | --- | --- | --- | --- |"];
  for (const row of rows) {
    const ratio = row.ratio === true ? `${ratioOf(row).toFixed(2)}×` : "";
    const budget = row.budget === undefined ? "" : `${row.budget.ok ? "met" : "**MISSED**"}: ${row.budget.text}`;
    lines.push(`| ${row.label} | ${cell(row.app, row.unit)} | ${cell(row.handwritten, row.unit)} | ${ratio} | ${budget} |`);
  }
  return lines.join("\n");
}
