// Handing the service's private key to a new device without the server ever seeing it: the
// signed-in console makes 32 random bytes (the transfer key), wraps the service key under a KEK
// derived from them and puts the transfer key only in the invite link's fragment (never sent to
// any server). The new device unwraps with it and wraps the key again for its own passkey.
// The same AES-256-GCM wrap and AAD as the device and recovery wraps (service-key.ts).

import type { WebCryptoKey } from "./webcrypto";
import { type Bytes, fromBase64Url, randomBytes, toBase64Url } from "./bytes";
import { hkdf } from "./derive";
import { importAesKey } from "./aes-gcm";
import { ContactCryptoError } from "./errors";
import { PROTOCOL } from "./protocol";

export function newTransferKey(): string {
  return toBase64Url(randomBytes(32));
}

export async function kekFromTransfer(transferKey: string): Promise<WebCryptoKey> {
  const bytes: Bytes | undefined = fromBase64Url(transferKey);
  if (bytes === undefined || bytes.length !== 32) throw new ContactCryptoError("encoding", "the key in the link is damaged");
  return importAesKey(await hkdf(bytes, `${PROTOCOL} transfer`, "service-key-wrap", 32));
}
