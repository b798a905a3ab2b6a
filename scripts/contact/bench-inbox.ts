// Issue 19's figure: the inbox's first page with 10,000 threads, through HTTP on loopback, with a
// real session cookie. Run alone (`tsx scripts/contact/bench-inbox.ts`, SQLite) or under
// with-postgres.sh (PostgreSQL); `npm run bench:contact` runs it on both after the main bench.
// Seeds threads straight into the database (one person message each, a tenth answered, a few
// urgent): the inbox reads only metadata, so ciphertexts are random bytes of the right size.
// Writes .bench/contact-inbox-<db>.json.

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { openDb } from "../../server/db/open";
import { startServer } from "../../server/start-server";
import { createSession } from "../../server/store/console";
import { ensureService } from "../../server/store/services";

const kind = process.env.CONTACT_TEST_DB === "postgres" ? "postgres" : "sqlite";
const root = path.join(import.meta.dirname, "../..");
const dir = path.join(root, ".bench", `contact-inbox-${kind}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const threads = 10_000;
const runs = 20;

let url = `sqlite:${path.join(dir, "inbox.sqlite")}`;
if (kind === "postgres") {
  const base = process.env.CONTACT_TEST_PG_URL ?? "";
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS bench_inbox WITH (FORCE)");
  await admin.query("CREATE DATABASE bench_inbox");
  await admin.end();
  const u = new URL(base);
  u.pathname = "/bench_inbox";
  url = u.toString();
}
const now = Date.UTC(2026, 11, 7, 12);
const db = await openDb(url, now);
await ensureService(db, { id: "demo", name: "Demo", demo: true, retentionDays: 90, responseHours: 48 }, now);
const token = await db.transaction(async (tx) => {
  await tx.run("INSERT INTO counsellors (id, service_id, display_name, role, created_at) VALUES ('bench-counsellor-0001', 'demo', 'Bench', 'lead', ?)", [now]);
  await tx.run("INSERT INTO credentials (id, counsellor_id, public_key, counter, created_at) VALUES ('bench-credential-0001', 'bench-counsellor-0001', 'x', 0, ?)", [now]);
  for (let i = 0; i < threads; i++) {
    const id = randomBytes(16).toString("base64url");
    const created = now - i * 60_000;
    await tx.run("INSERT INTO threads (id, service_id, auth_verifier, person_wrap, urgent, message_count, created_at, last_activity_at) VALUES (?, 'demo', 'v', 'w', ?, ?, ?, ?)", [
      id,
      i % 97 === 0 ? 1 : 0,
      i % 10 === 0 ? 2 : 1,
      created,
      created,
    ]);
    await tx.run("INSERT INTO messages (id, thread_id, seq, direction, ciphertext, created_at) VALUES (?, ?, 1, 'person', ?, ?)", [
      crypto.randomUUID(),
      id,
      randomBytes(1052).toString("base64url"),
      created,
    ]);
    if (i % 10 === 0)
      await tx.run("INSERT INTO messages (id, thread_id, seq, direction, ciphertext, created_at) VALUES (?, ?, 2, 'service', ?, ?)", [
        crypto.randomUUID(),
        id,
        randomBytes(1052).toString("base64url"),
        created + 3_600_000,
      ]);
  }
  return createSession(tx, { counsellorId: "bench-counsellor-0001", serviceId: "demo", credentialId: "bench-credential-0001" }, now, 3_600_000);
});
if (kind === "postgres") await db.run("ANALYZE");
const server = await startServer({ db, port: 0, clock: () => now, log: () => undefined, rateLimits: false, webauthn: { origins: ["http://localhost:5173"] } });
const times: number[] = [];
let listed = 0;
for (let i = 0; i < runs + 2; i++) {
  const started = performance.now();
  const response = await fetch(`${server.origin}/api/console/inbox`, { headers: { cookie: `selfcheck_console=${token.token}` } });
  const body = (await response.json()) as { threads: unknown[] };
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`inbox answered ${response.status}`);
  listed = body.threads.length;
  if (i >= 2) times.push(ms); // two warm-up requests
}
await server.close();
await db.close();
times.sort((a, b) => a - b);
const at = (p: number) => Math.round((times[Math.max(0, Math.ceil((p / 100) * times.length) - 1)] ?? NaN) * 10) / 10;
const result = { db: kind, threads, listed, runs, medianMs: at(50), p90Ms: at(90), maxMs: at(100), underTarget: at(50) < 200, target: "first page under 200 ms (issue 19)" };
writeFileSync(path.join(root, ".bench", `contact-inbox-${kind}.json`), `${JSON.stringify(result, null, 2)}\n`);
console.log(`bench:contact inbox [${kind}] ${JSON.stringify(result)}`);
