// Retention: threads inactive for the service's retention days are purged with everything that
// belongs to them; on SQLite, not one byte of their ciphertext stays in the database or its WAL.
import { existsSync, readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { purge } from "../purge";
import { type Harness, api, createService, dbKind, enrolCounsellor, personWrites, startHarness } from "./harness";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await createService(h, "demo"); // 90 days
  await createService(h, "short", "Short retention", { retentionDays: 7 });
});
afterEach(async () => h.close());

const day = 86_400_000;

async function counts() {
  const row = async (sql: string) => Number((await h.db.get<{ n: number }>(sql))?.n);
  return {
    threads: await row("SELECT COUNT(*) AS n FROM threads"),
    messages: await row("SELECT COUNT(*) AS n FROM messages"),
    wraps: await row("SELECT COUNT(*) AS n FROM thread_wraps"),
  };
}

function bytesOnDisk(): Buffer {
  return Buffer.concat(h.files.filter(existsSync).map((file) => readFileSync(file)));
}

describe(`retention purge on ${dbKind}`, () => {
  it("deletes threads inactive beyond their service's retention, and only those", async () => {
    await enrolCounsellor(h, "demo");
    await enrolCounsellor(h, "short");
    const longLived = await personWrites(h, "demo", "ninety days");
    const shortLived = await personWrites(h, "short", "seven days");
    h.clock.now += 6 * day;
    expect((await purge(h.db, h.clock.now)).threads).toBe(0);
    h.clock.now += 2 * day;
    expect((await purge(h.db, h.clock.now)).threads).toBe(1);
    expect((await api(h, "GET", `/api/threads/${shortLived.keys.mailboxId}`, undefined, shortLived.auth())).status).toBe(404);
    expect((await api(h, "GET", `/api/threads/${longLived.keys.mailboxId}`, undefined, longLived.auth())).status).toBe(200);

    // Activity resets the clock: a reply on day 80 keeps the thread until day 170.
    h.clock.now += 72 * day;
    const reply = await longLived.message("still here");
    expect((await api(h, "POST", `/api/threads/${longLived.keys.mailboxId}/messages`, reply, longLived.auth())).status).toBe(201);
    h.clock.now += 89 * day;
    expect((await purge(h.db, h.clock.now)).threads).toBe(0);
    h.clock.now += 2 * day;
    expect((await purge(h.db, h.clock.now)).threads).toBe(1);
    expect(await counts()).toEqual({ threads: 0, messages: 0, wraps: 0 });
  });

  it.runIf(dbKind === "sqlite")("leaves no byte of a purged thread in the database file or its WAL", async () => {
    await enrolCounsellor(h, "demo");
    const kept = await personWrites(h, "demo", "kept");
    const gone = await personWrites(h, "demo", "gone");
    const view = await api(h, "GET", `/api/threads/${gone.keys.mailboxId}`, undefined, gone.auth());
    const canaries = [view.json.messages[0].ciphertext.slice(40, 120) as string, view.json.personWrap as string, gone.keys.mailboxId, gone.keys.authVerifier];
    const keptCanary = (await api(h, "GET", `/api/threads/${kept.keys.mailboxId}`, undefined, kept.auth())).json.personWrap as string;
    // The guard: before the purge every canary is on disk, so the search can find them.
    for (const canary of [...canaries, keptCanary]) expect(bytesOnDisk().includes(canary), `before: ${canary.slice(0, 10)}`).toBe(true);
    h.clock.now += 30 * day;
    const again = await kept.message("activity");
    await api(h, "POST", `/api/threads/${kept.keys.mailboxId}/messages`, again, kept.auth());
    h.clock.now += 61 * day;
    expect((await purge(h.db, h.clock.now)).threads).toBe(1);
    const disk = bytesOnDisk();
    for (const canary of canaries) expect(disk.includes(canary), `after: ${canary.slice(0, 10)}`).toBe(false);
    expect(disk.includes(keptCanary)).toBe(true);
  });

  it.runIf(dbKind === "sqlite")("a person's delete-with-code also leaves no byte behind", async () => {
    await enrolCounsellor(h, "demo");
    const person = await personWrites(h, "demo", "delete me");
    const ct = (await api(h, "GET", `/api/threads/${person.keys.mailboxId}`, undefined, person.auth())).json.messages[0].ciphertext.slice(100, 180) as string;
    expect(bytesOnDisk().includes(ct)).toBe(true);
    expect((await api(h, "DELETE", `/api/threads/${person.keys.mailboxId}`, undefined, person.auth())).status).toBe(204);
    expect(bytesOnDisk().includes(ct)).toBe(false);
  });
});
