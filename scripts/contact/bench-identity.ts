// "Nothing identifying kept": a full exchange from a distinct client address (127.0.0.77) with a
// canary user agent and canary plaintexts, then a byte search of the database files (and WAL),
// the server's log and PostgreSQL's log for all of them. A guard first proves that the search
// reads the right files: a value the server does store (a thread id) must be found.

import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { benchClient } from "./bench-http";
import { enrol, message, signIn, writePerson } from "./bench-people";

export const clientAddress = "127.0.0.77";
export const userAgent = "SelfcheckBench/1.0 (canary-ua-5d1f0c)";
export const plaintexts = ["canary-plaintext-first-8c2e", "canary-plaintext-reply-41aa", "canary-plaintext-counsellor-93bd"];

export async function exchange(origin: string, inviteToken: string): Promise<{ storedId: string }> {
  const client = benchClient(origin, { localAddress: clientAddress, userAgent });
  const counsellor = await enrol(client, inviteToken, "demo", "http://localhost:5173");
  await signIn(client, counsellor);
  const person = await writePerson(client, "demo", plaintexts[0] ?? "", true);
  await client.request("GET", `/api/threads/${person.keys.mailboxId}`, undefined, person.auth);
  await client.request("POST", `/api/threads/${person.keys.mailboxId}/messages`, await message(person, plaintexts[1] ?? ""), person.auth);
  await client.request("GET", "/api/console/inbox", undefined, counsellor.cookie);
  await client.request("GET", `/api/console/threads/${person.keys.mailboxId}`, undefined, counsellor.cookie);
  // The counsellor's reply, encrypted with the same thread key (the console would unwrap it).
  await client.request("POST", `/api/console/threads/${person.keys.mailboxId}/messages`, await message(person, plaintexts[2] ?? "", "service"), counsellor.cookie);
  await client.request("POST", `/api/console/threads/${person.keys.mailboxId}/read`, undefined, counsellor.cookie);
  const gone = await writePerson(client, "demo", plaintexts[0] ?? "");
  await client.request("DELETE", `/api/threads/${gone.keys.mailboxId}`, undefined, gone.auth);
  client.close();
  return { storedId: person.keys.mailboxId };
}

function filesUnder(target: string): string[] {
  if (!existsSync(target)) return [];
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target).flatMap((name) => filesUnder(path.join(target, name)));
}

export interface IdentityResult {
  filesSearched: number;
  bytesSearched: number;
  guardFound: boolean;
  occurrences: Record<string, number>;
}

export function search(targets: string[], storedId: string): IdentityResult {
  const needles = { clientAddress, userAgent, ...Object.fromEntries(plaintexts.map((p, i) => [`plaintext${i + 1}`, p])) };
  const occurrences: Record<string, number> = Object.fromEntries(Object.keys(needles).map((k) => [k, 0]));
  let bytesSearched = 0;
  let guardFound = false;
  const files = targets.flatMap(filesUnder);
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue;
    }
    bytesSearched += bytes.length;
    if (bytes.includes(storedId)) guardFound = true;
    for (const [name, needle] of Object.entries(needles)) {
      let at = bytes.indexOf(needle);
      while (at !== -1) {
        occurrences[name] = (occurrences[name] ?? 0) + 1;
        at = bytes.indexOf(needle, at + 1);
      }
    }
  }
  return { filesSearched: files.length, bytesSearched, guardFound, occurrences };
}
