// From the pickup code to the three things the phone needs, with HKDF-SHA256 (RFC 5869):
//  - mailboxId: names the thread on the server (it is also the thread id bound into every AAD);
//  - authKey: proves ownership; the server keeps only SHA-256(authKey) (the "verifier");
//  - wrapKey: AES-256-GCM key that wraps the thread key for the person; never leaves the phone.
// The code has 95 bits of entropy, so a fast KDF is enough: no password stretching needed.

import type { WebCryptoKey } from "./webcrypto";
import { type Bytes, toBase64Url, utf8 } from "./bytes";
import { normalisePickupCode } from "./pickup-code";
import { AUTH_KEY_BYTES, MAILBOX_ID_BYTES, PROTOCOL } from "./protocol";

export interface CodeKeys {
  /** base64url, 22 characters. */
  mailboxId: string;
  /** base64url, 43 characters: sent as a bearer token to read, reply and delete. */
  authKey: string;
  /** base64url SHA-256 of the auth key bytes: sent once, when the thread is created. */
  authVerifier: string;
  wrapKey: WebCryptoKey;
}

export async function hkdf(ikm: Bytes, salt: string, info: string, bytes: number): Promise<Bytes> {
  const base = await crypto.subtle.importKey("raw", ikm, "HKDF", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: utf8(salt), info: utf8(info) }, base, bytes * 8);
  return new Uint8Array(bits);
}

export async function sha256(bytes: Bytes): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
}

/** Derives the keys from a code as typed (it is normalised first; throws on a bad code). */
export async function deriveCodeKeys(code: string): Promise<CodeKeys> {
  const ikm = utf8(normalisePickupCode(code));
  const salt = `${PROTOCOL} pickup-code`;
  const [mailbox, auth, wrap] = await Promise.all([hkdf(ikm, salt, "mailbox-id", MAILBOX_ID_BYTES), hkdf(ikm, salt, "auth-key", AUTH_KEY_BYTES), hkdf(ikm, salt, "wrap-key", 32)]);
  const wrapKey = await crypto.subtle.importKey("raw", wrap, "AES-GCM", false, ["encrypt", "decrypt"]);
  return { mailboxId: toBase64Url(mailbox), authKey: toBase64Url(auth), authVerifier: toBase64Url(await sha256(auth)), wrapKey };
}
