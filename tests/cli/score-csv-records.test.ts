import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CsvRecords } from "../../src/cli/score/csv-records";
import { prng } from "../../scripts/support/random-answers";

// The scoring CLI's own CSV reader (src/cli/score/csv-records.ts) must read files as csv-parse
// with the options the CLI used before did. Both read 10,000 generated texts built from what
// research files hold: plain cells, cells with spaces or tabs around them, quoted cells (with
// commas, doubled quotes, line breaks), empty lines, a BOM, "\n" or "\r\n" line breaks, and
// broken quoting (a quote inside a plain cell, a quoted cell left open). The records must be
// the same; every error we report must be one csv-parse reports (line numbers aside: csv-parse
// counts each "\r\n" as two lines).

const OPTIONS = { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true, skip_records_with_error: true } as const;

function theirs(text: string): { records: string[][]; errors: string[] } {
  const errors: string[] = [];
  const parsed = parse(text, { ...OPTIONS, on_skip: (error) => void errors.push(error?.message ?? "") }) as unknown as { record: string[] }[];
  return { records: parsed.map((entry) => entry.record), errors };
}

function ours(text: string, pieces: number[]): { records: string[][]; lines: number[]; errors: string[] } {
  const records: string[][] = [];
  const lines: number[] = [];
  const errors: string[] = [];
  const reader = new CsvRecords((cells, line, error) => {
    if (cells === undefined) errors.push(error ?? "");
    else {
      records.push(cells);
      lines.push(line);
    }
  });
  // Fed in small pieces, so that records and "\r\n" pairs are split between chunks.
  let at = 0;
  for (const size of pieces) {
    reader.push(text.slice(at, at + size));
    at += size;
  }
  reader.push(text.slice(at));
  reader.end();
  return { records, lines, errors };
}

const withoutLine = (message: string): string => message.replace(/at line \d+/, "at line N");

function generated(random: () => number): { text: string; pieces: number[] } {
  const plain = ["never", "a", "x y", "", "daily", "é"];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const cell = (): string => {
    const kind = random();
    const pad = (text: string): string => `${pick(["", "", " ", "\t"])}${text}${pick(["", "", " ", "\t"])}`;
    if (kind < 0.6) return pad(pick(plain));
    if (kind < 0.85) return pad(`"${pick(["a", "a,b", 'say ""hi""', "two\nlines", ""])}"`);
    if (kind < 0.95) return `ne"ver`;
    return `"open`;
  };
  const lines: string[] = [];
  const count = 1 + Math.floor(random() * 5);
  for (let i = 0; i < count; i++) lines.push(random() < 0.1 ? pick(["", "  "]) : Array.from({ length: 1 + Math.floor(random() * 4) }, cell).join(","));
  const newline = random() < 0.5 ? "\n" : "\r\n";
  const text = `${random() < 0.1 ? "\uFEFF" : ""}${lines.join(newline)}${random() < 0.7 ? newline : ""}`.replaceAll("\n", newline).replaceAll("\r\r\n", "\r\n");
  return { text, pieces: Array.from({ length: 4 }, () => 1 + Math.floor(random() * 6)) };
}

describe("the scoring CLI's CSV reader", () => {
  it("reads 10,000 generated texts as csv-parse does", () => {
    const random = prng(7);
    let withErrors = 0;
    for (let n = 0; n < 10_000; n++) {
      const { text, pieces } = generated(random);
      const expected = theirs(text);
      const actual = ours(text, pieces);
      if (JSON.stringify(actual.records) !== JSON.stringify(expected.records)) expect({ text, records: actual.records }).toEqual({ text, records: expected.records });
      const expectedErrors = expected.errors.map(withoutLine);
      // expect() only on a difference: 10,000 texts of expect calls would cost most of the test's time.
      const known = actual.errors.every((error) => expectedErrors.includes(withoutLine(error)));
      if (!known || actual.errors.length > 0 !== expected.errors.length > 0) expect({ text, errors: actual.errors }).toEqual({ text, errors: expected.errors });
      if (actual.errors.length > 0) withErrors++;
    }
    // The generator must really produce broken texts too, or the error half tests nothing.
    expect(withErrors).toBeGreaterThan(1_000);
  }, 30_000);

  it("numbers records by the line they start on, counting empty lines and line breaks inside quotes", () => {
    const { records, lines } = ours('id,q1\n\np1,"a\nb"\r\np2,x\n', [3]);
    expect(records).toEqual([
      ["id", "q1"],
      ["p1", "a\nb"],
      ["p2", "x"],
    ]);
    expect(lines).toEqual([1, 3, 5]);
  });

  it("reads a file whose line breaks are a lone \\r", () => {
    expect(ours("id,q1\rp1,a\r\rp2,b", [2, 5]).records).toEqual([
      ["id", "q1"],
      ["p1", "a"],
      ["p2", "b"],
    ]);
  });
});
