// The service lead's offline recovery key: 32 random bytes written once as 24 words of the
// BIP-39 English list (@scure/bip39, MIT, audited). Why words rather than base32 groups: the
// list was designed for writing down (every word is fixed by its first four letters, no two are
// near-homophones) and its built-in checksum catches a mistyped word before any decryption is
// tried. Only the console imports this file, so the word list never reaches the person's bundle.

import { entropyToMnemonic, mnemonicToEntropy } from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { type Bytes, ownBytes, randomBytes } from "./bytes";
import { ContactCryptoError } from "./errors";

export const RECOVERY_KEY_BYTES = 32;
export const RECOVERY_WORDS = 24;

export interface RecoveryKey {
  entropy: Bytes;
  words: string[];
}

export function generateRecoveryKey(): RecoveryKey {
  const entropy = randomBytes(RECOVERY_KEY_BYTES);
  return { entropy, words: entropyToMnemonic(entropy, wordlist).split(" ") };
}

/** Reads recovery words back (case, extra spaces and line breaks forgiven; checksum enforced). */
export function parseRecoveryWords(input: string): Bytes {
  const words = input
    .normalize("NFKD")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  if (words.length !== RECOVERY_WORDS) throw new ContactCryptoError("recovery_words", `a recovery key has ${RECOVERY_WORDS} words; this has ${words.length}`);
  const unknown = words.find((word) => !wordlist.includes(word));
  if (unknown !== undefined) throw new ContactCryptoError("recovery_words", `"${unknown}" is not a word of the recovery list`);
  try {
    return ownBytes(mnemonicToEntropy(words.join(" "), wordlist));
  } catch {
    throw new ContactCryptoError("recovery_words", "the recovery words do not add up (checksum): one word is probably wrong or out of order");
  }
}
