// Message encryption: the UTF-8 text is framed (4-byte big-endian length), padded with zeros to
// a multiple of PAD_BLOCK so that the server sees only the size class, and sealed with the
// thread key. The AAD binds protocol, thread, direction and message id: a ciphertext cannot be
// replayed into another thread, turned from a person's message into a service's, or renumbered.

import type { WebCryptoKey } from "./webcrypto";
import { type Bytes, fromBase64Url, fromUtf8, toBase64Url, utf8 } from "./bytes";
import { openAesGcm, sealAesGcm } from "./aes-gcm";
import { ContactCryptoError } from "./errors";
import { type Direction, MAX_MESSAGE_BYTES, MAX_PADDED, PAD_BLOCK, PROTOCOL } from "./protocol";

export interface MessageContext {
  threadId: string;
  direction: Direction;
  messageId: string;
}

export function messageAad({ threadId, direction, messageId }: MessageContext): Bytes {
  return utf8(`${PROTOCOL}\0message\0${threadId}\0${direction}\0${messageId}`);
}

export function pad(text: Bytes): Bytes {
  if (text.length > MAX_MESSAGE_BYTES) throw new ContactCryptoError("too_long", `a message holds at most ${MAX_MESSAGE_BYTES} bytes of UTF-8`);
  const framedLength = text.length + 4;
  const out = new Uint8Array(Math.ceil(framedLength / PAD_BLOCK) * PAD_BLOCK);
  new DataView(out.buffer).setUint32(0, text.length);
  out.set(text, 4);
  return out;
}

export function unpad(padded: Bytes): Bytes {
  if (padded.length === 0 || padded.length % PAD_BLOCK !== 0 || padded.length > MAX_PADDED) throw new ContactCryptoError("padding", "padded length is not a whole number of blocks");
  const length = new DataView(padded.buffer, padded.byteOffset).getUint32(0);
  if (length + 4 > padded.length) throw new ContactCryptoError("padding", "length prefix runs past the padding");
  if (padded.subarray(length + 4).some((byte) => byte !== 0)) throw new ContactCryptoError("padding", "padding is not all zeros");
  return padded.slice(4, 4 + length);
}

/** Encrypts a message text; returns base64url(iv ‖ ciphertext ‖ tag). */
export async function encryptMessage(threadKey: WebCryptoKey, context: MessageContext, text: string): Promise<string> {
  return toBase64Url(await sealAesGcm(threadKey, pad(utf8(text)), messageAad(context)));
}

export async function decryptMessage(threadKey: WebCryptoKey, context: MessageContext, ciphertext: string): Promise<string> {
  const sealed = fromBase64Url(ciphertext);
  if (sealed === undefined) throw new ContactCryptoError("encoding", "ciphertext is not base64url");
  return fromUtf8(unpad(await openAesGcm(threadKey, sealed, messageAad(context))));
}

/** Size of the base64url ciphertext for a padded plaintext of `padded` bytes (for API limits). */
export function ciphertextLength(padded: number): number {
  return Math.ceil(((12 + padded + 16) * 4) / 3);
}
