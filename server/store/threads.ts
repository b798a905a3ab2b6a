// Threads and messages: the person's side and the counsellor's. Every counsellor query takes
// the session's service id and filters on it, so a thread of another service is simply not found.

import type { CreateThreadRequest, InboxEntry, MessageAck, MessageView } from "../../src/contact/api";
import type { Direction } from "../../src/contact/protocol";
import { type Db, type Queryable, isUniqueViolation } from "../db/driver";
import { ApiError } from "../errors";
import { sameSecret, sha256Base64Url } from "./ids";

interface ThreadRow extends Record<string, string | number | null> {
  id: string;
  service_id: string;
  auth_verifier: string;
  person_wrap: string;
  urgent: number;
  message_count: number;
  created_at: number;
  last_activity_at: number;
}

export interface StoredMessage {
  threadId: string;
  id: string;
  direction: Direction;
  ciphertext: string;
  authorId: string | null;
}

/** Inserts a message, or recognises a retry of the same message (same id, thread, direction, bytes). */
async function insertMessage(tx: Queryable, message: StoredMessage, now: number): Promise<{ ack: MessageAck; replayed: boolean }> {
  const existing = await tx.get<{ thread_id: string; direction: string; ciphertext: string; created_at: number }>("SELECT thread_id, direction, ciphertext, created_at FROM messages WHERE id = ?", [
    message.id,
  ]);
  if (existing) {
    if (existing.thread_id === message.threadId && existing.direction === message.direction && existing.ciphertext === message.ciphertext) {
      return { ack: { id: message.id, createdAt: Number(existing.created_at) }, replayed: true };
    }
    throw new ApiError("conflict", "this message id is already used for another message; make a new id", "id");
  }
  // The UPDATE locks the thread row (PostgreSQL), so concurrent posts to one thread get distinct seq numbers.
  const bumped = await tx.get<{ message_count: number }>("UPDATE threads SET message_count = message_count + 1, last_activity_at = ? WHERE id = ? RETURNING message_count", [now, message.threadId]);
  if (!bumped) throw new ApiError("not_found", "no such conversation");
  await tx.run("INSERT INTO messages (id, thread_id, seq, direction, ciphertext, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", [
    message.id,
    message.threadId,
    Number(bumped.message_count),
    message.direction,
    message.ciphertext,
    message.authorId,
    now,
  ]);
  return { ack: { id: message.id, createdAt: now }, replayed: false };
}

/** Retries once when a concurrent identical request won the race (unique violation). */
async function withRetry<T>(db: Db, work: (tx: Queryable) => Promise<T>): Promise<T> {
  try {
    return await db.batchedTransaction(work);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.batchedTransaction(work);
  }
}

export async function createThread(db: Db, request: CreateThreadRequest, now: number): Promise<{ ack: MessageAck; replayed: boolean }> {
  return withRetry(db, async (tx) => {
    const key = await tx.get<{ service_id: string }>("SELECT service_id FROM service_keys WHERE id = ? AND retired_at IS NULL", [request.keyId]);
    if (!key || key.service_id !== request.serviceId) throw new ApiError("conflict", "the service's key has changed or does not belong to this service; fetch it again", "keyId");
    const thread = await tx.get<ThreadRow>("SELECT * FROM threads WHERE id = ?", [request.threadId]);
    if (thread) {
      // A retried creation: same code (verifier), same service, same first message → the same answer.
      if (!sameSecret(thread.auth_verifier, request.authVerifier) || thread.service_id !== request.serviceId) {
        throw new ApiError("conflict", "a conversation with this id exists already; make a new pickup code", "threadId");
      }
      return insertMessage(tx, { threadId: request.threadId, id: request.message.id, direction: "person", ciphertext: request.message.ciphertext, authorId: null }, now);
    }
    await tx.run("INSERT INTO threads (id, service_id, auth_verifier, person_wrap, urgent, message_count, created_at, last_activity_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)", [
      request.threadId,
      request.serviceId,
      request.authVerifier,
      request.personWrap,
      request.urgent ? 1 : 0,
      now,
      now,
    ]);
    await tx.run("INSERT INTO thread_wraps (thread_id, service_key_id, wrap, created_at) VALUES (?, ?, ?, ?)", [request.threadId, request.keyId, request.serviceWrap, now]);
    return insertMessage(tx, { threadId: request.threadId, id: request.message.id, direction: "person", ciphertext: request.message.ciphertext, authorId: null }, now);
  });
}

/** The thread if the bearer auth key matches its verifier; undefined otherwise (no oracle). */
export async function threadForPerson(db: Queryable, threadId: string, authKey: string): Promise<ThreadRow | undefined> {
  const thread = await db.get<ThreadRow>("SELECT * FROM threads WHERE id = ?", [threadId]);
  if (!thread) return undefined;
  return sameSecret(thread.auth_verifier, sha256Base64Url(Buffer.from(authKey, "base64url"))) ? thread : undefined;
}

export async function threadForService(db: Queryable, threadId: string, serviceId: string): Promise<ThreadRow | undefined> {
  return db.get<ThreadRow>("SELECT * FROM threads WHERE id = ? AND service_id = ?", [threadId, serviceId]);
}

export async function messagesOf(db: Queryable, threadId: string): Promise<MessageView[]> {
  const rows = await db.all<{ id: string; direction: string; ciphertext: string; created_at: number }>("SELECT id, direction, ciphertext, created_at FROM messages WHERE thread_id = ? ORDER BY seq", [
    threadId,
  ]);
  return rows.map((row) => ({ id: row.id, direction: row.direction as Direction, ciphertext: row.ciphertext, createdAt: Number(row.created_at) }));
}

export async function serviceWrapOf(db: Queryable, threadId: string): Promise<{ keyId: string; wrap: string } | undefined> {
  const row = await db.get<{ service_key_id: string; wrap: string }>(
    "SELECT w.service_key_id, w.wrap FROM thread_wraps w JOIN threads t ON t.id = w.thread_id JOIN service_keys k ON k.id = w.service_key_id WHERE w.thread_id = ? AND k.service_id = t.service_id ORDER BY w.created_at DESC",
    [threadId],
  );
  return row ? { keyId: row.service_key_id, wrap: row.wrap } : undefined;
}

export async function postMessage(db: Db, message: StoredMessage, now: number): Promise<{ ack: MessageAck; replayed: boolean }> {
  return withRetry(db, (tx) => insertMessage(tx, message, now));
}

export async function deleteThread(db: Db, threadId: string): Promise<void> {
  await db.transaction(async (tx) => void (await tx.run("DELETE FROM threads WHERE id = ?", [threadId])));
  await db.scrub();
}

export async function markRead(db: Db, threadId: string, counsellorId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.run(
      "INSERT INTO thread_reads (thread_id, counsellor_id, read_seq) SELECT id, ?, message_count FROM threads WHERE id = ? ON CONFLICT (thread_id, counsellor_id) DO UPDATE SET read_seq = excluded.read_seq",
      [counsellorId, threadId],
    );
  });
}

const hour = 3_600_000;

export async function inbox(db: Queryable, serviceId: string, counsellorId: string, responseHours: number, now: number): Promise<InboxEntry[]> {
  const rows = await db.all<{ id: string; urgent: number; created_at: number; message_count: number; last_message_at: number | null; unread: number; waiting_since: number | null }>(
    `SELECT t.id, t.urgent, t.created_at, t.message_count,
       (SELECT MAX(m.created_at) FROM messages m WHERE m.thread_id = t.id) AS last_message_at,
       (SELECT COUNT(*) FROM messages m WHERE m.thread_id = t.id AND m.direction = 'person'
          AND m.seq > COALESCE((SELECT r.read_seq FROM thread_reads r WHERE r.thread_id = t.id AND r.counsellor_id = ?), 0)) AS unread,
       (SELECT MIN(m.created_at) FROM messages m WHERE m.thread_id = t.id AND m.direction = 'person'
          AND m.seq > COALESCE((SELECT MAX(s.seq) FROM messages s WHERE s.thread_id = t.id AND s.direction = 'service'), 0)) AS waiting_since
     FROM threads t WHERE t.service_id = ?
     ORDER BY t.last_activity_at DESC LIMIT 1000`,
    [counsellorId, serviceId],
  );
  const entries = rows.map((row): InboxEntry => {
    const waitingSince = row.waiting_since === null ? null : Number(row.waiting_since);
    return {
      threadId: row.id,
      urgent: Number(row.urgent) === 1,
      unread: Number(row.unread),
      messageCount: Number(row.message_count),
      createdAt: Number(row.created_at),
      lastMessageAt: Number(row.last_message_at ?? row.created_at),
      waitingSince,
      overdue: waitingSince !== null && now - waitingSince > responseHours * hour,
    };
  });
  // Urgent first, then those past the promise, then unread, then the longest waiting.
  const rank = (e: InboxEntry) => [e.urgent ? 0 : 1, e.overdue ? 0 : 1, e.unread > 0 ? 0 : 1, e.waitingSince ?? Number.MAX_SAFE_INTEGER, -e.lastMessageAt];
  return entries.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if ((ra[i] ?? 0) !== (rb[i] ?? 0)) return (ra[i] ?? 0) - (rb[i] ?? 0);
    return 0;
  });
}
