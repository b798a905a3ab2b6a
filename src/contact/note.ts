// A counsellor's note beside a thread (issue 19.2): sealed with the thread key like a message, so
// only holders of the service's key can read it, but under its own AAD label ("note"): a server
// that moved a note into the thread's messages would hand the person a ciphertext that does not
// open as a message (the person never reads a note).

import type { WebCryptoKey } from "./webcrypto";
import { fromBase64Url, fromUtf8, toBase64Url, utf8 } from "./bytes";
import { openAesGcm, sealAesGcm } from "./aes-gcm";
import { ContactCryptoError } from "./errors";
import { pad, unpad } from "./message";
import { PROTOCOL } from "./protocol";

const noteAad = (threadId: string, noteId: string) => utf8(`${PROTOCOL}\0note\0${threadId}\0${noteId}`);

export async function encryptNote(threadKey: WebCryptoKey, ids: { threadId: string; noteId: string }, text: string): Promise<string> {
  return toBase64Url(await sealAesGcm(threadKey, pad(utf8(text)), noteAad(ids.threadId, ids.noteId)));
}

export async function decryptNote(threadKey: WebCryptoKey, ids: { threadId: string; noteId: string }, ciphertext: string): Promise<string> {
  const sealed = fromBase64Url(ciphertext);
  if (sealed === undefined) throw new ContactCryptoError("encoding", "note is not base64url");
  return fromUtf8(unpad(await openAesGcm(threadKey, sealed, noteAad(ids.threadId, ids.noteId))));
}
