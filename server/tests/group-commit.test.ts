// Concurrent sends share commits (SQLite group commit) without sharing failures: a refused
// message in the same batch leaves the others committed and acknowledged.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, api, createService, dbKind, enrolCounsellor, personWrites, startHarness } from "./harness";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await createService(h, "demo");
  await enrolCounsellor(h, "demo");
});
afterEach(async () => h.close());

describe(`group commit on ${dbKind}`, () => {
  it("commits 40 concurrent sends from 4 threads, refusing only the one that reuses an id", async () => {
    const people = await Promise.all([1, 2, 3, 4].map((i) => personWrites(h, "demo", `first ${i}`)));
    const bodies = await Promise.all(people.flatMap((p) => Array.from({ length: 10 }, async (_, i) => ({ p, body: await p.message(`m${i}`) }))));
    const clash = bodies[5];
    if (!clash) throw new Error("no body");
    const conflicting = { p: clash.p, body: { ...(await clash.p.message("other")), id: clash.body.id } };
    const results = await Promise.all([...bodies, conflicting].map(({ p, body }) => api(h, "POST", `/api/threads/${p.keys.mailboxId}/messages`, body, p.auth())));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(40);
    expect(statuses.filter((s) => s === 409)).toHaveLength(1);
    for (const p of people) {
      const view = await api(h, "GET", `/api/threads/${p.keys.mailboxId}`, undefined, p.auth());
      expect(view.json.messages).toHaveLength(11);
    }
  });
});
