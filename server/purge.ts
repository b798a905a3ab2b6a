// Retention: threads with no activity for their service's retention_days are deleted with their
// messages, wraps and read marks (ON DELETE CASCADE), then the engine is scrubbed (SQLite:
// secure_delete has zeroed the freed pages, and a TRUNCATE checkpoint empties the WAL).
// Expired sessions, challenges and invites go too.

import type { Db } from "./db/driver";
import { recordPurgeRun } from "./team/purge-runs";

const day = 86_400_000;

export async function purge(db: Db, now: number): Promise<{ threads: number }> {
  const threads = await db.transaction(async (tx) => {
    const removed = await tx.run(
      `DELETE FROM threads WHERE id IN (
         SELECT t.id FROM threads t JOIN services s ON s.id = t.service_id
         WHERE t.last_activity_at < CAST(? AS BIGINT) - CAST(s.retention_days AS BIGINT) * ${day})`,
      [now],
    );
    await tx.run("DELETE FROM sessions WHERE expires_at <= ?", [now]);
    await tx.run("DELETE FROM webauthn_challenges WHERE expires_at <= ?", [now]);
    await tx.run("DELETE FROM invites WHERE expires_at <= ? OR used_at IS NOT NULL", [now]);
    await recordPurgeRun(tx, now, removed); // issue 19.5: the lead sees the last run
    return removed;
  });
  await db.scrub();
  return { threads };
}
