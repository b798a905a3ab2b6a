import type { CounsellorThread } from "../contact/api";
import { decodeLetter, encodeLetter, type Letter } from "../contact/letter";
import { decryptMessage, encryptMessage } from "../contact/message";
import { threadCryptoKey, unwrapForService } from "../contact/thread-key";

export type ReadMessage = { id: string; from: "person" | "service"; createdAt: number; letter: Letter | null };

/** Opens a thread with the service's private key, in the console: the server never sees plaintext. */
export async function readThread(thread: CounsellorThread, serviceId: string, keyPair: CryptoKeyPair): Promise<{ threadKey: CryptoKey; messages: ReadMessage[] }> {
  const threadKey = await threadCryptoKey(await unwrapForService(thread.serviceWrap, keyPair, { serviceId, threadId: thread.threadId }));
  const messages = await Promise.all(
    thread.messages.map(async (message) => {
      let letter: Letter | null;
      try {
        letter = decodeLetter(await decryptMessage(threadKey, { threadId: thread.threadId, direction: message.direction, messageId: message.id }, message.ciphertext));
      } catch {
        letter = null;
      }
      return { id: message.id, from: message.direction, createdAt: message.createdAt, letter };
    }),
  );
  return { threadKey, messages };
}

export async function encryptReply(threadKey: CryptoKey, threadId: string, messageId: string, text: string): Promise<string> {
  return encryptMessage(threadKey, { threadId, direction: "service", messageId }, encodeLetter({ v: 1, text }));
}
