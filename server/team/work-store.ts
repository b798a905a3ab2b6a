// Working the inbox (issue 19.2): who works on a thread, notes (ciphertext under the thread key),
// closing states, short reusable answers and the service's absence.

import type { Db, Queryable } from "../db/driver";
import { ApiError } from "../errors";
import { randomId } from "../store/ids";
import { audit } from "./audit";

export async function assignThread(db: Db, serviceId: string, threadId: string, to: string | null, by: string, now: number): Promise<void> {
  await db.transaction(async (tx) => {
    if (to !== null && !(await tx.get("SELECT id FROM counsellors WHERE id = ? AND service_id = ? AND disabled_at IS NULL", [to, serviceId]))) {
      throw new ApiError("not_found", "no such colleague in your service", "counsellorId");
    }
    await tx.run("INSERT INTO thread_state (thread_id, assigned_to) VALUES (?, ?) ON CONFLICT (thread_id) DO UPDATE SET assigned_to = excluded.assigned_to", [threadId, to]);
    await audit(tx, serviceId, { counsellorId: by, action: to === by ? "claim" : "assign", threadId, target: to ?? "nobody" }, now);
  });
}

export async function closeThread(db: Db, serviceId: string, threadId: string, as: string, by: string, now: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.run("INSERT INTO thread_state (thread_id, closed_as, closed_at) VALUES (?, ?, ?) ON CONFLICT (thread_id) DO UPDATE SET closed_as = excluded.closed_as, closed_at = excluded.closed_at", [
      threadId,
      as,
      now,
    ]);
    await audit(tx, serviceId, { counsellorId: by, action: "close", threadId, target: as }, now);
  });
}

export async function addNote(db: Db, serviceId: string, threadId: string, note: { id: string; ciphertext: string }, by: string, now: number): Promise<void> {
  await db.transaction(async (tx) => {
    const existing = await tx.get<{ thread_id: string; ciphertext: string }>("SELECT thread_id, ciphertext FROM thread_notes WHERE id = ?", [note.id]);
    if (existing) {
      if (existing.thread_id === threadId && existing.ciphertext === note.ciphertext) return;
      throw new ApiError("conflict", "this note id is already used; make a new id", "id");
    }
    await tx.run("INSERT INTO thread_notes (id, thread_id, author_id, ciphertext, created_at) VALUES (?, ?, ?, ?, ?)", [note.id, threadId, by, note.ciphertext, now]);
    await audit(tx, serviceId, { counsellorId: by, action: "note", threadId }, now);
  });
}

export async function notesOf(db: Queryable, threadId: string) {
  const rows = await db.all<{ id: string; author_id: string | null; ciphertext: string; created_at: number }>(
    "SELECT id, author_id, ciphertext, created_at FROM thread_notes WHERE thread_id = ? ORDER BY created_at, id",
    [threadId],
  );
  return rows.map((row) => ({ id: row.id, authorId: row.author_id, ciphertext: row.ciphertext, createdAt: Number(row.created_at) }));
}

export async function threadStates(db: Queryable, serviceId: string) {
  const rows = await db.all<{ thread_id: string; assigned_to: string | null; closed_as: string | null; handover_to: string | null; handover_status: string | null; notes: number }>(
    `SELECT t.id AS thread_id, s.assigned_to, s.closed_as, h.to_service_id AS handover_to, h.status AS handover_status,
       (SELECT COUNT(*) FROM thread_notes n WHERE n.thread_id = t.id) AS notes
     FROM threads t LEFT JOIN thread_state s ON s.thread_id = t.id LEFT JOIN handovers h ON h.thread_id = t.id
     WHERE t.service_id = ? ORDER BY t.last_activity_at DESC LIMIT 1000`,
    [serviceId],
  );
  return rows.map((row) => ({
    threadId: row.thread_id,
    assignedTo: row.assigned_to,
    closedAs: row.closed_as,
    handoverTo: row.handover_to,
    handoverStatus: row.handover_status,
    notes: Number(row.notes),
  }));
}

export async function cannedAnswers(db: Queryable, serviceId: string) {
  const rows = await db.all<{ id: string; language: string; title: string; body: string }>("SELECT id, language, title, body FROM canned_answers WHERE service_id = ? ORDER BY language, title", [
    serviceId,
  ]);
  return rows.map((row) => ({ id: row.id, language: row.language, title: row.title, body: row.body }));
}

export async function addCannedAnswer(db: Db, serviceId: string, answer: { language: string; title: string; body: string }, by: string, now: number): Promise<string> {
  const id = randomId(12);
  await db.transaction(async (tx) => {
    await tx.run("INSERT INTO canned_answers (id, service_id, language, title, body, created_at) VALUES (?, ?, ?, ?, ?, ?)", [id, serviceId, answer.language, answer.title, answer.body, now]);
    await audit(tx, serviceId, { counsellorId: by, action: "answers", target: "added" }, now);
  });
  return id;
}

export async function deleteCannedAnswer(db: Db, serviceId: string, id: string, by: string, now: number): Promise<void> {
  await db.transaction(async (tx) => {
    if ((await tx.run("DELETE FROM canned_answers WHERE id = ? AND service_id = ?", [id, serviceId])) !== 1) throw new ApiError("not_found", "no such answer in your service");
    await audit(tx, serviceId, { counsellorId: by, action: "answers", target: "deleted" }, now);
  });
}

export async function setAbsence(db: Db, serviceId: string, until: string | null, by: string, now: number): Promise<void> {
  await db.transaction(async (tx) => {
    if (until === null) await tx.run("DELETE FROM service_absence WHERE service_id = ?", [serviceId]);
    else
      await tx.run("INSERT INTO service_absence (service_id, until_date, set_at) VALUES (?, ?, ?) ON CONFLICT (service_id) DO UPDATE SET until_date = excluded.until_date, set_at = excluded.set_at", [
        serviceId,
        until,
        now,
      ]);
    await audit(tx, serviceId, { counsellorId: by, action: "absence", target: until ?? "back" }, now);
  });
}

/** The date of return, while it lies ahead (YYYY-MM-DD, the service's own calendar day). */
export async function absenceOf(db: Queryable, serviceId: string, now: number): Promise<string | null> {
  const row = await db.get<{ until_date: string }>("SELECT until_date FROM service_absence WHERE service_id = ?", [serviceId]);
  if (!row) return null;
  return row.until_date >= new Date(now).toISOString().slice(0, 10) ? row.until_date : null;
}
