// The service's key pair, made in the counsellor console: ECDH P-256. The public half goes to
// the server (and its fingerprint into the country file); the private half (PKCS#8) is kept on
// the server only wrapped with AES-256-GCM under a key-encryption key (KEK) that the server never
// sees: one wrap per counsellor device (KEK from the passkey's WebAuthn PRF output) and one for
// the service lead's offline recovery key.

import type { WebCryptoKey, WebCryptoKeyPair } from "./webcrypto";
import { type Bytes, fromBase64Url, toBase64Url, utf8 } from "./bytes";
import { hkdf } from "./derive";
import { importAesKey, openAesGcm, sealAesGcm } from "./aes-gcm";
import { ContactCryptoError } from "./errors";
import { PROTOCOL } from "./protocol";
import { importServicePublicKey } from "./thread-key";

export interface ServiceKeyPair {
  /** Raw uncompressed public key, base64url (65 bytes). */
  publicKey: string;
  /** PKCS#8 private key; exists only in the console's memory. */
  privateKeyPkcs8: Bytes;
}

export async function generateServiceKeyPair(): Promise<ServiceKeyPair> {
  const pair = (await crypto.subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"])) as WebCryptoKeyPair;
  const publicKey = new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey));
  const privateKeyPkcs8 = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
  return { publicKey: toBase64Url(publicKey), privateKeyPkcs8 };
}

/**
 * Imports the service's key pair as the HPKE recipient: the PKCS#8 private key non-extractable,
 * with its public key given explicitly (@hpke/core would otherwise have to re-derive the public
 * key from a non-extractable private key, a fallback path that failed intermittently in our tests).
 */
export async function importServiceKeyPair(pkcs8: Bytes, publicKey: string): Promise<WebCryptoKeyPair> {
  let privateKey: WebCryptoKey;
  try {
    privateKey = await crypto.subtle.importKey("pkcs8", pkcs8, { name: "ECDH", namedCurve: "P-256" }, false, ["deriveBits"]);
  } catch {
    throw new ContactCryptoError("encoding", "not a P-256 PKCS#8 private key");
  }
  return { privateKey, publicKey: await importServicePublicKey(publicKey) };
}

/** KEK from a WebAuthn PRF output (32 bytes from the authenticator's hmac-secret). */
export async function kekFromPrf(prfOutput: Bytes): Promise<WebCryptoKey> {
  return importAesKey(await hkdf(prfOutput, `${PROTOCOL} prf`, "service-key-wrap", 32));
}

/** KEK from the 32 bytes of an offline recovery key (see recovery-key.ts). */
export async function kekFromRecovery(recoveryEntropy: Bytes): Promise<WebCryptoKey> {
  return importAesKey(await hkdf(recoveryEntropy, `${PROTOCOL} recovery`, "service-key-wrap", 32));
}

const wrapAad = (serviceId: string, publicKey: string) => utf8(`${PROTOCOL}\0service-key\0${serviceId}\0${publicKey}`);

/** Wraps the PKCS#8 private key under a KEK, bound to the service id and its public key. */
export async function wrapServicePrivateKey(pkcs8: Bytes, kek: WebCryptoKey, ids: { serviceId: string; publicKey: string }): Promise<string> {
  return toBase64Url(await sealAesGcm(kek, pkcs8, wrapAad(ids.serviceId, ids.publicKey)));
}

export async function unwrapServicePrivateKey(wrapped: string, kek: WebCryptoKey, ids: { serviceId: string; publicKey: string }): Promise<Bytes> {
  const sealed = fromBase64Url(wrapped);
  if (sealed === undefined) throw new ContactCryptoError("encoding", "wrapped key is not base64url");
  return openAesGcm(kek, sealed, wrapAad(ids.serviceId, ids.publicKey));
}
