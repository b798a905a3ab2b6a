/**
 * What the fuzz tests share: one seed for the whole run, printed and overridable, so that any
 * failure can be replayed exactly with FUZZ_SEED=<seed> npx vitest run <file>.
 */

const DEFAULT_SEED = 20261206;

/** The seed from FUZZ_SEED, or a fixed default; anything but a whole number is refused, not guessed at. */
export function fuzzSeed(): number {
  const given = process.env["FUZZ_SEED"];
  if (given === undefined || given.trim() === "") return DEFAULT_SEED;
  const seed = Number(given);
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be a whole number, got "${given}"`);
  return seed;
}

export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [0, below). */
  below(below: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
};

/**
 * mulberry32: a 32-bit generator that is small, fast and the same on every platform, which is
 * all a fuzz test needs (Math.random cannot be seeded).
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (limit: number): number => Math.floor(next() * limit);
  return {
    next,
    below,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[below(items.length)] as T;
    },
    chance: (probability) => next() < probability,
  };
}
