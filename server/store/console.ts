// Counsellors, their passkey credentials, invites, WebAuthn challenges and sessions. Tokens
// (invite, session) are random 32-byte strings; only their SHA-256 is stored.

import type { Db, Queryable } from "../db/driver";
import { randomId, sha256Base64Url } from "./ids";

export const inviteTtlMs = 24 * 3_600_000;
export const challengeTtlMs = 5 * 60_000;

export async function createInvite(db: Db, serviceId: string, now: number, role: "lead" | "counsellor" = "counsellor"): Promise<string> {
  const token = randomId(32);
  await db.run("INSERT INTO invites (token_hash, service_id, role, created_at, expires_at) VALUES (?, ?, ?, ?, ?)", [sha256Base64Url(token), serviceId, role, now, now + inviteTtlMs]);
  return token;
}

export async function openInvite(db: Queryable, token: string, now: number): Promise<{ tokenHash: string; serviceId: string; role: string; counsellorId: string | null } | undefined> {
  const tokenHash = sha256Base64Url(token);
  const row = await db.get<{ service_id: string; role: string; counsellor_id: string | null }>(
    "SELECT service_id, role, counsellor_id FROM invites WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
    [tokenHash, now],
  );
  return row && { tokenHash, serviceId: row.service_id, role: row.role, counsellorId: row.counsellor_id };
}

export async function saveChallenge(db: Db, challenge: { challenge: string; purpose: "enrol" | "login"; inviteTokenHash?: string; userHandle?: string }, now: number): Promise<void> {
  await db.run("INSERT INTO webauthn_challenges (challenge, purpose, invite_token_hash, user_handle, expires_at) VALUES (?, ?, ?, ?, ?)", [
    challenge.challenge,
    challenge.purpose,
    challenge.inviteTokenHash ?? null,
    challenge.userHandle ?? null,
    now + challengeTtlMs,
  ]);
}

/** Takes a challenge out (single use); undefined when unknown, expired or for another purpose. */
export async function takeChallenge(db: Db, challenge: string, purpose: "enrol" | "login", now: number): Promise<{ inviteTokenHash: string | null; userHandle: string | null } | undefined> {
  return db.transaction(async (tx) => {
    const row = await tx.get<{ purpose: string; invite_token_hash: string | null; user_handle: string | null; expires_at: number }>("SELECT * FROM webauthn_challenges WHERE challenge = ?", [
      challenge,
    ]);
    if (!row) return undefined;
    await tx.run("DELETE FROM webauthn_challenges WHERE challenge = ?", [challenge]);
    if (row.purpose !== purpose || Number(row.expires_at) <= now) return undefined;
    return { inviteTokenHash: row.invite_token_hash, userHandle: row.user_handle };
  });
}

export interface CredentialRow extends Record<string, string | number | null> {
  id: string;
  counsellor_id: string;
  public_key: string;
  counter: number;
  transports: string;
}

export async function getCredential(db: Queryable, id: string): Promise<(CredentialRow & { service_id: string; disabled_at: number | null }) | undefined> {
  return db.get("SELECT c.*, u.service_id, u.disabled_at FROM credentials c JOIN counsellors u ON u.id = c.counsellor_id WHERE c.id = ?", [id]);
}

export interface SessionView {
  counsellorId: string;
  serviceId: string;
  credentialId: string;
  displayName: string;
  role: string;
  expiresAt: number;
}

export async function createSession(
  tx: Queryable,
  session: { counsellorId: string; serviceId: string; credentialId: string },
  now: number,
  ttlMs: number,
): Promise<{ token: string; expiresAt: number }> {
  const token = randomId(32);
  const expiresAt = now + ttlMs;
  await tx.run("INSERT INTO sessions (token_hash, counsellor_id, service_id, credential_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)", [
    sha256Base64Url(token),
    session.counsellorId,
    session.serviceId,
    session.credentialId,
    now,
    expiresAt,
  ]);
  return { token, expiresAt };
}

export async function findSession(db: Queryable, token: string, now: number): Promise<SessionView | undefined> {
  const row = await db.get<{ counsellor_id: string; service_id: string; credential_id: string; display_name: string; role: string; expires_at: number }>(
    `SELECT s.counsellor_id, s.service_id, s.credential_id, s.expires_at, u.display_name, u.role
     FROM sessions s JOIN counsellors u ON u.id = s.counsellor_id
     WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL AND u.service_id = s.service_id`,
    [sha256Base64Url(token), now],
  );
  return row && { counsellorId: row.counsellor_id, serviceId: row.service_id, credentialId: row.credential_id, displayName: row.display_name, role: row.role, expiresAt: Number(row.expires_at) };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.run("DELETE FROM sessions WHERE token_hash = ?", [sha256Base64Url(token)]);
}

export async function deviceWrap(db: Queryable, credentialId: string, serviceKeyId: string): Promise<string | undefined> {
  const row = await db.get<{ wrapped_key: string }>("SELECT wrapped_key FROM device_key_wraps WHERE credential_id = ? AND service_key_id = ?", [credentialId, serviceKeyId]);
  return row?.wrapped_key;
}
