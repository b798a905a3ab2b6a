// The purge job's runs, so the lead can see that deletion actually happens (issue 19.5).

import type { Queryable } from "../db/driver";
import { randomId } from "../store/ids";

export async function recordPurgeRun(tx: Queryable, now: number, threadsDeleted: number): Promise<void> {
  await tx.run("INSERT INTO purge_runs (id, ran_at, threads_deleted) VALUES (?, ?, ?)", [randomId(12), now, threadsDeleted]);
  // Keep a short history only.
  await tx.run("DELETE FROM purge_runs WHERE ran_at < ?", [now - 30 * 86_400_000]);
}
