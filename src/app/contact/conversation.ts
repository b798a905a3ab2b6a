/**
 * The person's side of the protocol (src/contact): write the first message, open a thread with
 * the pickup code, answer, delete. Everything is encrypted here, on the phone; the server gets
 * ciphertext, the wraps of the thread key and the verifier of the code's auth key.
 */
import { deriveCodeKeys, type CodeKeys } from "../../contact/derive";
import { keyFingerprint, normaliseFingerprint } from "../../contact/fingerprint";
import { decryptMessage, encryptMessage } from "../../contact/message";
import { importServicePublicKey, newThreadKey, threadCryptoKey, unwrapForPerson, wrapForPerson, wrapForService } from "../../contact/thread-key";
import { decodeLetter, encodeLetter, type Letter } from "../../contact/letter";
import type { ContactService } from "../contact-offer/contact-services";
import { contactApi } from "./client";

export class KeyMismatchError extends Error {
  constructor(
    readonly expected: string,
    readonly received: string,
  ) {
    super(`the service key's fingerprint ${received} is not the one in the country file (${expected})`);
    this.name = "KeyMismatchError";
  }
}

export type SentMessage = { threadId: string; createdAt: number };

/**
 * Sends the first message of a new thread. `messageId` is made by the caller and kept across
 * retries, so a retried send is the same message to the server (idempotent), never a second one.
 */
export async function sendFirstMessage(input: { service: ContactService; code: string; letter: Letter; urgent: boolean; messageId: string }): Promise<SentMessage> {
  const key = await contactApi.serviceKey(input.service.id);
  // The country file, reviewed in git, pins the service's key; the demo has none to pin.
  const pinned = input.service.contact.keyFingerprint;
  if (pinned !== undefined) {
    const received = await keyFingerprint(key.publicKey);
    if (normaliseFingerprint(received) !== normaliseFingerprint(pinned)) throw new KeyMismatchError(pinned, received);
  }
  const codeKeys = await deriveCodeKeys(input.code);
  const threadId = codeKeys.mailboxId;
  const rawKey = newThreadKey();
  const threadKey = await threadCryptoKey(rawKey);
  const ids = { serviceId: input.service.id, threadId };
  const [serviceWrap, personWrap, ciphertext] = await Promise.all([
    importServicePublicKey(key.publicKey).then((publicKey) => wrapForService(rawKey, publicKey, ids)),
    wrapForPerson(rawKey, codeKeys.wrapKey, threadId),
    encryptMessage(threadKey, { threadId, direction: "person", messageId: input.messageId }, encodeLetter(input.letter)),
  ]);
  const response = await contactApi.createThread({
    serviceId: input.service.id,
    threadId,
    authVerifier: codeKeys.authVerifier,
    keyId: key.keyId,
    serviceWrap,
    personWrap,
    urgent: input.urgent,
    message: { id: input.messageId, ciphertext },
  });
  return { threadId: response.threadId, createdAt: response.message.createdAt };
}

export type ThreadMessage = { id: string; from: "person" | "service"; letter: Letter; createdAt: number };
export type OpenThread = { threadId: string; serviceId: string; urgent: boolean; messages: ThreadMessage[]; keys: CodeKeys; threadKey: CryptoKey };

/** Opens a thread with its pickup code (throws ContactCryptoError for a mistyped code). */
export async function openThread(code: string): Promise<OpenThread> {
  const keys = await deriveCodeKeys(code);
  const thread = await contactApi.readThread(keys.mailboxId, keys.authKey);
  const threadKey = await threadCryptoKey(await unwrapForPerson(thread.personWrap, keys.wrapKey, thread.threadId));
  const messages = await Promise.all(
    thread.messages.map(async (message) => ({
      id: message.id,
      from: message.direction,
      createdAt: message.createdAt,
      letter: decodeLetter(await decryptMessage(threadKey, { threadId: thread.threadId, direction: message.direction, messageId: message.id }, message.ciphertext)),
    })),
  );
  return { threadId: thread.threadId, serviceId: thread.serviceId, urgent: thread.urgent, messages, keys, threadKey };
}

export async function answer(thread: OpenThread, text: string, messageId: string): Promise<ThreadMessage> {
  const letter: Letter = { v: 1, text };
  const ciphertext = await encryptMessage(thread.threadKey, { threadId: thread.threadId, direction: "person", messageId }, encodeLetter(letter));
  const ack = await contactApi.postMessage(thread.threadId, thread.keys.authKey, { id: messageId, ciphertext });
  return { id: ack.id, from: "person", letter, createdAt: ack.createdAt };
}

export async function deleteConversation(thread: OpenThread): Promise<void> {
  await contactApi.deleteThread(thread.threadId, thread.keys.authKey);
}
