// A service key's fingerprint: SHA-256 over the raw (uncompressed SEC1) public key, written as
// 16 groups of 4 upper-case hex digits. The country file (reviewed in git) pins it, so the
// server cannot swap a service's key without a site release.

import { type Bytes, fromBase64Url, toHex } from "./bytes";
import { ContactCryptoError } from "./errors";

export async function keyFingerprint(publicKey: string | Bytes): Promise<string> {
  const raw = typeof publicKey === "string" ? fromBase64Url(publicKey) : publicKey;
  if (raw === undefined) throw new ContactCryptoError("encoding", "publicKey is not base64url");
  const digest = toHex(new Uint8Array(await crypto.subtle.digest("SHA-256", raw))).toUpperCase();
  return digest.match(/.{4}/g)?.join(" ") ?? digest;
}

/** Canonical form for comparing fingerprints typed or pasted with other spacing or case. */
export function normaliseFingerprint(text: string): string {
  const hex = text.replace(/[\s:-]/g, "").toUpperCase();
  return hex.match(/.{1,4}/g)?.join(" ") ?? hex;
}

export const fingerprintPattern = /^(?:[0-9A-F]{4} ){15}[0-9A-F]{4}$/;
