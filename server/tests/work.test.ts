// Working the inbox (19.2), counts without content (19.4) and the audit log (19.5).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decryptMessage, encryptMessage } from "../../src/contact/message";
import { importServiceKeyPair } from "../../src/contact/service-key";
import { threadCryptoKey, unwrapForService } from "../../src/contact/thread-key";
import { decryptNote, encryptNote } from "../../src/contact/note";
import { auditResponseSchema, statsResponseSchema } from "../../src/contact/team-api";
import { purge } from "../purge";
import { type Harness, api, createService, dbKind, login, personWrites, startHarness } from "./harness";
import { type Member, enrolFirst, makeLink, useLink } from "./team-harness";

let h: Harness;
let lead: Member;
let sam: Member;
beforeEach(async () => {
  h = await startHarness();
  await createService(h, "demo", "Demo", { responseHours: 48 });
  lead = await enrolFirst(h, "demo");
  sam = await useLink(h, await makeLink(h, lead, "counsellor"), "Sam");
});
afterEach(async () => h.close());

const hour = 3_600_000;

async function keyFor(member: Member, threadId: string) {
  const view = (await api(h, "GET", `/api/console/threads/${threadId}`, undefined, member.headers())).json;
  const pair = await importServiceKeyPair(member.key.privateKeyPkcs8, member.key.publicKey);
  return threadCryptoKey(await unwrapForService(view.serviceWrap, pair, { serviceId: member.serviceId, threadId }));
}
async function reply(member: Member, threadId: string, text: string) {
  const id = crypto.randomUUID();
  const ciphertext = await encryptMessage(await keyFor(member, threadId), { threadId, direction: "service", messageId: id }, text);
  expect((await api(h, "POST", `/api/console/threads/${threadId}/messages`, { id, ciphertext }, member.headers())).status).toBe(201);
}

describe(`working the inbox on ${dbKind}`, () => {
  it("claims, assigns to a colleague, and keeps a note that only the service's keys open", async () => {
    const person = await personWrites(h, "demo", "hello");
    const t = person.keys.mailboxId;
    expect((await api(h, "POST", `/api/console/threads/${t}/assign`, { counsellorId: sam.id }, sam.headers())).status).toBe(204);
    expect((await api(h, "POST", `/api/console/threads/${t}/assign`, { counsellorId: lead.id }, sam.headers())).status).toBe(204);
    expect((await api(h, "POST", `/api/console/threads/${t}/assign`, { counsellorId: "x".repeat(22) }, sam.headers())).status).toBe(404);
    // The note is sealed under the thread key (direction "service", the note's own id).
    const id = crypto.randomUUID();
    const ciphertext = await encryptNote(await keyFor(sam, t), { threadId: t, noteId: id }, "supervision: talk about sleep");
    expect((await api(h, "POST", `/api/console/threads/${t}/notes`, { id, ciphertext }, sam.headers())).status).toBe(201);
    const notes = (await api(h, "GET", `/api/console/threads/${t}/notes`, undefined, lead.headers())).json.notes;
    expect(await decryptNote(await keyFor(lead, t), { threadId: t, noteId: notes[0].id }, notes[0].ciphertext)).toBe("supervision: talk about sleep");
    // A note moved into the messages would not open as a message (its own AAD label).
    await expect(decryptMessage(await keyFor(lead, t), { threadId: t, direction: "service", messageId: notes[0].id }, notes[0].ciphertext)).rejects.toThrow();
    // The server stores no plaintext of it, and the person's view of the thread has no note.
    expect(JSON.stringify(await h.db.all("SELECT * FROM thread_notes"))).not.toContain("supervision");
    expect(JSON.stringify((await api(h, "GET", `/api/threads/${t}`, undefined, person.auth())).json)).not.toContain(notes[0].ciphertext.slice(0, 40));
    const states = (await api(h, "GET", "/api/console/thread-states", undefined, sam.headers())).json.states;
    expect(states).toEqual([{ threadId: t, assignedTo: lead.id, closedAs: null, handoverTo: null, handoverStatus: null, notes: 1 }]);
  });

  it("keeps short answers per language, shows the absence with its date to the person, closes as referred to face-to-face care", async () => {
    expect((await api(h, "POST", "/api/console/answers", { language: "de", title: "Zeiten", body: "Wir antworten werktags." }, sam.headers())).status).toBe(201);
    expect((await api(h, "POST", "/api/console/answers", { language: "xx-yy", title: "a", body: "b" }, sam.headers())).status).toBe(400);
    expect((await api(h, "GET", "/api/console/answers", undefined, lead.headers())).json.answers).toEqual([expect.objectContaining({ language: "de", title: "Zeiten" })]);
    expect((await api(h, "PUT", "/api/console/absence", { until: "2026-12-28" }, lead.headers())).status).toBe(204);
    expect((await api(h, "GET", "/api/services/demo/notice")).json).toEqual({ retentionDays: 90, responseHours: 48, absentUntil: "2026-12-28" });
    h.clock.now = Date.UTC(2026, 11, 29, 9);
    expect((await api(h, "GET", "/api/services/demo/notice")).json.absentUntil).toBeNull();
    const person = await personWrites(h, "demo", "hi");
    await login(h, sam); // the clock moved past the session's life
    expect((await api(h, "POST", `/api/console/threads/${person.keys.mailboxId}/close`, { as: "face-to-face" }, sam.headers())).status).toBe(204);
    expect((await api(h, "GET", "/api/console/thread-states", undefined, sam.headers())).json.states[0].closedAs).toBe("face-to-face");
  });
});

describe(`counts without content on ${dbKind}`, () => {
  it("counts a week of six threads, hides a week of four, and counts overdue and urgent open threads", async () => {
    const monday = Date.UTC(2026, 10, 23, 8); // Monday 23 Nov 2026
    const waits = [1, 2, 3, 10, 60, null]; // hours to the first answer; null = not answered
    for (const [i, wait] of waits.entries()) {
      h.clock.now = monday + i * hour;
      const person = await personWrites(h, "demo", `w1 ${i}`, i === 5);
      if (wait !== null) {
        h.clock.now = monday + i * hour + wait * hour;
        await login(h, lead);
        await reply(lead, person.keys.mailboxId, "answer");
      }
    }
    for (let i = 0; i < 4; i++) {
      h.clock.now = Date.UTC(2026, 10, 30, 8) + i * hour;
      await personWrites(h, "demo", `w2 ${i}`);
    }
    h.clock.now = Date.UTC(2026, 11, 5, 12);
    await login(h, sam);
    const stats = statsResponseSchema.parse((await api(h, "GET", "/api/console/stats", undefined, sam.headers())).json);
    const w1 = stats.weeks.find((w) => w.week === "2026-11-23");
    const w2 = stats.weeks.find((w) => w.week === "2026-11-30");
    // 5 answered: 1, 2, 3, 10, 60 h → median 3, p90 (nearest rank 5 of 5) 60; within 48 h: 4 of 6.
    expect(w1).toEqual({ week: "2026-11-23", opened: 6, medianFirstAnswerHours: 3, p90FirstAnswerHours: 60, answeredWithinPromise: 66.7 });
    expect(w2).toEqual({ week: "2026-11-30", opened: null, medianFirstAnswerHours: null, p90FirstAnswerHours: null, answeredWithinPromise: null });
    // Open: 10 threads; overdue (waiting > 48 h): the unanswered urgent one and the four of week 2.
    expect({ open: stats.open, urgentOpen: stats.urgentOpen, overdue: stats.overdue }).toEqual({ open: 10, urgentOpen: 1, overdue: 5 });
    const csv = await fetch(`${h.origin}/api/console/stats.csv`, { headers: sam.headers() });
    const text = await csv.text();
    expect(text).toContain("2026-11-23,6,3,60,66.7\r\n");
    expect(text).toContain("2026-11-30,,,,\r\n");
    expect(text).not.toMatch(/w[12] \d/); // no message text (they were "w1 0" …)
  });
});

describe(`audit on ${dbKind}`, () => {
  it("records sign-in, read, reply, assign, removal and the purge's last run, never content", async () => {
    const person = await personWrites(h, "demo", "secret words");
    await reply(sam, person.keys.mailboxId, "secret reply");
    await api(h, "POST", `/api/console/threads/${person.keys.mailboxId}/assign`, { counsellorId: sam.id }, lead.headers());
    await api(h, "DELETE", `/api/console/team/counsellors/${sam.id}`, undefined, lead.headers());
    await purge(h.db, h.clock.now);
    const body = auditResponseSchema.parse((await api(h, "GET", "/api/console/audit", undefined, lead.headers())).json);
    const actions = body.entries.map((e) => e.action);
    for (const action of ["read", "reply", "assign", "removal", "invite"]) expect(actions).toContain(action);
    expect(body.lastPurge).toEqual({ ranAt: h.clock.now, threadsDeleted: 0 });
    expect(JSON.stringify(body)).not.toMatch(/secret/);
  });
});
