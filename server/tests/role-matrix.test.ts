// Every console endpoint × {no session, lead, counsellor, removed counsellor, counsellor of another
// service}. Expected statuses are written out per cell; where a role has no right, the request
// must neither read (no thread id in the answer) nor write (every table unchanged, byte for byte).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorResponseSchema } from "../../src/contact/api";
import { encryptMessage } from "../../src/contact/message";
import { importServiceKeyPair } from "../../src/contact/service-key";
import { importServicePublicKey, threadCryptoKey, unwrapForService, wrapForService } from "../../src/contact/thread-key";
import { type Harness, type Person, api, createService, dbKind, personWrites, startHarness } from "./harness";
import { type Member, enrolFirst, makeLink, useLink } from "./team-harness";

type Who = "none" | "lead" | "counsellor" | "removed" | "other";
const whos: Who[] = ["none", "lead", "counsellor", "removed", "other"];

let h: Harness;
let lead: Member;
let counsellor: Member;
let removed: Member;
let other: Member;

let person: Person;

beforeAll(async () => {
  h = await startHarness();
  for (const id of ["demo", "other", "third"]) await createService(h, id);
  lead = await enrolFirst(h, "demo");
  counsellor = await useLink(h, await makeLink(h, lead, "counsellor"));
  removed = await useLink(h, await makeLink(h, lead, "counsellor"));
  const otherLead = await enrolFirst(h, "other");
  other = await useLink(h, await makeLink(h, otherLead, "counsellor"));
  await enrolFirst(h, "third"); // the receiving service of the handover cell
  person = await personWrites(h, "demo", "role matrix canary");
  expect((await api(h, "DELETE", `/api/console/team/counsellors/${removed.id}`, undefined, lead.headers())).status).toBe(204);
});
afterAll(async () => h.close());

const headersOf = (who: Who) => (who === "none" ? {} : { lead, counsellor, removed, other }[who].headers());

const tables = [
  "services",
  "service_keys",
  "counsellors",
  "credentials",
  "device_key_wraps",
  "invites",
  "sessions",
  "threads",
  "thread_wraps",
  "messages",
  "thread_reads",
  "audit_log",
  "thread_state",
  "thread_notes",
  "handovers",
  "canned_answers",
  "service_absence",
];
async function snapshot(): Promise<string> {
  const parts: string[] = [];
  for (const table of tables) parts.push(JSON.stringify((await h.db.all(`SELECT * FROM ${table}`)).map((row) => JSON.stringify(row)).sort()));
  return parts.join("\n");
}

async function threadKey() {
  const r = await api(h, "GET", `/api/console/threads/${person.keys.mailboxId}`, undefined, lead.headers());
  const pair = await importServiceKeyPair(lead.key.privateKeyPkcs8, lead.key.publicKey);
  return threadCryptoKey(await unwrapForService(r.json.serviceWrap, pair, { serviceId: "demo", threadId: person.keys.mailboxId }));
}
async function sealed(direction: "service", text: string) {
  const id = crypto.randomUUID();
  return { id, ciphertext: await encryptMessage(await threadKey(), { threadId: person.keys.mailboxId, direction, messageId: id }, text) };
}
const fakeWrap = "A".repeat(120);

interface Cell {
  method: string;
  path: () => Promise<string>;
  body?: () => Promise<unknown>;
  expect: Record<Who, number>;
}
const t = () => person.keys.mailboxId;
const victim = async () => useLink(h, await makeLink(h, lead, "counsellor"), "Victim");
const answerVictim = async () => (await api(h, "POST", "/api/console/answers", { language: "en", title: "Victim", body: "An answer to delete" }, lead.headers())).json.id as string;

const read = { none: 401, lead: 200, counsellor: 200, removed: 401, other: 200 };
const threadRead = { none: 401, lead: 200, counsellor: 200, removed: 401, other: 404 };
const leadOnly = (ok: number) => ({ none: 401, lead: ok, counsellor: 403, removed: 401, other: 403 });
const threadWrite = (ok: number) => ({ none: 401, lead: ok, counsellor: ok, removed: 401, other: 404 });

const cells: Cell[] = [
  { method: "GET", path: async () => "/api/console/me", expect: read },
  { method: "GET", path: async () => "/api/console/inbox", expect: read },
  { method: "GET", path: async () => `/api/console/threads/${t()}`, expect: threadRead },
  { method: "POST", path: async () => `/api/console/threads/${t()}/messages`, body: () => sealed("service", "reply"), expect: threadWrite(201) },
  { method: "POST", path: async () => `/api/console/threads/${t()}/read`, expect: threadWrite(204) },
  { method: "GET", path: async () => "/api/console/team", expect: leadOnly(200) },
  { method: "GET", path: async () => "/api/console/colleagues", expect: read },
  { method: "POST", path: async () => "/api/console/team/invites", body: async () => ({ role: "counsellor", keyTransferWrap: fakeWrap }), expect: leadOnly(201) },
  { method: "DELETE", path: async () => `/api/console/team/counsellors/${(await victim()).id}`, expect: leadOnly(204) },
  { method: "DELETE", path: async () => `/api/console/team/devices/${(await victim()).credentialId}`, expect: leadOnly(204) },
  { method: "POST", path: async () => "/api/console/devices/invites", body: async () => ({ keyTransferWrap: fakeWrap }), expect: { none: 401, lead: 201, counsellor: 201, removed: 401, other: 201 } },
  { method: "GET", path: async () => "/api/console/thread-states", expect: read },
  { method: "POST", path: async () => `/api/console/threads/${t()}/assign`, body: async () => ({ counsellorId: counsellor.id }), expect: threadWrite(204) },
  { method: "GET", path: async () => `/api/console/threads/${t()}/notes`, expect: threadRead },
  { method: "POST", path: async () => `/api/console/threads/${t()}/notes`, body: () => sealed("service", "note"), expect: threadWrite(201) },
  { method: "POST", path: async () => `/api/console/threads/${t()}/close`, body: async () => ({ as: "face-to-face" }), expect: threadWrite(204) },
  {
    method: "POST",
    path: async () => `/api/console/threads/${t()}/handover`,
    body: async () => {
      const key = (await api(h, "GET", "/api/services/third/key")).json;
      return {
        toServiceId: "third",
        toKeyId: key.keyId,
        wrap: await wrapForService(crypto.getRandomValues(new Uint8Array(32)) as never, await importServicePublicKey(key.publicKey), { serviceId: "third", threadId: t() }),
      };
    },
    expect: threadWrite(202),
  },
  { method: "GET", path: async () => "/api/console/answers", expect: read },
  {
    method: "POST",
    path: async () => "/api/console/answers",
    body: async () => ({ language: "en", title: "Hours", body: "We answer on working days." }),
    expect: { none: 401, lead: 201, counsellor: 201, removed: 401, other: 201 },
  },
  { method: "DELETE", path: async () => `/api/console/answers/${await answerVictim()}`, expect: leadOnly(204) },
  { method: "PUT", path: async () => "/api/console/absence", body: async () => ({ until: "2026-12-28" }), expect: leadOnly(204) },
  { method: "GET", path: async () => "/api/console/stats", expect: read },
  { method: "GET", path: async () => "/api/console/stats.csv", expect: read },
  { method: "GET", path: async () => "/api/console/audit", expect: leadOnly(200) },
];

describe(`role matrix on ${dbKind}`, () => {
  for (const cell of cells) {
    for (const who of whos) {
      it(`${cell.method} ${cell.path
        .toString()
        .match(/`([^`]+)`|"([^"]+)"/)
        ?.slice(1)
        .find(Boolean)} as ${who}`, async () => {
        const path = await cell.path();
        const body = cell.body ? await cell.body() : undefined;
        const expected = cell.expect[who];
        const before = expected >= 400 ? await snapshot() : "";
        const r = await api(h, cell.method, path, body, headersOf(who));
        expect(r.status).toBe(expected);
        if (expected >= 400) {
          errorResponseSchema.parse(r.json);
          expect(await snapshot()).toBe(before); // no write
        }
        if (who === "other" || who === "none" || who === "removed") expect(JSON.stringify(r.json ?? "")).not.toContain(t()); // no read
      });
    }
  }

  it("covers every console endpoint the app registers", async () => {
    const { buildApp } = await import("../app");
    const app = buildApp({} as never);
    const registered = new Set(app.routes.filter((r) => r.path.startsWith("/api/console/") && r.method !== "ALL").map((r) => `${r.method} ${r.path}`));
    const publicOnes = [
      "POST /api/console/enrol/options",
      "POST /api/console/enrol/verify",
      "POST /api/console/login/options",
      "POST /api/console/login/verify",
      "POST /api/console/logout",
      "POST /api/console/enrol/key-transfer",
    ];
    const covered = new Set(
      cells.map(
        (c) =>
          `${c.method} ${c.path
            .toString()
            .match(/`([^`]+)`|"([^"]+)"/)
            ?.slice(1)
            .find(Boolean)
            ?.replace(/\$\{[^}]*\}\}?/g, ":x")}`,
      ),
    );
    const normalise = (s: string) => s.replace(/:[A-Za-z]+/g, ":x");
    const missing = [...registered]
      .filter((r) => !publicOnes.includes(r))
      .map(normalise)
      .filter((r) => ![...covered].map(normalise).includes(r));
    expect(missing).toEqual([]);
  });
});
