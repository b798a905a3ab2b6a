import { formatPath } from "../../engine";
import type { TextLeaf } from "./avoided-words";

/** Scripts written right to left (ISO 15924), for languages whose likely script is one of them. */
const RIGHT_TO_LEFT_SCRIPTS = new Set(["Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Mand", "Samr"]);

export function isRightToLeft(language: string): boolean {
  try {
    const script = new Intl.Locale(language).maximize().script;
    return script !== undefined && RIGHT_TO_LEFT_SCRIPTS.has(script);
  } catch {
    return false;
  }
}

/** LRI, RLI or FSI … PDI: text inside is laid out on its own and cannot be reordered with its neighbours. */
const ISOLATED = /[\u2066\u2067\u2068][^\u2066-\u2069]*\u2069/gu;

/**
 * A range of numbers joined by a dash other than the hyphen-minus: the en dash is a neutral
 * between two numbers, so the Unicode bidi algorithm (rule N1) lays "18–24" out right to left
 * and a reader sees "24–18". ({{min}}–{{max}} counts: the app puts numbers there.)
 */
const NUMBER_RANGE = /(?:\p{N}+|\{\{[^}]*\}\})\s*[\u2012-\u2015\u2212~]\s*(?:\p{N}+|\{\{[^}]*\}\})/u;

/**
 * Two or more Latin words in a row (a name, a credit, an English phrase): its inner spaces and
 * its final full stop take the right-to-left direction around them, so "… Toronto." shows as
 * ". … Toronto" and a wrapped line reorders the words. A single word (MDMA, THC, Esc) is fine.
 */
const WORD = String.raw`[\p{Script=Latin}\p{N}©(][\p{Script=Latin}\p{N}\-.'’&©)]*`;
const LATIN_RUN = new RegExp(String.raw`${WORD}(?:[\s,]+${WORD})+`, "gu");
const LATIN_LETTER = /\p{Script=Latin}/u;

function latinPhrase(text: string): string | undefined {
  for (const [run] of text.matchAll(LATIN_RUN)) {
    if (run.split(/[\s,]+/).filter((word) => LATIN_LETTER.test(word)).length >= 2) return run;
  }
  return undefined;
}

export type Unisolated = { path: string; run: string; kind: "range" | "latin" };

/**
 * The places in right-to-left text where a number range or a Latin phrase is not wrapped in a
 * directional isolate (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, or
 * U+2066/U+2067 … U+2069), so it would show reordered.
 */
export function findUnisolatedRuns(texts: readonly TextLeaf[]): Unisolated[] {
  const found: Unisolated[] = [];
  for (const leaf of texts) {
    // U+FFFC (object replacement) stands for the isolate: it joins neither a range nor a phrase.
    const outside = leaf.text.replace(ISOLATED, "\uFFFC");
    const range = NUMBER_RANGE.exec(outside);
    if (range !== null) found.push({ path: formatPath(leaf.path), run: range[0], kind: "range" });
    const latin = latinPhrase(outside);
    if (latin !== undefined) found.push({ path: formatPath(leaf.path), run: latin, kind: "latin" });
  }
  return found;
}
