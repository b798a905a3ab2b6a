import { formatPath } from "../../engine";
import type { TextLeaf } from "./avoided-words";

/**
 * French puts a space before : ; ? ! » and after «. An ordinary space there lets the line break
 * before the mark (a lone "?" or ":" at the start of a line on a phone); the French files use
 * U+00A0 (or U+202F), and 30 intervention texts had slipped (translation review 2026-12).
 */
const ORDINARY_SPACE_AT_MARK = / [:;?!»]|« /u;

export function findBreakableFrenchSpaces(texts: readonly TextLeaf[]): { path: string; at: string }[] {
  const found: { path: string; at: string }[] = [];
  for (const leaf of texts) {
    const match = ORDINARY_SPACE_AT_MARK.exec(leaf.text);
    if (match !== null) found.push({ path: formatPath(leaf.path), at: match[0].trim() });
  }
  return found;
}
