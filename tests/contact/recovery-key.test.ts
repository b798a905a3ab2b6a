import { describe, expect, it } from "vitest";
import { generateRecoveryKey, parseRecoveryWords } from "../../src/contact/recovery-key";

describe("recovery key", () => {
  it("is 32 bytes written as 24 words and read back forgivingly", () => {
    const key = generateRecoveryKey();
    expect(key.entropy).toHaveLength(32);
    expect(key.words).toHaveLength(24);
    const typed = key.words.map((w, i) => (i % 2 ? w.toUpperCase() : w)).join(i18nBreak());
    expect(parseRecoveryWords(typed)).toEqual(key.entropy);
  });

  it("matches the BIP-39 reference vector for 32 zero bytes", () => {
    // Trezor's BIP-39 vectors (github.com/trezor/python-mnemonic vectors.json): 00…00 (32 bytes).
    const words = `${"abandon ".repeat(23)}art`;
    expect(parseRecoveryWords(words)).toEqual(new Uint8Array(32));
  });

  it("refuses a wrong count, an unknown word and a broken checksum", () => {
    const { words } = generateRecoveryKey();
    expect(() => parseRecoveryWords(words.slice(1).join(" "))).toThrow(/24 words; this has 23/);
    expect(() => parseRecoveryWords(["zzzz", ...words.slice(1)].join(" "))).toThrow(/"zzzz" is not a word/);
    expect(() => parseRecoveryWords(`${"abandon ".repeat(23)}abandon`)).toThrow(/checksum/);
  });
});

function i18nBreak(): string {
  return "  \n";
}
