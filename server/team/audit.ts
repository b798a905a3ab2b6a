// The append-only audit log of counsellor actions. Only ids, an action name and a time: never a
// message, a note, a name typed by a person or a network address. Nothing updates or deletes rows.

import type { Queryable } from "../db/driver";
import { randomId } from "../store/ids";

export const auditActions = [
  "sign-in",
  "read",
  "reply",
  "note",
  "claim",
  "assign",
  "handover-proposed",
  "handover-done",
  "handover-refused",
  "close",
  "invite",
  "device-added",
  "device-removed",
  "removal",
  "recovery",
  "absence",
  "answers",
] as const;
export type AuditAction = (typeof auditActions)[number];

export interface AuditEntry {
  counsellorId: string | null;
  action: AuditAction;
  threadId: string | null;
  target: string | null;
  at: number;
}

export async function audit(db: Queryable, serviceId: string, entry: Omit<AuditEntry, "at" | "threadId" | "target"> & { threadId?: string; target?: string }, now: number): Promise<void> {
  await db.run("INSERT INTO audit_log (id, service_id, counsellor_id, action, thread_id, target, at) VALUES (?, ?, ?, ?, ?, ?, ?)", [
    randomId(12),
    serviceId,
    entry.counsellorId,
    entry.action,
    entry.threadId ?? null,
    entry.target ?? null,
    now,
  ]);
}

export async function auditOf(db: Queryable, serviceId: string, limit = 500): Promise<AuditEntry[]> {
  const rows = await db.all<{ counsellor_id: string | null; action: string; thread_id: string | null; target: string | null; at: number }>(
    "SELECT counsellor_id, action, thread_id, target, at FROM audit_log WHERE service_id = ? ORDER BY at DESC, id LIMIT ?",
    [serviceId, limit],
  );
  return rows.map((row) => ({ counsellorId: row.counsellor_id, action: row.action as AuditAction, threadId: row.thread_id, target: row.target, at: Number(row.at) }));
}
