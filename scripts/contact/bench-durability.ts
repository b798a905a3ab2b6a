// Durability: a 1,000-message send loop from 4 senders while the server is killed with SIGKILL
// after every 10 acknowledgements (100 cycles) and restarted. An interrupted send is retried with
// the same message id, as a client would. Afterwards every acknowledged message must be readable
// exactly once.

import { benchClient } from "./bench-http";
import { type BenchPerson, message, writePerson } from "./bench-people";
import type { ServerProcess } from "./bench-server";

export interface DurabilityResult {
  cycles: number;
  acknowledged: number;
  lost: number;
  duplicates: number;
  retriesReplayed: number;
}

export async function durability(server: ServerProcess, totalMessages: number, cycles: number): Promise<DurabilityResult> {
  let client = benchClient(server.origin, { maxSockets: 8 });
  const people: BenchPerson[] = [];
  for (let i = 0; i < 4; i++) people.push(await writePerson(client, "demo", "durability"));
  const acked = new Map<string, string>(); // message id → thread id
  let next = 0;
  let retriesReplayed = 0;
  let kills = 0;
  const killEvery = Math.max(1, Math.floor(totalMessages / cycles));
  let nextKillAt = killEvery;
  let restarting: Promise<void> | undefined;

  const restart = async () => {
    kills++;
    // A short random delay so the kill lands inside a request, sometimes inside a commit.
    await new Promise((r) => setTimeout(r, Math.random() * 4));
    await server.kill("SIGKILL");
    client.close();
    await server.start();
    client = benchClient(server.origin, { maxSockets: 8 });
  };

  await Promise.all(
    people.map(async (person) => {
      while (next < totalMessages) {
        next++;
        const body = await message(person, `durability ${next}`);
        for (let attempt = 0; ; attempt++) {
          if (restarting) await restarting;
          try {
            const r = await client.request("POST", `/api/threads/${person.keys.mailboxId}/messages`, body, person.auth);
            if (r.status === 201) {
              if (attempt > 0 && r.headers["idempotent-replayed"] === "true") retriesReplayed++;
              acked.set(body.id, person.keys.mailboxId);
              if (acked.size >= nextKillAt && kills < cycles && !restarting) {
                nextKillAt += killEvery;
                restarting = restart().finally(() => (restarting = undefined));
              }
              break;
            }
            throw new Error(`status ${r.status}`);
          } catch {
            if (attempt > 200) throw new Error("a send kept failing after 200 retries");
            await new Promise((r) => setTimeout(r, 20));
          }
        }
      }
    }),
  );
  if (restarting) await restarting;

  let lost = 0;
  let duplicates = 0;
  for (const person of people) {
    const view = await client.request("GET", `/api/threads/${person.keys.mailboxId}`, undefined, person.auth);
    const ids = (view.json.messages as { id: string }[]).map((m) => m.id);
    duplicates += ids.length - new Set(ids).size;
    const present = new Set(ids);
    for (const [id, thread] of acked) if (thread === person.keys.mailboxId && !present.has(id)) lost++;
    // Every stored message is one that was sent (first message + the ones this loop made for the thread).
    const sentForThread = [...acked.values()].filter((t) => t === person.keys.mailboxId).length + 1;
    duplicates += Math.max(0, ids.length - sentForThread);
  }
  client.close();
  return { cycles: kills, acknowledged: acked.size, lost, duplicates, retriesReplayed };
}
