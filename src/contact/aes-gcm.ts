// AES-256-GCM with a random 96-bit IV carried in front of the ciphertext: iv ‖ ciphertext ‖ tag.

import type { WebCryptoKey } from "./webcrypto";
import { type Bytes, concatBytes, randomBytes } from "./bytes";
import { ContactCryptoError } from "./errors";
import { AES_GCM_IV, AES_GCM_TAG } from "./protocol";

export async function importAesKey(raw: Bytes): Promise<WebCryptoKey> {
  return crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["encrypt", "decrypt"]);
}

export async function sealAesGcm(key: WebCryptoKey, plaintext: Bytes, aad: Bytes): Promise<Bytes> {
  const iv = randomBytes(AES_GCM_IV);
  const ct = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: aad }, key, plaintext);
  return concatBytes(iv, new Uint8Array(ct));
}

/** Throws ContactCryptoError("decrypt") for a wrong key, a changed byte or a changed AAD. */
export async function openAesGcm(key: WebCryptoKey, sealed: Bytes, aad: Bytes): Promise<Bytes> {
  if (sealed.length < AES_GCM_IV + AES_GCM_TAG) throw new ContactCryptoError("encoding", "sealed data is shorter than an IV and a tag");
  try {
    const pt = await crypto.subtle.decrypt({ name: "AES-GCM", iv: sealed.slice(0, AES_GCM_IV), additionalData: aad }, key, sealed.slice(AES_GCM_IV));
    return new Uint8Array(pt);
  } catch {
    throw new ContactCryptoError("decrypt", "could not decrypt: wrong key, or the data was changed");
  }
}
