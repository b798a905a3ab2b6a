import { readFile } from "node:fs/promises";

/** A notice is for people, not a problem: e.g. the services a country team still has to confirm. */
export type FileIssue = { file: string; severity: "error" | "warning" | "notice"; path: string; message: string };

/** Line and column of a character offset, for pointing at a syntax error. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** Reads and parses a JSON file; a syntax error becomes an issue naming the line and column. */
export async function readJsonFile(file: string, displayName: string): Promise<{ ok: true; value: unknown; text: string } | { ok: false; issue: FileIssue }> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    return { ok: false, issue: { file: displayName, severity: "error", path: "$", message: `cannot read the file: ${(cause as Error).message}` } };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown, text };
  } catch (cause) {
    const message = (cause as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const where = position === undefined ? "" : (({ line, column }) => ` at line ${line}, column ${column}`)(lineAndColumn(text, Number(position)));
    return { ok: false, issue: { file: displayName, severity: "error", path: "$", message: `not valid JSON${where}: ${message.replace(/ at position \d+.*$/s, "")}` } };
  }
}
