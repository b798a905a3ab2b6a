import { formatPath } from "../../engine";
import type { Glossary } from "./glossary-schema";

/** Letters, combining marks and digits: what counts as "inside a word" in any script. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** Lower case, with every run of white space as one space, so that a phrase is found across a line break. */
const fold = (text: string): string => text.toLowerCase().replace(/\s+/g, " ");

const isWordChar = (character: string | undefined): boolean => character !== undefined && WORD_CHAR.test(character);

/** The whole character (a surrogate pair counts as one) starting at, or ending just before, an index. */
function characterAt(text: string, index: number): string | undefined {
  const code = text.codePointAt(index);
  return code === undefined ? undefined : String.fromCodePoint(code);
}
function characterBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  const pair = index >= 2 && low >= 0xdc00 && low <= 0xdfff;
  return characterAt(text, index - (pair ? 2 : 1));
}

/**
 * Whether a text contains a word or phrase as a whole word, in any letter case and script: "user"
 * finds "User" and "user." but not "users" or "abuser". A plain search with a boundary check,
 * because V8 compiles each Unicode look-behind pattern slowly and there is one per avoided word.
 */
export function containsWord(text: string, word: string): boolean {
  return containsFoldedWord(fold(text), fold(word.trim()));
}

/** containsWord on text and word already folded: a glossary scan folds each text once, not once per word. */
function containsFoldedWord(haystack: string, needle: string): boolean {
  if (needle === "") return false;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordChar(characterBefore(haystack, at)) && !isWordChar(characterAt(haystack, at + needle.length))) return true;
  }
  return false;
}

/** What may stand just before a word that opens a sentence: nothing, the end of a sentence or an opening quotation mark. Not a colon: Serbian "…: što manje pijete, to…" is the correlative, not a question. */
const OPENS_SENTENCE = /(?:^|[.!?…]\s+|[„“"«(¿]\s*)$/u;

/** Whether a text has a word as a whole word at the start of a sentence, in any letter case. */
export function startsSentenceWith(text: string, word: string): boolean {
  const haystack = fold(text);
  const needle = fold(word.trim());
  if (needle === "") return false;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordChar(characterAt(haystack, at + needle.length)) && OPENS_SENTENCE.test(haystack.slice(0, at))) return true;
  }
  return false;
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

/** termId is the glossary term the word belongs to, or VARIANTS for a neighbouring standard's form. */
export type AvoidedWord = { path: string; word: string; termId: string };

export const VARIANTS = "variants";

/**
 * The places where a text uses a word its language's glossary says to avoid, minus the
 * exceptions the glossary records for this file (published instrument wording, names).
 */
export function findAvoidedWords(glossary: Glossary, file: string, texts: readonly TextLeaf[]): AvoidedWord[] {
  const words = [...glossary.terms.flatMap((term) => term.avoid.map((word) => ({ word, termId: term.id }))), ...(glossary.variants?.avoid ?? []).map((word) => ({ word, termId: VARIANTS }))].map(
    (entry) => ({ ...entry, folded: fold(entry.word.trim()) }),
  );
  const excepted = new Set((glossary.exceptions ?? []).filter((entry) => entry.file === file).map((entry) => `${entry.path}\u0000${entry.word.toLowerCase()}`));
  const found: AvoidedWord[] = [];
  for (const leaf of texts) {
    const path = formatPath(leaf.path);
    const haystack = fold(leaf.text);
    for (const { word, termId, folded } of words) {
      if (containsFoldedWord(haystack, folded) && !excepted.has(`${path}\u0000${word.toLowerCase()}`)) found.push({ path, word, termId });
    }
    for (const word of glossary.variants?.sentenceStart ?? []) {
      if (startsSentenceWith(leaf.text, word) && !excepted.has(`${path}\u0000${word.toLowerCase()}`)) found.push({ path, word, termId: VARIANTS });
    }
  }
  return found;
}
