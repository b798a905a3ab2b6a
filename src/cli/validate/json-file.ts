import { readFile } from "node:fs/promises";
import { decodeStrict, InvalidUtf8, lineOfOffset } from "../kit/utf8";

/** A notice is for people, not a problem: e.g. the services a country team still has to confirm. */
export type FileIssue = { file: string; severity: "error" | "warning" | "notice"; path: string; message: string };

/** Line and column of a character offset, for pointing at a syntax error. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/**
 * Deeper than this is refused before parsing: the content files nest about 10 levels (a
 * condition inside a condition …), and the checks after parsing walk the tree recursively, so
 * 1,500 levels ended in a raw "Maximum call stack size exceeded" with no file name.
 */
export const MAX_JSON_DEPTH = 100;

/** How deep arrays and objects nest in JSON text, counted without parsing (brackets inside strings are skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92)
        i++; // a backslash escapes the next character
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) deepest = Math.max(deepest, ++depth);
    else if (code === 125 || code === 93) depth--;
  }
  return deepest;
}

type Read = { ok: true; value: unknown; text: string; issues: FileIssue[] } | { ok: false; issue: FileIssue };

/**
 * Reads and parses a JSON file; a syntax error becomes an issue naming the line and column.
 * Invalid UTF-8 and a byte-order mark are each one error naming the file (and the byte), and the
 * file is still read (lossily, without the mark) so that its other checks do not report false
 * problems; the build refuses them too, since it runs these checks (scripts/vite/content-check.ts).
 */
export async function readJsonFile(file: string, displayName: string): Promise<Read> {
  const issues: FileIssue[] = [];
  const refuse = (message: string): { ok: false; issue: FileIssue } => ({ ok: false, issue: { file: displayName, severity: "error", path: "$", message } });
  let bytes: Buffer;
  try {
    const raw: Buffer | string = await readFile(file);
    bytes = typeof raw === "string" ? Buffer.from(raw) : raw;
  } catch (cause) {
    return refuse(`cannot read the file: ${(cause as Error).message}`);
  }
  let text: string;
  try {
    text = decodeStrict(bytes);
  } catch (cause) {
    if (!(cause instanceof InvalidUtf8)) throw cause;
    const line = lineOfOffset(bytes, cause.offset);
    issues.push({ file: displayName, severity: "error", path: "$", message: `not valid UTF-8 at line ${line} (byte ${cause.offset}): save the file as UTF-8` });
    text = bytes.toString("utf8");
  }
  if (text.charCodeAt(0) === 0xfeff) {
    issues.push({
      file: displayName,
      severity: "error",
      path: "$",
      message: "starts with a byte-order mark (U+FEFF): save the file as UTF-8 without BOM (the app reads some files as text, where the mark breaks JSON.parse)",
    });
    text = text.slice(1);
  }
  const depth = jsonDepth(text);
  if (depth > MAX_JSON_DEPTH) return refuse(`nested ${depth} levels deep; at most ${MAX_JSON_DEPTH} are read (content files need about 10)`);
  try {
    return { ok: true, value: JSON.parse(text) as unknown, text, issues };
  } catch (cause) {
    const message = (cause as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const where = position === undefined ? "" : (({ line, column }) => ` at line ${line}, column ${column}`)(lineAndColumn(text, Number(position)));
    return { ok: false, issue: { file: displayName, severity: "error", path: "$", message: `not valid JSON${where}: ${message.replace(/ at position \d+.*$/s, "")}` } };
  }
}
