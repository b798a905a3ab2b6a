// A counsellor sees only their own service's threads: every endpoint × {no session, counsellor of
// the same service, counsellor of another service, expired session}. Expected outcomes are
// written out per cell, not derived from the server's answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorResponseSchema } from "../../src/contact/api";
import { encryptMessage } from "../../src/contact/message";
import { threadCryptoKey, unwrapForService } from "../../src/contact/thread-key";
import { importServiceKeyPair } from "../../src/contact/service-key";
import { type Counsellor, type Harness, type Person, api, createService, dbKind, enrolCounsellor, login, personWrites, startHarness } from "./harness";
import { endpoints } from "./endpoints";

let h: Harness;
let own: Counsellor;
let other: Counsellor;
let expired: Counsellor;
let person: Person;

beforeAll(async () => {
  h = await startHarness();
  await createService(h, "demo");
  await createService(h, "other");
  own = await enrolCounsellor(h, "demo");
  other = await enrolCounsellor(h, "other");
  expired = await enrolCounsellor(h, "demo", own.key);
  person = await personWrites(h, "demo", "matrix canary message");
  // Expire one session: move the clock past its life, then sign the others in again.
  h.clock.now += 3 * 3_600_000;
  await login(h, own);
  await login(h, other);
});
afterAll(async () => h.close());

type Who = "none" | "same" | "other" | "expired";
const cookieFor = (who: Who) => (who === "none" ? {} : (who === "same" ? own : who === "other" ? other : expired).headers());

async function serviceReply(threadId: string) {
  const thread = (await api(h, "GET", `/api/console/threads/${threadId}`, undefined, own.headers())).json;
  const pair = await importServiceKeyPair(own.key.privateKeyPkcs8, own.key.publicKey);
  const key = await threadCryptoKey(await unwrapForService(thread.serviceWrap, pair, { serviceId: "demo", threadId }));
  const id = crypto.randomUUID();
  return { id, ciphertext: await encryptMessage(key, { threadId, direction: "service", messageId: id }, "reply") };
}

// Console endpoints that need a session: 401 without one or with an expired one; for a thread of
// "demo", another service's counsellor gets 404 (as if it did not exist) and the same service's 2xx.
const consoleExpect: Record<string, Record<Who, number>> = {
  "GET /api/console/me": { none: 401, same: 200, other: 200, expired: 401 },
  "GET /api/console/inbox": { none: 401, same: 200, other: 200, expired: 401 },
  "GET /api/console/threads/:t": { none: 401, same: 200, other: 404, expired: 401 },
  "POST /api/console/threads/:t/messages": { none: 401, same: 201, other: 404, expired: 401 },
  "POST /api/console/threads/:t/read": { none: 401, same: 204, other: 404, expired: 401 },
};

describe(`cross-service matrix on ${dbKind}`, () => {
  const consoleEndpoints = endpoints.filter((e) => e.audience === "console" && e.path("x") !== "/api/console/logout");
  for (const endpoint of consoleEndpoints) {
    const label = `${endpoint.method} ${endpoint.path(":t")}`;
    for (const who of ["none", "same", "other", "expired"] as const) {
      it(`${label} as ${who}`, async () => {
        const threadId = person.keys.mailboxId;
        const body = endpoint.body ? await serviceReply(threadId) : undefined;
        const r = await api(h, endpoint.method, endpoint.path(threadId), body, cookieFor(who));
        expect(r.status).toBe(consoleExpect[label]?.[who]);
        if (r.status >= 400) errorResponseSchema.parse(r.json);
        const text = JSON.stringify(r.json ?? "");
        if (who !== "same") expect(text).not.toContain(threadId); // nothing of the thread reaches another service
      });
    }
  }

  it("the other service's inbox does not list the thread, the same service's does", async () => {
    const mine = await api(h, "GET", "/api/console/inbox", undefined, own.headers());
    const theirs = await api(h, "GET", "/api/console/inbox", undefined, other.headers());
    expect(mine.json.threads.map((t: { threadId: string }) => t.threadId)).toContain(person.keys.mailboxId);
    expect(theirs.json.threads).toEqual([]);
  });

  it("person endpoints ignore console sessions: without the code's key every session gets 401", async () => {
    for (const who of ["same", "other", "expired"] as const) {
      for (const endpoint of endpoints.filter((e) => e.audience === "person" && e.threadScoped)) {
        const body = endpoint.body ? await person.message("x") : undefined;
        const r = await api(h, endpoint.method, endpoint.path(person.keys.mailboxId), body, cookieFor(who));
        expect(r.status, `${endpoint.method} ${endpoint.path(":t")} as ${who}`).toBe(401);
      }
    }
  });

  it("logout is harmless for every caller and ends only the caller's own session", async () => {
    for (const who of ["none", "expired", "other"] as const) expect((await api(h, "POST", "/api/console/logout", undefined, cookieFor(who))).status).toBe(204);
    expect((await api(h, "GET", "/api/console/me", undefined, own.headers())).status).toBe(200);
    expect((await api(h, "GET", "/api/console/me", undefined, other.headers())).status).toBe(401);
  });
});
