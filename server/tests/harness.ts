// Test harness: a fresh database of the kind CONTACT_TEST_DB names (sqlite, the default, or
// postgres with CONTACT_TEST_PG_URL, as scripts/contact/with-postgres.sh sets), a server on a
// free port with an injected clock, and clients for a person and a counsellor that use the real
// protocol code from src/contact.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { Db } from "../db/driver";
import { openDb } from "../db/open";
import { type RunningServer, type StartOptions, startServer } from "../start-server";
import { createInvite } from "../store/console";
import { ensureService } from "../store/services";
import { SoftAuthenticator } from "./soft-authenticator";
import { deriveCodeKeys, type CodeKeys } from "../../src/contact/derive";
import { generatePickupCode } from "../../src/contact/pickup-code";
import { encryptMessage } from "../../src/contact/message";
import { importServicePublicKey, newThreadKey, threadCryptoKey, wrapForPerson, wrapForService } from "../../src/contact/thread-key";
import { generateServiceKeyPair, kekFromPrf, kekFromRecovery, wrapServicePrivateKey, type ServiceKeyPair } from "../../src/contact/service-key";
import type { Bytes } from "../../src/contact/bytes";
import type { ServiceKeyResponse } from "../../src/contact/api";

export const dbKind = process.env.CONTACT_TEST_DB === "postgres" ? "postgres" : "sqlite";

export interface TestDb {
  db: Db;
  /** Files of the embedded database (main, -wal, -shm), for byte-level searches. */
  files: string[];
  dispose(): Promise<void>;
}

export async function freshDb(now: number): Promise<TestDb> {
  if (dbKind === "postgres") {
    const base = process.env.CONTACT_TEST_PG_URL;
    if (!base) throw new Error("CONTACT_TEST_DB=postgres needs CONTACT_TEST_PG_URL (run through scripts/contact/with-postgres.sh)");
    const name = `t_${Math.random().toString(36).slice(2, 12)}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    const db = await openDb(url.toString(), now);
    return {
      db,
      files: [],
      dispose: async () => {
        await db.close();
        const drop = new pg.Client({ connectionString: base });
        await drop.connect();
        await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await drop.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "contact-test-"));
  const file = path.join(dir, "contact.sqlite");
  const db = await openDb(`sqlite:${file}`, now);
  return {
    db,
    files: [file, `${file}-wal`, `${file}-shm`],
    dispose: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Harness extends TestDb {
  server: RunningServer;
  origin: string;
  consoleOrigin: string;
  clock: { now: number };
  close(): Promise<void>;
}

export const consoleOrigin = "http://localhost:5173";

export async function startHarness(options: Partial<StartOptions> = {}): Promise<Harness> {
  const clock = { now: Date.UTC(2026, 11, 1, 9) };
  const test = await freshDb(clock.now);
  const server = await startServer({ db: test.db, port: 0, clock: () => clock.now, log: () => undefined, rateLimits: false, webauthn: { origins: [consoleOrigin] }, ...options });
  return {
    ...test,
    server,
    origin: server.origin,
    consoleOrigin,
    clock,
    close: async () => {
      await server.close();
      await test.dispose();
    },
  };
}

export async function api(h: { origin: string }, method: string, pathname: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(h.origin + pathname, {
    method,
    headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on the fields they read
  return { status: response.status, json: json as any, headers: response.headers };
}

// ---- a counsellor -------------------------------------------------------------------------------

export interface Counsellor {
  serviceId: string;
  cookie: string;
  authenticator: SoftAuthenticator;
  key: ServiceKeyPair;
  headers(): Record<string, string>;
}

export async function createService(h: Harness, id: string, name = `Service ${id}`, settings: { retentionDays?: number; responseHours?: number } = {}) {
  await ensureService(h.db, { id, name, demo: id === "demo", retentionDays: settings.retentionDays ?? 90, responseHours: settings.responseHours ?? 48 }, h.clock.now);
}

const cookieOf = (headers: Headers) => /selfcheck_console=([^;]+)/.exec(headers.get("set-cookie") ?? "")?.[1] ?? "";

/** Runs the whole first-counsellor enrolment: invite → options → passkey → key material. */
export async function enrolCounsellor(h: Harness, serviceId: string, key?: ServiceKeyPair): Promise<Counsellor> {
  const token = await createInvite(h.db, serviceId, h.clock.now);
  const options = await api(h, "POST", "/api/console/enrol/options", { inviteToken: token });
  if (options.status !== 200) throw new Error(`enrol options: ${options.status} ${JSON.stringify(options.json)}`);
  const authenticator = new SoftAuthenticator(consoleOrigin);
  const serviceKey = key ?? (await generateServiceKeyPair());
  const bind = { serviceId, publicKey: serviceKey.publicKey };
  const deviceWrap = await wrapServicePrivateKey(serviceKey.privateKeyPkcs8, await kekFromPrf(crypto.getRandomValues(new Uint8Array(32)) as Bytes), bind);
  const recoveryWrap = await wrapServicePrivateKey(serviceKey.privateKeyPkcs8, await kekFromRecovery(crypto.getRandomValues(new Uint8Array(32)) as Bytes), bind);
  const verify = await api(h, "POST", "/api/console/enrol/verify", {
    inviteToken: token,
    displayName: "Counsellor A",
    response: authenticator.register(options.json.options),
    serviceKey: { publicKey: serviceKey.publicKey, deviceWrap, recoveryWrap },
  });
  if (verify.status !== 201) throw new Error(`enrol verify: ${verify.status} ${JSON.stringify(verify.json)}`);
  const counsellor: Counsellor = { serviceId, cookie: cookieOf(verify.headers), authenticator, key: serviceKey, headers: () => ({ cookie: `selfcheck_console=${counsellor.cookie}` }) };
  return counsellor;
}

export async function login(h: Harness, counsellor: Counsellor): Promise<void> {
  const options = await api(h, "POST", "/api/console/login/options", {});
  const verify = await api(h, "POST", "/api/console/login/verify", { response: counsellor.authenticator.authenticate(options.json.options) });
  if (verify.status !== 200) throw new Error(`login: ${verify.status} ${JSON.stringify(verify.json)}`);
  counsellor.cookie = cookieOf(verify.headers);
}

// ---- a person -----------------------------------------------------------------------------------

export interface Person {
  code: string;
  keys: CodeKeys;
  threadKey: Bytes;
  serviceId: string;
  auth(): Record<string, string>;
  message(text: string, id?: string): Promise<{ id: string; ciphertext: string }>;
}

/** Makes a person's first-message request with the real protocol. */
export async function newPerson(h: { origin: string }, serviceId: string) {
  const key = (await api(h, "GET", `/api/services/${serviceId}/key`)).json as ServiceKeyResponse;
  const code = generatePickupCode();
  const keys = await deriveCodeKeys(code);
  const threadKey = newThreadKey();
  const person: Person = {
    code,
    keys,
    threadKey,
    serviceId,
    auth: () => ({ authorization: `Bearer ${keys.authKey}` }),
    message: async (text, id = crypto.randomUUID()) => ({
      id,
      ciphertext: await encryptMessage(await threadCryptoKey(threadKey), { threadId: keys.mailboxId, direction: "person", messageId: id }, text),
    }),
  };
  const request = async (text: string, urgent = false) => ({
    serviceId,
    threadId: keys.mailboxId,
    authVerifier: keys.authVerifier,
    keyId: key.keyId,
    serviceWrap: await wrapForService(threadKey, await importServicePublicKey(key.publicKey), { serviceId, threadId: keys.mailboxId }),
    personWrap: await wrapForPerson(threadKey, keys.wrapKey, keys.mailboxId),
    urgent,
    message: await person.message(text),
  });
  return { person, request };
}

export async function personWrites(h: { origin: string }, serviceId: string, text: string, urgent = false): Promise<Person> {
  const { person, request } = await newPerson(h, serviceId);
  const created = await api(h, "POST", "/api/threads", await request(text, urgent));
  if (created.status !== 201) throw new Error(`create thread: ${created.status} ${JSON.stringify(created.json)}`);
  return person;
}
