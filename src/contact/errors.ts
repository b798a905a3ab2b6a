// One error type for the protocol so callers can tell "wrong code" from "tampered data"
// without parsing messages.

export type ContactCryptoErrorCode =
  | "code_format" // the pickup code is not 20 Crockford base32 characters
  | "code_check" // the check character does not match: a typo
  | "encoding" // a field is not canonical base64url or has the wrong length
  | "decrypt" // authentication failed: wrong key, or the data was changed
  | "padding" // the plaintext frame is malformed after a successful decryption
  | "too_long" // the message is longer than the protocol allows
  | "recovery_words"; // the recovery words are not a valid BIP-39 phrase

export class ContactCryptoError extends Error {
  constructor(
    readonly code: ContactCryptoErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ContactCryptoError";
  }
}
