// Opens the database named by a URL: `sqlite:<file>` (the embedded default) or
// `postgres://…` / `postgresql://…`. Migrations run on open.

import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Db } from "./driver";
import { migrate } from "./migrations";
import { openPostgres } from "./postgres";
import { openSqlite } from "./sqlite";

export const defaultDbUrl = "sqlite:.data/contact.sqlite";

export async function openDb(url: string, now = Date.now()): Promise<Db> {
  let db: Db;
  if (url.startsWith("sqlite:")) {
    const file = url.slice("sqlite:".length);
    if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = openSqlite(file);
  } else if (/^postgres(?:ql)?:\/\//.test(url)) {
    db = openPostgres(url);
  } else {
    throw new Error(`CONTACT_DB must start with sqlite: or postgres://, not "${url.split(":")[0]}:"`);
  }
  await migrate(db, now);
  return db;
}
