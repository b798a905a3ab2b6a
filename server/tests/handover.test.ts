// Handover to another service (issue 19.3): the person sees which service would read the thread
// before anything moves and can refuse; on "yes" the thread key is wrapped only for the receiving
// service, and the first service's kept key opens nothing the server still holds.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decryptMessage } from "../../src/contact/message";
import { importServiceKeyPair } from "../../src/contact/service-key";
import { importServicePublicKey, threadCryptoKey, unwrapForService, wrapForService } from "../../src/contact/thread-key";
import { personHandoverSchema } from "../../src/contact/team-api";
import { type Harness, type Person, api, createService, dbKind, personWrites, startHarness } from "./harness";
import { type Member, enrolFirst } from "./team-harness";

let h: Harness;
let sender: Member;
let receiver: Member;
let person: Person;
beforeEach(async () => {
  h = await startHarness();
  await createService(h, "demo");
  await createService(h, "demo-two", "Second demo service");
  sender = await enrolFirst(h, "demo");
  receiver = await enrolFirst(h, "demo-two");
  person = await personWrites(h, "demo", "please pass me on", true);
});
afterEach(async () => h.close());

async function propose(): Promise<void> {
  const threadId = person.keys.mailboxId;
  const view = (await api(h, "GET", `/api/console/threads/${threadId}`, undefined, sender.headers())).json;
  const pair = await importServiceKeyPair(sender.key.privateKeyPkcs8, sender.key.publicKey);
  const threadKey = await unwrapForService(view.serviceWrap, pair, { serviceId: "demo", threadId });
  const target = (await api(h, "GET", "/api/services/demo-two/key")).json;
  const wrap = await wrapForService(threadKey, await importServicePublicKey(target.publicKey), { serviceId: "demo-two", threadId });
  expect((await api(h, "POST", `/api/console/threads/${threadId}/handover`, { toServiceId: "demo-two", toKeyId: target.keyId, wrap }, sender.headers())).status).toBe(202);
}

/** Tries a service key against every thread wrap the server holds for the thread; counts openings. */
async function wrapsOpenedBy(member: Member): Promise<number> {
  const pair = await importServiceKeyPair(member.key.privateKeyPkcs8, member.key.publicKey);
  const rows = await h.db.all<{ wrap: string }>("SELECT wrap FROM thread_wraps WHERE thread_id = ? UNION ALL SELECT wrap FROM handovers WHERE thread_id = ?", [
    person.keys.mailboxId,
    person.keys.mailboxId,
  ]);
  let opened = 0;
  for (const row of rows) {
    for (const serviceId of ["demo", "demo-two"]) {
      try {
        await unwrapForService(row.wrap, pair, { serviceId, threadId: person.keys.mailboxId });
        opened += 1;
      } catch {
        // not for this key
      }
    }
  }
  return opened;
}

describe(`handover on ${dbKind}`, () => {
  it("tells the person first; nothing moves until they agree; then only the receiving service can read", async () => {
    await propose();
    const told = personHandoverSchema.parse((await api(h, "GET", `/api/threads/${person.keys.mailboxId}/handover`, undefined, person.auth())).json);
    expect(told).toMatchObject({ toServiceId: "demo-two", toServiceName: "Second demo service", status: "proposed" });
    // Before the answer the thread is still the first service's.
    expect((await api(h, "GET", `/api/console/threads/${person.keys.mailboxId}`, undefined, receiver.headers())).status).toBe(404);
    expect(await wrapsOpenedBy(sender)).toBe(1);

    expect((await api(h, "POST", `/api/threads/${person.keys.mailboxId}/handover`, { accept: true }, person.auth())).status).toBe(204);

    expect((await api(h, "GET", `/api/console/threads/${person.keys.mailboxId}`, undefined, sender.headers())).status).toBe(404);
    expect((await api(h, "GET", "/api/console/inbox", undefined, sender.headers())).json.threads).toEqual([]);
    expect(await wrapsOpenedBy(sender)).toBe(0); // the first service's key, kept aside, opens nothing
    const view = (await api(h, "GET", `/api/console/threads/${person.keys.mailboxId}`, undefined, receiver.headers())).json;
    const pair = await importServiceKeyPair(receiver.key.privateKeyPkcs8, receiver.key.publicKey);
    const key = await threadCryptoKey(await unwrapForService(view.serviceWrap, pair, { serviceId: "demo-two", threadId: view.threadId }));
    expect(await decryptMessage(key, { threadId: view.threadId, direction: "person", messageId: view.messages[0].id }, view.messages[0].ciphertext)).toBe("please pass me on");
    expect(view.urgent).toBe(true);
  });

  it("the person can refuse: the thread stays, the service sees the refusal, the receiving wrap is unused", async () => {
    await propose();
    expect((await api(h, "POST", `/api/threads/${person.keys.mailboxId}/handover`, { accept: false }, person.auth())).status).toBe(204);
    expect((await api(h, "GET", `/api/console/threads/${person.keys.mailboxId}`, undefined, sender.headers())).status).toBe(200);
    expect((await api(h, "GET", `/api/console/threads/${person.keys.mailboxId}`, undefined, receiver.headers())).status).toBe(404);
    const states = (await api(h, "GET", "/api/console/thread-states", undefined, sender.headers())).json.states;
    expect(states).toEqual([expect.objectContaining({ threadId: person.keys.mailboxId, handoverTo: "demo-two", handoverStatus: "refused" })]);
    // A refused handover cannot be accepted later without a new proposal.
    expect((await api(h, "POST", `/api/threads/${person.keys.mailboxId}/handover`, { accept: true }, person.auth())).status).toBe(404);
  });

  it("without the code nobody answers for the person; a proposal to one's own service or a stale key is refused", async () => {
    await propose();
    expect((await api(h, "POST", `/api/threads/${person.keys.mailboxId}/handover`, { accept: true }, sender.headers())).status).toBe(401);
    const target = (await api(h, "GET", "/api/services/demo/key")).json;
    const r = await api(h, "POST", `/api/console/threads/${person.keys.mailboxId}/handover`, { toServiceId: "demo", toKeyId: target.keyId, wrap: "A".repeat(151) }, sender.headers());
    expect(r.status).toBe(400);
    const stale = await api(h, "POST", `/api/console/threads/${person.keys.mailboxId}/handover`, { toServiceId: "demo-two", toKeyId: target.keyId, wrap: "A".repeat(151) }, sender.headers());
    expect(stale.status).toBe(409);
  });
});
