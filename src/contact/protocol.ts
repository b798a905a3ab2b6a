// Fixed parameters of the contact protocol, version 1. Changing any of them is a new version:
// every label below is mixed into a key derivation or an AAD so that data made under one
// purpose can never be accepted under another.

export const PROTOCOL = "selfcheck-contact/v1";

/** Plaintexts are framed and padded to a multiple of this many bytes before encryption. */
export const PAD_BLOCK = 1024;
/** Largest padded plaintext: 32 blocks (32 KiB), room for about three A4 pages in any script. */
export const MAX_PADDED = 32 * PAD_BLOCK;
/** Largest message text in UTF-8 bytes (the 4-byte length prefix lives inside the padding). */
export const MAX_MESSAGE_BYTES = MAX_PADDED - 4;

export const AES_GCM_IV = 12;
export const AES_GCM_TAG = 16;
export const THREAD_KEY_BYTES = 32;
/** Uncompressed SEC1 P-256 point: the HPKE `enc` and the service's raw public key. */
export const P256_POINT_BYTES = 65;
export const MAILBOX_ID_BYTES = 16;
export const AUTH_KEY_BYTES = 32;

export const directions = ["person", "service"] as const;
export type Direction = (typeof directions)[number];

/**
 * The WebAuthn PRF input used by every console. One constant is enough: the authenticator's
 * PRF output is a secret per credential, so equal inputs still give each device its own KEK.
 */
export const PRF_INPUT_LABEL = `${PROTOCOL} prf-input`;
