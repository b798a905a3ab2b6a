import { describe, expect, it } from "vitest";
import { ciphertextSchema, createThreadRequestSchema, errorResponseSchema, messageIdSchema } from "../../src/contact/api";
import { deriveCodeKeys } from "../../src/contact/derive";
import { encryptMessage } from "../../src/contact/message";
import { generatePickupCode } from "../../src/contact/pickup-code";
import { generateServiceKeyPair } from "../../src/contact/service-key";
import { importServicePublicKey, newThreadKey, threadCryptoKey, wrapForPerson, wrapForService } from "../../src/contact/thread-key";

describe("API schemas", () => {
  it("accept what the protocol makes", async () => {
    const keys = await deriveCodeKeys(generatePickupCode());
    const service = await generateServiceKeyPair();
    const threadKey = newThreadKey();
    const id = crypto.randomUUID();
    const body = {
      serviceId: "demo",
      threadId: keys.mailboxId,
      authVerifier: keys.authVerifier,
      keyId: "k-demo-0001",
      serviceWrap: await wrapForService(threadKey, await importServicePublicKey(service.publicKey), { serviceId: "demo", threadId: keys.mailboxId }),
      personWrap: await wrapForPerson(threadKey, keys.wrapKey, keys.mailboxId),
      urgent: false,
      message: { id, ciphertext: await encryptMessage(await threadCryptoKey(threadKey), { threadId: keys.mailboxId, direction: "person", messageId: id }, "x".repeat(3000)) },
    };
    expect(createThreadRequestSchema.parse(body)).toEqual(body);
    expect(createThreadRequestSchema.safeParse({ ...body, extra: 1 }).success).toBe(false);
  });

  it("refuse a ciphertext that is not whole padded blocks, and a non-v4 id", () => {
    expect(ciphertextSchema.safeParse("A".repeat(1402)).success).toBe(false);
    expect(ciphertextSchema.safeParse("A".repeat(1403 + 1)).success).toBe(false);
    expect(ciphertextSchema.safeParse("A".repeat(Math.ceil(((12 + 1024 + 16) * 4) / 3))).success).toBe(true);
    expect(messageIdSchema.safeParse("00000000-0000-1000-8000-000000000000").success).toBe(false);
  });

  it("describe the one error shape", () => {
    expect(errorResponseSchema.safeParse({ error: { code: "validation", message: "m", path: "message.id" } }).success).toBe(true);
    expect(errorResponseSchema.safeParse({ error: { code: "oops", message: "m" } }).success).toBe(false);
  });
});
