/** Median, min and max of a list of readings, and the table `npm run bench` prints. */
export type Spread = { median: number; min: number; max: number };

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error("bench: no readings");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number };
}

export type Row = { label: string; unit: "KB" | "ms" | "MB" | ""; spread: Spread; budget?: { limit: number; ok: boolean } };

function format(value: number, unit: Row["unit"]): string {
  if (unit === "KB") return (value / 1024).toFixed(1);
  if (unit === "MB") return (value / 1024 / 1024).toFixed(1);
  if (unit === "ms" || Number.isInteger(value)) return value.toFixed(0);
  return value.toFixed(3);
}

/** A Markdown table, so it can be pasted into the README as it is. */
export function table(rows: readonly Row[]): string {
  const lines = ["| measure | median | min – max | budget |", "| --- | --- | --- | --- |"];
  for (const { label, unit, spread: s, budget } of rows) {
    const suffix = unit === "" ? "" : ` ${unit}`;
    const limit = budget === undefined ? "" : `${budget.ok ? "met" : "MISSED"} (≤ ${format(budget.limit, unit)}${suffix})`;
    lines.push(`| ${label} | ${format(s.median, unit)}${suffix} | ${format(s.min, unit)} – ${format(s.max, unit)} | ${limit} |`);
  }
  return lines.join("\n");
}
