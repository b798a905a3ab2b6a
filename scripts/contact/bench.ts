// `npm run bench:contact`, one database per run (CONTACT_TEST_DB=postgres under with-postgres.sh,
// SQLite otherwise); bench-report.ts merges both into .bench/contact.json and prints the table.
// Everything runs on 127.0.0.1 (the identity check's client binds 127.0.0.77); every loop is bounded.

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { openDb } from "../../server/db/open";
import { createInvite } from "../../server/store/console";
import { demoService, ensureService } from "../../server/store/services";
import { errorResponseSchema } from "../../src/contact/api";
import { malformedRequests } from "../../server/tests/malformed";
import { benchClient } from "./bench-http";
import { ServerProcess, freePort } from "./bench-server";
import { bareLoop, sendLoad } from "./bench-load";
import { durability } from "./bench-durability";
import { matrix } from "./bench-matrix";
import { exchange, search } from "./bench-identity";
import { message, writePerson } from "./bench-people";

const kind = process.env.CONTACT_TEST_DB === "postgres" ? "postgres" : "sqlite";
const root = path.join(import.meta.dirname, "../..");
const dir = path.join(root, ".bench", `contact-${kind}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const log = (line: string) => console.log(`bench:contact [${kind}] ${line}`);

async function pgDatabase(name: string): Promise<string> {
  const base = process.env.CONTACT_TEST_PG_URL ?? "";
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

const dbUrl = kind === "sqlite" ? `sqlite:${path.join(dir, "contact.sqlite")}` : await pgDatabase("bench_contact");
const seed = await openDb(dbUrl);
await ensureService(seed, demoService, Date.now());
const invites = [await createInvite(seed, "demo", Date.now()), await createInvite(seed, "demo", Date.now())];
await seed.close();

const server = new ServerProcess(dbUrl, await freePort(), path.join(dir, "server.log"));
await server.start();

// 1. The identity exchange first, so its canaries sit in the database through everything else.
log("identity exchange from 127.0.0.77");
const { storedId } = await exchange(server.origin, invites[0] ?? "");

// 2. Sends and the bare loop.
const load = [];
for (const senders of [50, 500]) {
  log(`sends from ${senders} concurrent senders`);
  load.push(await sendLoad(server.origin, senders, 2000));
}
log("bare insert-and-commit loop");
const bare = await bareLoop(kind === "sqlite" ? { sqliteFile: path.join(dir, "bare.sqlite") } : { pgUrl: await pgDatabase("bench_bare") }, 2000);

// 3. Bad input.
log("10,000 malformed requests");
const client = benchClient(server.origin, { maxSockets: 16 });
const person = await writePerson(client, "demo", "template");
const templateCreate = {
  serviceId: "demo",
  threadId: person.keys.mailboxId,
  authVerifier: person.keys.authVerifier,
  keyId: "k-x",
  serviceWrap: "A".repeat(151),
  personWrap: "A".repeat(80),
  urgent: false,
  message: await message(person, "t"),
};
const templateMessage = await message(person, "t");
const requests = malformedRequests(10_000, 2026, (p) => (p === "/api/threads" ? templateCreate : p.endsWith("/messages") ? templateMessage : {}), person.keys.mailboxId);
const statuses: Record<string, number> = {};
let fiveHundreds = 0;
let notErrorShape = 0;
for (let i = 0; i < requests.length; i += 16) {
  await Promise.all(
    requests.slice(i, i + 16).map(async (r) => {
      const res = await client.request(r.method, r.path, r.body, r.headers);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      if (res.status >= 500) fiveHundreds++;
      if (res.status >= 400 && !errorResponseSchema.safeParse(res.json).success) notErrorShape++;
    }),
  );
}
const health = (await client.request("GET", "/api/health")).status;
client.close();
const badInput = { requests: requests.length, statuses, fiveHundreds, notErrorShape, serverAlive: server.alive && health === 200, restartsDuring: server.starts - 1 };

// 4. Durability under SIGKILL.
log("100 kill -9 cycles during a 1,000-message send loop");
const durable = await durability(server, 1000, 100);
await server.kill("SIGTERM");

// 5. The cross-service matrix (in process, injected clock, same kind of database).
log("cross-service matrix");
const crossService = await matrix();

// 6. Search everything the server wrote for identifying data.
if (kind === "postgres") {
  const checkpoint = new pg.Client({ connectionString: process.env.CONTACT_TEST_PG_URL });
  await checkpoint.connect();
  await checkpoint.query("CHECKPOINT");
  await checkpoint.end();
}
const targets =
  kind === "sqlite"
    ? [path.join(dir, "contact.sqlite"), path.join(dir, "contact.sqlite-wal"), path.join(dir, "server.log")]
    : [process.env.CONTACT_PG_DATA ?? "", process.env.CONTACT_PG_LOG ?? "", path.join(dir, "server.log")];
const identity = search(targets, storedId);

const result = {
  database: kind,
  load: load.map((l) => ({ ...l, ratioToBare: l.messagesPerSecond / bare })),
  bareInsertsPerSecond: bare,
  durability: durable,
  badInput,
  crossService,
  identity,
};
writeFileSync(path.join(root, ".bench", `contact-${kind}.json`), `${JSON.stringify(result, null, 2)}\n`);
log(`done: .bench/contact-${kind}.json`);
process.exit(0);
