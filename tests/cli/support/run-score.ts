import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnCli, type CliResult } from "../../support/cli";

// Runs `npm run score` as a child process, as a researcher would (node + tsx, no npm wrapper),
// through the one child-process runner of tests/support/cli.ts.

export const root = fileURLToPath(new URL("../../..", import.meta.url));
export const fixtures = join(root, "tests/fixtures/score/questionnaires");

export type Run = CliResult;

/** A fresh temporary folder; call the returned cleanup in afterAll. */
export function tempDir(prefix: string): { dir: string; write: (name: string, text: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Starts the CLI; `onStdout` sees output as it arrives (for the streaming test). */
export function runScore(args: string[], onStdout?: (soFar: string) => void): Promise<Run> {
  return spawnCli("score.ts", args, onStdout);
}

/** Runs with the test fixtures as the questionnaires folder. */
export function runFixture(input: string, questionnaire: string, ...more: string[]): Promise<Run> {
  return runScore([input, "--questionnaire", questionnaire, "--questionnaires-dir", fixtures, ...more]);
}

/** Parses the CLI's CSV output (quoted cells are unquoted; no cell holds a line break in these tests). */
export function rowsOf(csv: string): Record<string, string>[] {
  const [header = "", ...lines] = csv.trimEnd().split("\n");
  const columns = header.split(",");
  return lines.map((line) => {
    const cells: string[] = [];
    for (const match of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
      const cell = match[1] ?? "";
      cells.push(cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell);
      if (match[2] === "") break;
    }
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ""]));
  });
}
