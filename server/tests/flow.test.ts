// The whole server path with the real protocol: a person writes, a counsellor enrols with a
// passkey, reads and answers, the person reads the answer with the code and deletes the thread.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { errorResponseSchema, inboxResponseSchema, meResponseSchema, personThreadSchema, counsellorThreadSchema } from "../../src/contact/api";
import { decryptMessage, encryptMessage } from "../../src/contact/message";
import { threadCryptoKey, unwrapForPerson, unwrapForService } from "../../src/contact/thread-key";
import { importServiceKeyPair } from "../../src/contact/service-key";
import { deriveCodeKeys } from "../../src/contact/derive";
import { type Harness, api, createService, dbKind, enrolCounsellor, login, newPerson, personWrites, startHarness } from "./harness";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await createService(h, "demo");
});
afterEach(async () => h.close());

describe(`contact server on ${dbKind}`, () => {
  it("refuses a message to a service with no counsellor yet (no key) with service_not_ready", async () => {
    const r = await api(h, "GET", "/api/services/demo/key");
    expect(r.status).toBe(409);
    expect(errorResponseSchema.parse(r.json).error.code).toBe("service_not_ready");
    expect((await api(h, "GET", "/api/services/nope/key")).status).toBe(404);
  });

  it("goes the whole way: write, enrol, inbox, read, reply, read the reply, delete", async () => {
    const counsellor = await enrolCounsellor(h, "demo");
    const person = await personWrites(h, "demo", "I would like to talk about my drinking");

    const inbox = inboxResponseSchema.parse((await api(h, "GET", "/api/console/inbox", undefined, counsellor.headers())).json);
    expect(inbox.threads.map((t) => [t.threadId, t.unread, t.messageCount])).toEqual([[person.keys.mailboxId, 1, 1]]);

    const thread = counsellorThreadSchema.parse((await api(h, "GET", `/api/console/threads/${person.keys.mailboxId}`, undefined, counsellor.headers())).json);
    const pair = await importServiceKeyPair(counsellor.key.privateKeyPkcs8, counsellor.key.publicKey);
    const threadKey = await threadCryptoKey(await unwrapForService(thread.serviceWrap, pair, { serviceId: "demo", threadId: thread.threadId }));
    const first = thread.messages[0];
    if (!first) throw new Error("no message");
    expect(await decryptMessage(threadKey, { threadId: thread.threadId, direction: "person", messageId: first.id }, first.ciphertext)).toBe("I would like to talk about my drinking");

    const replyId = crypto.randomUUID();
    const reply = { id: replyId, ciphertext: await encryptMessage(threadKey, { threadId: thread.threadId, direction: "service", messageId: replyId }, "Thank you for writing. We are here.") };
    expect((await api(h, "POST", `/api/console/threads/${thread.threadId}/messages`, reply, counsellor.headers())).status).toBe(201);
    expect((await api(h, "POST", `/api/console/threads/${thread.threadId}/read`, undefined, counsellor.headers())).status).toBe(204);
    const after = inboxResponseSchema.parse((await api(h, "GET", "/api/console/inbox", undefined, counsellor.headers())).json);
    expect(after.threads[0]).toMatchObject({ unread: 0, waitingSince: null, messageCount: 2 });

    // Another page load: only the code.
    const again = await deriveCodeKeys(person.code.toLowerCase());
    const view = personThreadSchema.parse((await api(h, "GET", `/api/threads/${again.mailboxId}`, undefined, { authorization: `Bearer ${again.authKey}` })).json);
    const personKey = await threadCryptoKey(await unwrapForPerson(view.personWrap, again.wrapKey, view.threadId));
    const answer = view.messages.find((m) => m.direction === "service");
    if (!answer) throw new Error("no answer");
    expect(await decryptMessage(personKey, { threadId: view.threadId, direction: "service", messageId: answer.id }, answer.ciphertext)).toBe("Thank you for writing. We are here.");

    expect((await api(h, "DELETE", `/api/threads/${again.mailboxId}`, undefined, { authorization: `Bearer ${again.authKey}` })).status).toBe(204);
    expect((await api(h, "GET", `/api/threads/${again.mailboxId}`, undefined, person.auth())).status).toBe(404);
    expect((await api(h, "GET", `/api/console/threads/${again.mailboxId}`, undefined, counsellor.headers())).status).toBe(404);
    expect((await api(h, "GET", "/api/console/inbox", undefined, counsellor.headers())).json.threads).toEqual([]);
  });

  it("answers a wrong code exactly like a missing thread", async () => {
    await enrolCounsellor(h, "demo");
    const person = await personWrites(h, "demo", "hello");
    const stranger = await deriveCodeKeys((await newPerson(h, "demo")).person.code);
    const wrongKey = await api(h, "GET", `/api/threads/${person.keys.mailboxId}`, undefined, { authorization: `Bearer ${stranger.authKey}` });
    const missing = await api(h, "GET", `/api/threads/${stranger.mailboxId}`, undefined, { authorization: `Bearer ${stranger.authKey}` });
    expect([wrongKey.status, missing.status]).toEqual([404, 404]);
    expect(wrongKey.json).toEqual(missing.json);
    expect((await api(h, "GET", `/api/threads/${person.keys.mailboxId}`)).status).toBe(401);
    expect((await api(h, "DELETE", `/api/threads/${person.keys.mailboxId}`, undefined, { authorization: `Bearer ${stranger.authKey}` })).status).toBe(404);
    expect((await api(h, "GET", `/api/threads/${person.keys.mailboxId}`, undefined, person.auth())).status).toBe(200);
  });

  it("never duplicates a retried send, and refuses a reused id with other content", async () => {
    await enrolCounsellor(h, "demo");
    const { person, request } = await newPerson(h, "demo");
    const body = await request("first");
    const results = await Promise.all([1, 2, 3].map(() => api(h, "POST", "/api/threads", body)));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(results.map((r) => r.json.message.createdAt)).size).toBe(1);
    const next = await person.message("second");
    const sends = await Promise.all([1, 2, 3, 4].map(() => api(h, "POST", `/api/threads/${person.keys.mailboxId}/messages`, next, person.auth())));
    expect(sends.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(sends.filter((r) => r.headers.get("idempotent-replayed") === "true")).toHaveLength(3);
    const view = await api(h, "GET", `/api/threads/${person.keys.mailboxId}`, undefined, person.auth());
    expect(view.json.messages.map((m: { id: string }) => m.id)).toEqual([body.message.id, next.id]);
    const clash = await api(h, "POST", `/api/threads/${person.keys.mailboxId}/messages`, { ...(await person.message("other")), id: next.id }, person.auth());
    expect(clash.status).toBe(409);
    expect(clash.json.error).toMatchObject({ code: "conflict", path: "id" });
  });

  it("orders the inbox urgent first, then past the promise, then unread", async () => {
    await createService(h, "svc", "Service", { responseHours: 24 });
    const counsellor = await enrolCounsellor(h, "svc");
    const old = await personWrites(h, "svc", "old, waiting");
    h.clock.now += 30 * 3_600_000;
    const plain = await personWrites(h, "svc", "new");
    const urgent = await personWrites(h, "svc", "I need help now", true);
    await login(h, counsellor); // the first session expired during the 30 hours
    const inbox = inboxResponseSchema.parse((await api(h, "GET", "/api/console/inbox", undefined, counsellor.headers())).json);
    expect(inbox.threads.map((t) => t.threadId)).toEqual([urgent.keys.mailboxId, old.keys.mailboxId, plain.keys.mailboxId]);
    expect(inbox.threads.map((t) => [t.urgent, t.overdue])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
  });

  it("signs a counsellor in with the passkey, spends an invite once, ends a session on logout and on expiry", async () => {
    const counsellor = await enrolCounsellor(h, "demo");
    await login(h, counsellor);
    const me = meResponseSchema.parse((await api(h, "GET", "/api/console/me", undefined, counsellor.headers())).json);
    expect(me.service).toMatchObject({ id: "demo", demo: true, publicKey: counsellor.key.publicKey });
    expect(me.device.credentialId).toBe(counsellor.authenticator.id);

    const loginResponse = await fetch(`${h.origin}/api/console/login/options`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(loginResponse.status).toBe(200);
    expect((await api(h, "POST", "/api/console/logout", undefined, counsellor.headers())).status).toBe(204);
    expect((await api(h, "GET", "/api/console/me", undefined, counsellor.headers())).status).toBe(401);

    await login(h, counsellor);
    expect((await api(h, "GET", "/api/console/me", undefined, counsellor.headers())).status).toBe(200);
    h.clock.now += 2 * 3_600_000 + 1;
    expect((await api(h, "GET", "/api/console/me", undefined, counsellor.headers())).status).toBe(401);
  });

  it("sets the session cookie HttpOnly, SameSite=Strict, short-lived, path /api/console", async () => {
    const { createInvite } = await import("../store/console");
    const token = await createInvite(h.db, "demo", h.clock.now);
    const options = await api(h, "POST", "/api/console/enrol/options", { inviteToken: token });
    const { SoftAuthenticator } = await import("./soft-authenticator");
    const { generateServiceKeyPair, wrapServicePrivateKey, kekFromPrf } = await import("../../src/contact/service-key");
    const key = await generateServiceKeyPair();
    const kek = await kekFromPrf(new Uint8Array(32));
    const wrap = await wrapServicePrivateKey(key.privateKeyPkcs8, kek, { serviceId: "demo", publicKey: key.publicKey });
    const body = {
      inviteToken: token,
      displayName: "A",
      response: new SoftAuthenticator(h.consoleOrigin).register(options.json.options),
      serviceKey: { publicKey: key.publicKey, deviceWrap: wrap, recoveryWrap: wrap },
    };
    const verify = await api(h, "POST", "/api/console/enrol/verify", body);
    const cookie = verify.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/console/);
    expect(cookie).toMatch(/Max-Age=7200/);
    expect(cookie).not.toMatch(/Secure/); // plain http on loopback; Secure is set behind HTTPS
    const reuse = await api(h, "POST", "/api/console/enrol/options", { inviteToken: token });
    expect(reuse.status).toBe(404);
    const wrongOrigin = await api(h, "POST", "/api/console/login/options", {}, { origin: "https://evil.example" });
    expect(wrongOrigin.status).toBe(403);
  });
});
