// Each thread has its own random AES-256-GCM key. It is stored on the server only wrapped:
//  - for the service: HPKE-sealed to the service's public key (GlobaLeaks' model, done on the phone);
//  - for the person: AES-GCM under the wrapKey derived from the pickup code.
// Both wraps bind the thread id (and the service id) as AAD, so a wrap cannot be moved to another thread.

import type { WebCryptoKey, WebCryptoKeyPair } from "./webcrypto";
import { type Bytes, concatBytes, fromBase64Url, ownBytes, randomBytes, toBase64Url, utf8 } from "./bytes";
import { importAesKey, openAesGcm, sealAesGcm } from "./aes-gcm";
import { ContactCryptoError } from "./errors";
import { hpkeSuite } from "./hpke-suite";
import { P256_POINT_BYTES, PROTOCOL, THREAD_KEY_BYTES } from "./protocol";

export const HPKE_INFO = `${PROTOCOL} thread-key`;

export function newThreadKey(): Bytes {
  return randomBytes(THREAD_KEY_BYTES);
}

export async function threadCryptoKey(raw: Bytes): Promise<WebCryptoKey> {
  return importAesKey(raw);
}

const serviceAad = (serviceId: string, threadId: string) => utf8(`${PROTOCOL}\0service-wrap\0${serviceId}\0${threadId}`);
const personAad = (threadId: string) => utf8(`${PROTOCOL}\0person-wrap\0${threadId}`);

function decode(field: string, value: string): Bytes {
  const bytes = fromBase64Url(value);
  if (bytes === undefined) throw new ContactCryptoError("encoding", `${field} is not base64url`);
  return bytes;
}

/** Imports a service public key from its raw (uncompressed SEC1, base64url) form. */
export async function importServicePublicKey(publicKey: string): Promise<WebCryptoKey> {
  const raw = decode("publicKey", publicKey);
  if (raw.length !== P256_POINT_BYTES) throw new ContactCryptoError("encoding", "a P-256 public key has 65 bytes");
  return hpkeSuite().kem.deserializePublicKey(raw);
}

/** HPKE-seals the thread key to the service: returns base64url(enc ‖ ciphertext). */
export async function wrapForService(threadKey: Bytes, servicePublicKey: WebCryptoKey, ids: { serviceId: string; threadId: string }): Promise<string> {
  const { enc, ct } = await hpkeSuite().seal({ recipientPublicKey: servicePublicKey, info: utf8(HPKE_INFO) }, threadKey, serviceAad(ids.serviceId, ids.threadId));
  return toBase64Url(concatBytes(new Uint8Array(enc), new Uint8Array(ct)));
}

/** Opens a service wrap with the service's key pair (in the console; see importServiceKeyPair). */
export async function unwrapForService(wrap: string, serviceKeyPair: WebCryptoKeyPair, ids: { serviceId: string; threadId: string }): Promise<Bytes> {
  const bytes = decode("serviceWrap", wrap);
  if (bytes.length !== P256_POINT_BYTES + THREAD_KEY_BYTES + 16) throw new ContactCryptoError("encoding", "a service wrap has 113 bytes");
  try {
    const pt = await hpkeSuite().open(
      { recipientKey: serviceKeyPair, enc: bytes.slice(0, P256_POINT_BYTES), info: utf8(HPKE_INFO) },
      bytes.slice(P256_POINT_BYTES),
      serviceAad(ids.serviceId, ids.threadId),
    );
    return ownBytes(pt);
  } catch {
    throw new ContactCryptoError("decrypt", "could not open the thread key: not this service's key, or the wrap was changed");
  }
}

export async function wrapForPerson(threadKey: Bytes, wrapKey: WebCryptoKey, threadId: string): Promise<string> {
  return toBase64Url(await sealAesGcm(wrapKey, threadKey, personAad(threadId)));
}

export async function unwrapForPerson(wrap: string, wrapKey: WebCryptoKey, threadId: string): Promise<Bytes> {
  const key = await openAesGcm(wrapKey, decode("personWrap", wrap), personAad(threadId));
  if (key.length !== THREAD_KEY_BYTES) throw new ContactCryptoError("encoding", "a thread key has 32 bytes");
  return key;
}
