// Sends on loopback from N concurrent senders (each in its own thread), and the bare
// insert-and-commit loop on the same database with the same durability settings.

import { DatabaseSync } from "node:sqlite";
import pg from "pg";
import { benchClient } from "./bench-http";
import { type BenchPerson, message, writePerson } from "./bench-people";

export interface LoadResult {
  senders: number;
  messages: number;
  messagesPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  errors: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

export async function sendLoad(origin: string, senders: number, totalMessages: number): Promise<LoadResult> {
  const client = benchClient(origin, { maxSockets: senders });
  const people: BenchPerson[] = [];
  for (let i = 0; i < senders; i += 25) people.push(...(await Promise.all(Array.from({ length: Math.min(25, senders - i) }, () => writePerson(client, "demo", "load")))));
  const perSender = Math.ceil(totalMessages / senders);
  const queued = await Promise.all(people.map(async (person) => Promise.all(Array.from({ length: perSender }, (_, i) => message(person, `load message ${i}`)))));
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    people.map(async (person, index) => {
      for (const body of queued[index] ?? []) {
        const t0 = performance.now();
        try {
          const r = await client.request("POST", `/api/threads/${person.keys.mailboxId}/messages`, body, person.auth);
          if (r.status !== 201) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  client.close();
  latencies.sort((a, b) => a - b);
  return { senders, messages: latencies.length, messagesPerSecond: latencies.length / seconds, p50Ms: percentile(latencies, 0.5), p95Ms: percentile(latencies, 0.95), errors };
}

const ciphertext = "A".repeat(1403);

/** One INSERT per transaction, committed, in a loop: the floor the server's sends are compared to. */
export async function bareLoop(target: { sqliteFile?: string; pgUrl?: string }, count: number): Promise<number> {
  if (target.sqliteFile) {
    const db = new DatabaseSync(target.sqliteFile);
    db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE m (id TEXT PRIMARY KEY, thread_id TEXT, seq INTEGER, ciphertext TEXT, created_at BIGINT)");
    const insert = db.prepare("INSERT INTO m VALUES (?, ?, ?, ?, ?)");
    const started = performance.now();
    for (let i = 0; i < count; i++) insert.run(crypto.randomUUID(), "t", i, ciphertext, Date.now());
    const rate = count / ((performance.now() - started) / 1000);
    db.close();
    return rate;
  }
  const client = new pg.Client({ connectionString: target.pgUrl, options: "-c synchronous_commit=on" });
  await client.connect();
  await client.query("CREATE TABLE m (id TEXT PRIMARY KEY, thread_id TEXT, seq INTEGER, ciphertext TEXT, created_at BIGINT)");
  const started = performance.now();
  for (let i = 0; i < count; i++) await client.query("INSERT INTO m VALUES ($1, $2, $3, $4, $5)", [crypto.randomUUID(), "t", i, ciphertext, Date.now()]);
  const rate = count / ((performance.now() - started) / 1000);
  await client.end();
  return rate;
}
