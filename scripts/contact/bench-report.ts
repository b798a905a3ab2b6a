// Merges .bench/contact-sqlite.json and .bench/contact-postgres.json into .bench/contact.json and
// prints the figures against their aims.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.join(import.meta.dirname, "../..");
const runs = ["sqlite", "postgres"]
  .map((kind) => path.join(root, ".bench", `contact-${kind}.json`))
  .filter(existsSync)
  .map((file) => JSON.parse(readFileSync(file, "utf8")));
writeFileSync(path.join(root, ".bench", "contact.json"), `${JSON.stringify({ measuredAt: new Date().toISOString(), runs }, null, 2)}\n`);

const f1 = (n: number) => n.toFixed(1);
const rows: string[][] = [["figure", "aim", ...runs.map((r) => r.database)]];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a row reads one figure from .bench/contact.json, whose shape the bench wrote
const row = (figure: string, aim: string, value: (r: any) => string) => rows.push([figure, aim, ...runs.map(value)]);
for (const [i, senders] of [50, 500].entries()) {
  row(`sends/s, ${senders} senders`, "", (r) => f1(r.load[i].messagesPerSecond));
  row(`p50 / p95 ms, ${senders} senders`, senders === 50 ? "p95 < 50" : "", (r) => `${f1(r.load[i].p50Ms)} / ${f1(r.load[i].p95Ms)}`);
  row(`ratio to bare loop, ${senders} senders`, "≥ 0.5", (r) => r.load[i].ratioToBare.toFixed(2));
}
row("bare insert+commit/s", "", (r) => f1(r.bareInsertsPerSecond));
row("kill -9 cycles", "100", (r) => String(r.durability.cycles));
row("acknowledged / lost / duplicates", "1000 / 0 / 0", (r) => `${r.durability.acknowledged} / ${r.durability.lost} / ${r.durability.duplicates}`);
row("retries answered as replays", "", (r) => String(r.durability.retriesReplayed));
row("malformed requests: 500s / not error shape", "0 / 0", (r) => `${r.badInput.fiveHundreds} / ${r.badInput.notErrorShape}`);
row("server alive after bad input", "yes", (r) => (r.badInput.serverAlive && r.badInput.restartsDuring === 0 ? "yes" : "no"));
row("matrix cells unexpected / cross-service reads", "0 / 0", (r) => `${r.crossService.unexpected} of ${r.crossService.cells} / ${r.crossService.crossServiceReads}`);
row("identifying data found (addr, UA, plaintexts)", "0", (r) => String(Object.values(r.identity.occurrences as Record<string, number>).reduce((a, b) => a + b, 0)));
row("search guard (stored id found)", "yes", (r) => `${r.identity.guardFound ? "yes" : "NO"} (${r.identity.filesSearched} files, ${(r.identity.bytesSearched / 1e6).toFixed(1)} MB)`);
const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  "));
console.log("\nwritten to .bench/contact.json");
