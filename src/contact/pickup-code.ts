// The person's pickup code: 19 random Crockford base32 symbols (95 bits) and one Luhn mod 32
// check symbol, shown as five groups of four ("K7QM-3XD9-…"). It is the only key to a thread.
// Crockford's alphabet leaves out I, L, O and U so that the code survives reading aloud and
// handwriting; on input we forgive case, dashes, spaces and look-alike letters from other scripts.

import { ContactCryptoError } from "./errors";

export const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_DATA_SYMBOLS = 19;
export const CODE_SYMBOLS = CODE_DATA_SYMBOLS + 1;
/** Entropy of a pickup code in bits (5 bits per random symbol). */
export const CODE_ENTROPY_BITS = CODE_DATA_SYMBOLS * 5;

const values = new Map([...CROCKFORD].map((char, index) => [char, index] as const));

// Letters people confuse with Crockford symbols: Crockford's own rules (O→0, I/L→1) and
// Cyrillic and Greek capitals that look like Latin ones (a Macedonian or Greek keyboard).
const confusables: Record<string, string> = {
  O: "0",
  I: "1",
  L: "1",
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "0",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
  Ѕ: "S",
  Ј: "J",
  І: "1",
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "1",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "0",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
};

/** Luhn mod N (N = 32) over symbol values, rightmost symbol doubled first. */
function luhnSum(symbols: readonly number[], doubleFirst: boolean): number {
  let factor = doubleFirst ? 2 : 1;
  let sum = 0;
  for (let i = symbols.length - 1; i >= 0; i--) {
    const addend = factor * (symbols[i] ?? 0);
    sum += Math.floor(addend / 32) + (addend % 32);
    factor = factor === 2 ? 1 : 2;
  }
  return sum % 32;
}

export function checkSymbol(data: readonly number[]): number {
  return (32 - luhnSum(data, true)) % 32;
}

/** Groups a canonical 20-symbol code as XXXX-XXXX-XXXX-XXXX-XXXX. */
export function formatPickupCode(canonical: string): string {
  return canonical.match(/.{1,4}/g)?.join("-") ?? canonical;
}

/** Makes a new pickup code (grouped for display) from the platform's CSPRNG. */
export function generatePickupCode(): string {
  // 256 is a multiple of 32, so masking a random byte gives a uniform symbol.
  const data = [...crypto.getRandomValues(new Uint8Array(CODE_DATA_SYMBOLS))].map((byte) => byte & 31);
  const symbols = [...data, checkSymbol(data)];
  return formatPickupCode(symbols.map((value) => CROCKFORD[value]).join(""));
}

/**
 * Turns what a person typed into the canonical 20-symbol code, or throws a ContactCryptoError:
 * `code_format` when it is not 20 symbols of the alphabet, `code_check` when a symbol is wrong.
 */
export function normalisePickupCode(input: string): string {
  const folded = [...input.normalize("NFKC").toUpperCase()]
    .filter((char) => !/[\s\-‐‑‒–—―_.·]/u.test(char))
    .map((char) => confusables[char] ?? char)
    .join("");
  if (folded.length !== CODE_SYMBOLS || [...folded].some((char) => !values.has(char))) {
    throw new ContactCryptoError("code_format", `a pickup code has ${CODE_SYMBOLS} letters and digits; this has ${folded.length}`);
  }
  const symbols = [...folded].map((char) => values.get(char) ?? 0);
  if (luhnSum(symbols, false) !== 0) {
    throw new ContactCryptoError("code_check", "the pickup code's check symbol does not match: one letter or digit is probably mistyped");
  }
  return folded;
}

/** True when the input normalises to a valid code (for live form feedback). */
export function isPickupCode(input: string): boolean {
  try {
    normalisePickupCode(input);
    return true;
  } catch {
    return false;
  }
}
