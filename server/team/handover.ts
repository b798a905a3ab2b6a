// Handover to another service (issue 19.3). The sending console unwraps the thread key and wraps
// it (HPKE) for the receiving service's current key; the server keeps that wrap aside as a
// proposal. The person sees the proposal in their thread and decides: only on "yes" does the
// thread move (the new wrap goes in, every wrap of the sending service, its notes, claims and
// read marks are deleted); on "no" nothing moves and the service is told.

import type { Db, Queryable } from "../db/driver";
import { ApiError } from "../errors";
import { getService } from "../store/services";
import type { PersonHandover } from "../../src/contact/team-api";
import { audit } from "./audit";

export async function proposeHandover(
  db: Db,
  from: { serviceId: string; counsellorId: string },
  threadId: string,
  proposal: { toServiceId: string; toKeyId: string; wrap: string },
  now: number,
): Promise<void> {
  if (proposal.toServiceId === from.serviceId) throw new ApiError("validation", "hand over to another service, not your own", "toServiceId");
  await db.transaction(async (tx) => {
    const key = await tx.get<{ id: string }>("SELECT id FROM service_keys WHERE id = ? AND service_id = ? AND retired_at IS NULL", [proposal.toKeyId, proposal.toServiceId]);
    if (!key) throw new ApiError("conflict", "the receiving service has no such current key (it may not offer contact); fetch its key again", "toKeyId");
    await tx.run(
      `INSERT INTO handovers (thread_id, from_service_id, to_service_id, to_key_id, wrap, proposed_by, proposed_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'proposed')
       ON CONFLICT (thread_id) DO UPDATE SET to_service_id = excluded.to_service_id, to_key_id = excluded.to_key_id, wrap = excluded.wrap, proposed_by = excluded.proposed_by, proposed_at = excluded.proposed_at, status = 'proposed'`,
      [threadId, from.serviceId, proposal.toServiceId, proposal.toKeyId, proposal.wrap, from.counsellorId, now],
    );
    await audit(tx, from.serviceId, { counsellorId: from.counsellorId, action: "handover-proposed", threadId, target: proposal.toServiceId }, now);
  });
}

export async function handoverForPerson(db: Queryable, threadId: string): Promise<PersonHandover | undefined> {
  const row = await db.get<{ to_service_id: string; proposed_at: number; status: string }>("SELECT to_service_id, proposed_at, status FROM handovers WHERE thread_id = ?", [threadId]);
  if (!row) return undefined;
  const to = await getService(db, row.to_service_id);
  return { toServiceId: row.to_service_id, toServiceName: to?.name ?? row.to_service_id, proposedAt: Number(row.proposed_at), status: row.status === "refused" ? "refused" : "proposed" };
}

export async function answerHandover(db: Db, threadId: string, accept: boolean, now: number): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await tx.get<{ from_service_id: string; to_service_id: string; to_key_id: string; wrap: string; status: string }>("SELECT * FROM handovers WHERE thread_id = ?", [threadId]);
    const thread = await tx.get<{ service_id: string }>("SELECT service_id FROM threads WHERE id = ?", [threadId]);
    if (!row || !thread || row.status !== "proposed" || thread.service_id !== row.from_service_id) throw new ApiError("not_found", "there is no handover waiting for your answer");
    if (!accept) {
      await tx.run("UPDATE handovers SET status = 'refused' WHERE thread_id = ?", [threadId]);
      await audit(tx, row.from_service_id, { counsellorId: null, action: "handover-refused", threadId, target: row.to_service_id }, now);
      return;
    }
    const key = await tx.get("SELECT id FROM service_keys WHERE id = ? AND service_id = ? AND retired_at IS NULL", [row.to_key_id, row.to_service_id]);
    if (!key) throw new ApiError("conflict", "the receiving service changed its key; the counsellor must propose the handover again");
    await tx.run("UPDATE threads SET service_id = ?, last_activity_at = ? WHERE id = ?", [row.to_service_id, now, threadId]);
    await tx.run("DELETE FROM thread_wraps WHERE thread_id = ?", [threadId]);
    await tx.run("INSERT INTO thread_wraps (thread_id, service_key_id, wrap, created_at) VALUES (?, ?, ?, ?)", [threadId, row.to_key_id, row.wrap, now]);
    // Notes, claims and read marks belonged to the sending service's team.
    await tx.run("DELETE FROM thread_notes WHERE thread_id = ?", [threadId]);
    await tx.run("DELETE FROM thread_state WHERE thread_id = ?", [threadId]);
    await tx.run("DELETE FROM thread_reads WHERE thread_id = ?", [threadId]);
    await tx.run("DELETE FROM handovers WHERE thread_id = ?", [threadId]);
    await audit(tx, row.from_service_id, { counsellorId: null, action: "handover-done", threadId, target: row.to_service_id }, now);
    await audit(tx, row.to_service_id, { counsellorId: null, action: "handover-done", threadId, target: `from ${row.from_service_id}` }, now);
  });
  if (accept) await db.scrub();
}
