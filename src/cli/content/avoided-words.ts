import { formatPath } from "../../engine";
import type { Glossary } from "./glossary-schema";

/** Letters, combining marks and digits: what counts as "inside a word" in any script. */
const WORD_CHAR = "[\\p{L}\\p{M}\\p{N}]";

/**
 * A case-insensitive, Unicode-aware whole-word pattern: "user" finds "User" and "user." but not
 * "users" or "abuser"; "substance abuse" also finds it across a line break or double space.
 */
export function wordPattern(word: string): RegExp {
  const escaped = word
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\s+/g, "\\s+");
  return new RegExp(`(?<!${WORD_CHAR})${escaped}(?!${WORD_CHAR})`, "iu");
}

export type TextLeaf = { path: (string | number)[]; text: string };

/** Every string in a JSON value with its path, skipping the top-level keys given. */
export function textLeaves(value: unknown, skipTopLevel: readonly string[] = [], path: (string | number)[] = []): TextLeaf[] {
  if (typeof value === "string") return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((child, index) => textLeaves(child, [], [...path, index]));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value)
    .filter(([key]) => !(path.length === 0 && skipTopLevel.includes(key)))
    .flatMap(([key, child]) => textLeaves(child, [], [...path, key]));
}

export type AvoidedWord = { path: string; word: string; termId: string };

/**
 * The places where a text uses a word its language's glossary says to avoid, minus the
 * exceptions the glossary records for this file (published instrument wording, names).
 */
export function findAvoidedWords(glossary: Glossary, file: string, texts: readonly TextLeaf[]): AvoidedWord[] {
  const patterns = glossary.terms.flatMap((term) => term.avoid.map((word) => ({ word, termId: term.id, pattern: wordPattern(word) })));
  const excepted = new Set((glossary.exceptions ?? []).filter((entry) => entry.file === file).map((entry) => `${entry.path}\u0000${entry.word.toLowerCase()}`));
  const found: AvoidedWord[] = [];
  for (const leaf of texts) {
    const path = formatPath(leaf.path);
    for (const { word, termId, pattern } of patterns) {
      if (pattern.test(leaf.text) && !excepted.has(`${path}\u0000${word.toLowerCase()}`)) found.push({ path, word, termId });
    }
  }
  return found;
}
