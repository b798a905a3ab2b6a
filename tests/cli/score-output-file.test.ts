import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BoundedLines } from "../../src/cli/score/bounded-lines";
import { runScore } from "../../src/cli/score/command";
import { CsvRecords, MAX_RECORD } from "../../src/cli/score/csv-records";
import { diskFiles, type OutputFiles } from "../../src/cli/score/output-file";
import { InvalidUtf8, StrictUtf8 } from "../../src/cli/kit/utf8";
import { newOutput } from "../../src/cli/kit/run";
import { fixtures, tempDir } from "./support/run-score";

// The pieces behind tests/cli/score-survive.test.ts, in-process: a disk that fills up while the
// results are written, and the readers' bounds.

const { dir, write, cleanup } = tempDir("score-output-");
afterAll(cleanup);

/** Real files, except that the second write fails as a full disk does. */
function diskFullAfterOneWrite(): OutputFiles {
  return {
    ...diskFiles,
    async open(path) {
      const handle = await diskFiles.open(path);
      let writes = 0;
      return {
        ...handle,
        write: async (data) => {
          if (++writes === 2) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write" });
          return handle.write(data);
        },
      };
    },
  };
}

const rows = (count: number): string => {
  let text = "id,sex,q1,q2,q3\n";
  for (let row = 1; row <= count; row++) text += `p${row},male,sometimes,yes,b\n`;
  return text;
};

describe("score --out on a full disk", () => {
  it("gives one line and exit code 3, keeps the previous results file and leaves no temporary file", async () => {
    const input = write("in.csv", rows(20_000)); // more than one 64 KB chunk of output
    const out = join(dir, "results.csv");
    writeFileSync(out, "the previous results\n");
    const output = newOutput();
    const code = await runScore([input, "--questionnaire", "mini@1.0.0", "--questionnaires-dir", fixtures, "--out", out], output, diskFullAfterOneWrite());
    expect(code).toBe(3);
    expect(output.err).toEqual([`score: cannot write ${out}: no space left on device (ENOSPC); nothing was written`]);
    expect(readFileSync(out, "utf8")).toBe("the previous results\n");
    expect(readdirSync(dir).sort()).toEqual(["in.csv", "results.csv"]);
  });

  it("writes the whole file when the disk has room (the same run, real writes)", async () => {
    const input = write("in2.csv", rows(20_000));
    const out = join(dir, "results2.csv");
    const code = await runScore([input, "--questionnaire", "mini@1.0.0", "--questionnaires-dir", fixtures, "--out", out], newOutput());
    expect(code).toBe(0);
    expect(readFileSync(out, "utf8").trimEnd().split("\n")).toHaveLength(20_001);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});

describe("readers hold at most MAX_RECORD characters of a line", () => {
  it("CsvRecords refuses an over-long record as soon as it is too long, then reads the next line", () => {
    const records: (string[] | string)[] = [];
    const reader = new CsvRecords((cells, _line, error) => records.push(cells ?? `error: ${error ?? ""}`));
    reader.push("a,b\n");
    const piece = "x".repeat(1 << 16);
    for (let i = 0; i <= MAX_RECORD / piece.length; i++) reader.push(piece);
    // Refused before the line ends: nothing more of it is held.
    expect(records).toEqual([["a", "b"], expect.stringMatching(/^error: a record longer than 1048576 characters/)]);
    reader.push(`${piece}\nc,d\n`);
    reader.end();
    expect(records.slice(2)).toEqual([["c", "d"]]);
  });

  it("BoundedLines does the same for JSON Lines", () => {
    const lines: (string | undefined)[] = [];
    const reader = new BoundedLines(10, (line) => lines.push(line));
    reader.push("{}\r\n12345");
    reader.push("678901");
    expect(lines).toEqual(["{}", undefined]);
    reader.push("234\nlast");
    reader.end();
    expect(lines).toEqual(["{}", undefined, "last"]);
  });
});

describe("StrictUtf8", () => {
  it("joins a character split between pieces and names the offset of a bad byte", () => {
    const decoder = new StrictUtf8();
    const bytes = Buffer.from("ab\u00e9\u20ac", "utf8"); // a b é (2 bytes) € (3 bytes)
    expect(decoder.push(bytes.subarray(0, 3), () => undefined) + decoder.push(bytes.subarray(3), () => undefined)).toBe("ab\u00e9\u20ac");
    let before = "";
    expect(() => decoder.push(Buffer.from([0x78, 0xe2, 0x82, 0x41]), (text) => (before = text))).toThrow(new InvalidUtf8(bytes.length + 1));
    expect(before).toBe("x");
  });

  it("refuses a sequence left unfinished at the end of the file", () => {
    const decoder = new StrictUtf8();
    expect(decoder.push(Buffer.from([0x61, 0xe2, 0x82]), () => undefined)).toBe("a");
    expect(() => decoder.end()).toThrow(InvalidUtf8);
  });
});
