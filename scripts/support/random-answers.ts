/**
 * Complete answer sets, valid under a definition's skip logic (built item by item with the
 * engine's nextItem), so every one must score: seeded random ones for the benchmarks, and the
 * walk itself for the property tests (tests/support/random-answers.ts).
 */
import { nextItem, type Definition } from "../../src/engine";

/** mulberry32: small, fast and seeded, so every run uses the same answer sets. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/**
 * Walks the questionnaire as a person would: each next shown item gets the option `choose`
 * picks (by index, given how many options it has), so skip logic is always respected.
 */
export function walkAnswers(definition: Definition, choose: (optionCount: number) => number): Record<string, string> {
  const answers: Record<string, string> = {};
  for (let item = nextItem(definition, answers); item !== null; item = nextItem(definition, answers)) {
    const option = item.options[choose(item.options.length) % item.options.length];
    if (option !== undefined) answers[item.id] = option.id;
  }
  return answers;
}

/** One random complete answer set: an option id for every item the skip logic shows. */
export function randomAnswers(definition: Definition, random: () => number): Record<string, string> {
  return walkAnswers(definition, (optionCount) => Math.floor(random() * optionCount));
}
