import { describe, expect, it } from "vitest";
import { fromBase64Url, toBase64Url, randomBytes } from "../../src/contact/bytes";
import { deriveCodeKeys, sha256 } from "../../src/contact/derive";
import { generatePickupCode } from "../../src/contact/pickup-code";
import { importServicePublicKey, newThreadKey, threadCryptoKey, unwrapForPerson, unwrapForService, wrapForPerson, wrapForService } from "../../src/contact/thread-key";
import { decryptMessage, encryptMessage, pad, unpad } from "../../src/contact/message";
import { generateServiceKeyPair, importServiceKeyPair, kekFromPrf, kekFromRecovery, unwrapServicePrivateKey, wrapServicePrivateKey } from "../../src/contact/service-key";
import { keyFingerprint, fingerprintPattern, normaliseFingerprint } from "../../src/contact/fingerprint";
import { MAX_MESSAGE_BYTES, PAD_BLOCK } from "../../src/contact/protocol";

const ids = { serviceId: "demo", threadId: "" };

async function setup() {
  const code = generatePickupCode();
  const keys = await deriveCodeKeys(code);
  const service = await generateServiceKeyPair();
  const privateKey = await importServiceKeyPair(service.privateKeyPkcs8, service.publicKey);
  const threadKey = newThreadKey();
  const context = { ...ids, threadId: keys.mailboxId };
  return { code, keys, service, privateKey, threadKey, context };
}

describe("base64url", () => {
  it("round-trips every length and refuses non-canonical text", () => {
    for (let n = 0; n < 70; n++) {
      const bytes = randomBytes(n);
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }
    expect(fromBase64Url("A")).toBeUndefined();
    expect(fromBase64Url("AB")).toBeUndefined(); // leftover bits set
    expect(fromBase64Url("a+b/")).toBeUndefined();
    expect(toBase64Url(new TextEncoder().encode("any carnal pleas"))).toBe("YW55IGNhcm5hbCBwbGVhcw");
  });
});

describe("code derivation", () => {
  it("is deterministic from the code as typed, and differs between codes", async () => {
    const code = generatePickupCode();
    const a = await deriveCodeKeys(code);
    const b = await deriveCodeKeys(code.toLowerCase().replaceAll("-", " "));
    expect([b.mailboxId, b.authKey, b.authVerifier]).toEqual([a.mailboxId, a.authKey, a.authVerifier]);
    const other = await deriveCodeKeys(generatePickupCode());
    expect(other.mailboxId).not.toBe(a.mailboxId);
    expect(new Set([a.mailboxId, a.authKey, a.authVerifier]).size).toBe(3);
    expect(a.mailboxId).toHaveLength(22);
    expect(a.authVerifier).toBe(toBase64Url(await sha256(fromBase64Url(a.authKey) ?? new Uint8Array())));
  });
});

describe("thread key wraps", () => {
  it("round-trips through the service's HPKE wrap and the person's wrap", async () => {
    const { keys, service, privateKey, threadKey, context } = await setup();
    const servicePublic = await importServicePublicKey(service.publicKey);
    const serviceWrap = await wrapForService(threadKey, servicePublic, context);
    expect(fromBase64Url(serviceWrap)).toHaveLength(113);
    expect(await unwrapForService(serviceWrap, privateKey, context)).toEqual(threadKey);
    const personWrap = await wrapForPerson(threadKey, keys.wrapKey, context.threadId);
    expect(fromBase64Url(personWrap)).toHaveLength(60);
    expect(await unwrapForPerson(personWrap, keys.wrapKey, context.threadId)).toEqual(threadKey);
  });

  it("refuses another service's key, another thread id, a flipped bit and a wrong code", async () => {
    const { keys, service, privateKey, threadKey, context } = await setup();
    const serviceWrap = await wrapForService(threadKey, await importServicePublicKey(service.publicKey), context);
    const strangerPair = await generateServiceKeyPair();
    const stranger = await importServiceKeyPair(strangerPair.privateKeyPkcs8, strangerPair.publicKey);
    await expect(unwrapForService(serviceWrap, stranger, context)).rejects.toMatchObject({ code: "decrypt" });
    await expect(unwrapForService(serviceWrap, privateKey, { ...context, threadId: "A".repeat(22) })).rejects.toMatchObject({ code: "decrypt" });
    await expect(unwrapForService(serviceWrap, privateKey, { ...context, serviceId: "other" })).rejects.toMatchObject({ code: "decrypt" });
    const bytes = fromBase64Url(serviceWrap) ?? new Uint8Array();
    bytes[100] = (bytes[100] ?? 0) ^ 0x80;
    await expect(unwrapForService(toBase64Url(bytes), privateKey, context)).rejects.toMatchObject({ code: "decrypt" });

    const personWrap = await wrapForPerson(threadKey, keys.wrapKey, context.threadId);
    const wrongCode = await deriveCodeKeys(generatePickupCode());
    await expect(unwrapForPerson(personWrap, wrongCode.wrapKey, context.threadId)).rejects.toMatchObject({ code: "decrypt" });
  });
});

describe("messages", () => {
  it("pads to whole blocks and hides the length inside the block", () => {
    expect(pad(new Uint8Array(0))).toHaveLength(PAD_BLOCK);
    expect(pad(new Uint8Array(PAD_BLOCK - 4))).toHaveLength(PAD_BLOCK);
    expect(pad(new Uint8Array(PAD_BLOCK - 3))).toHaveLength(2 * PAD_BLOCK);
    const text = new TextEncoder().encode("здраво, مرحبا");
    expect(unpad(pad(text))).toEqual(text);
    expect(() => pad(new Uint8Array(MAX_MESSAGE_BYTES + 1))).toThrow(/at most/);
    const bad = pad(text);
    bad[bad.length - 1] = 1;
    expect(() => unpad(bad)).toThrow(/padding/);
  });

  it("round-trips text in both directions and binds thread, direction and message id", async () => {
    const { threadKey, context } = await setup();
    const key = await threadCryptoKey(threadKey);
    const messageId = crypto.randomUUID();
    const text = "I drink most evenings and want to talk — اريد ان اتحدث";
    const ct = await encryptMessage(key, { threadId: context.threadId, direction: "person", messageId }, text);
    expect(await decryptMessage(key, { threadId: context.threadId, direction: "person", messageId }, ct)).toBe(text);
    expect(ct).not.toContain(text.slice(0, 8));
    await expect(decryptMessage(key, { threadId: context.threadId, direction: "service", messageId }, ct)).rejects.toMatchObject({ code: "decrypt" });
    await expect(decryptMessage(key, { threadId: context.threadId, direction: "person", messageId: crypto.randomUUID() }, ct)).rejects.toMatchObject({ code: "decrypt" });
    await expect(decryptMessage(key, { threadId: "B".repeat(22), direction: "person", messageId }, ct)).rejects.toMatchObject({ code: "decrypt" });
    const other = await threadCryptoKey(newThreadKey());
    await expect(decryptMessage(other, { threadId: context.threadId, direction: "person", messageId }, ct)).rejects.toMatchObject({ code: "decrypt" });
    const bytes = fromBase64Url(ct) ?? new Uint8Array();
    bytes[20] = (bytes[20] ?? 0) ^ 1;
    await expect(decryptMessage(key, { threadId: context.threadId, direction: "person", messageId }, toBase64Url(bytes))).rejects.toMatchObject({ code: "decrypt" });
  });
});

describe("service private key wraps", () => {
  it("round-trips under a PRF-derived KEK and a recovery KEK, bound to service and public key", async () => {
    const { service } = await setup();
    const bind = { serviceId: "demo", publicKey: service.publicKey };
    for (const kek of [await kekFromPrf(randomBytes(32)), await kekFromRecovery(randomBytes(32))]) {
      const wrapped = await wrapServicePrivateKey(service.privateKeyPkcs8, kek, bind);
      expect(await unwrapServicePrivateKey(wrapped, kek, bind)).toEqual(service.privateKeyPkcs8);
      await expect(unwrapServicePrivateKey(wrapped, kek, { ...bind, serviceId: "other" })).rejects.toMatchObject({ code: "decrypt" });
      await expect(unwrapServicePrivateKey(wrapped, await kekFromPrf(randomBytes(32)), bind)).rejects.toMatchObject({ code: "decrypt" });
    }
  });
});

describe("fingerprint", () => {
  it("is SHA-256 of the raw public key in 16 groups of 4 hex digits", async () => {
    const raw = new Uint8Array(65);
    // SHA-256 of 65 zero bytes, computed independently with `head -c 65 /dev/zero | sha256sum`.
    expect(await keyFingerprint(raw)).toBe("98CE 42DE EF51 D402 69D5 42F5 314B EF2C 7468 D401 AD5D 8516 8BFA B4C0 108F 75F7");
    const { service } = await setup();
    const fp = await keyFingerprint(service.publicKey);
    expect(fp).toMatch(fingerprintPattern);
    expect(normaliseFingerprint(fp.replaceAll(" ", "").toLowerCase())).toBe(fp);
  });
});
