// The team of a service: its counsellors and their devices, invites that carry the service key
// for a new device, and removal that takes effect at once.

import type { Db, Queryable } from "../db/driver";
import { ApiError } from "../errors";
import { inviteTtlMs } from "../store/console";
import { randomId, sha256Base64Url } from "../store/ids";
import type { TeamResponse } from "../../src/contact/team-api";
import { audit } from "./audit";

export async function teamOf(db: Queryable, serviceId: string): Promise<TeamResponse> {
  const people = await db.all<{ id: string; display_name: string; role: string; created_at: number }>(
    "SELECT id, display_name, role, created_at FROM counsellors WHERE service_id = ? AND disabled_at IS NULL ORDER BY CASE WHEN role = 'lead' THEN 0 ELSE 1 END, created_at, id",
    [serviceId],
  );
  const devices = await db.all<{ id: string; counsellor_id: string; created_at: number; last_used_at: number | null }>(
    "SELECT c.id, c.counsellor_id, c.created_at, c.last_used_at FROM credentials c JOIN counsellors u ON u.id = c.counsellor_id WHERE u.service_id = ? AND u.disabled_at IS NULL ORDER BY c.created_at",
    [serviceId],
  );
  return {
    counsellors: people.map((p) => ({
      id: p.id,
      displayName: p.display_name,
      role: p.role === "lead" ? "lead" : "counsellor",
      createdAt: Number(p.created_at),
      devices: devices
        .filter((d) => d.counsellor_id === p.id)
        .map((d) => ({ credentialId: d.id, createdAt: Number(d.created_at), lastUsedAt: d.last_used_at === null ? null : Number(d.last_used_at) })),
    })),
  };
}

export async function createKeyInvite(
  db: Db,
  invite: { serviceId: string; role: string; counsellorId: string | null; createdBy: string; keyTransferWrap: string },
  now: number,
): Promise<{ inviteToken: string; expiresAt: number }> {
  const token = randomId(32);
  const expiresAt = now + inviteTtlMs;
  await db.transaction(async (tx) => {
    await tx.run("INSERT INTO invites (token_hash, service_id, role, created_at, expires_at, counsellor_id, key_transfer_wrap, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
      sha256Base64Url(token),
      invite.serviceId,
      invite.role,
      now,
      expiresAt,
      invite.counsellorId,
      invite.keyTransferWrap,
      invite.createdBy,
    ]);
    await audit(tx, invite.serviceId, { counsellorId: invite.createdBy, action: "invite", target: invite.counsellorId === null ? invite.role : "device" }, now);
  });
  return { inviteToken: token, expiresAt };
}

export async function keyTransferOf(db: Queryable, token: string, now: number): Promise<{ serviceId: string; keyId: string; publicKey: string; keyTransferWrap: string } | undefined> {
  const row = await db.get<{ service_id: string; key_transfer_wrap: string | null; id: string; public_key: string }>(
    `SELECT i.service_id, i.key_transfer_wrap, k.id, k.public_key FROM invites i JOIN service_keys k ON k.service_id = i.service_id AND k.retired_at IS NULL
     WHERE i.token_hash = ? AND i.used_at IS NULL AND i.expires_at > ?`,
    [sha256Base64Url(token), now],
  );
  if (!row || row.key_transfer_wrap === null) return undefined;
  return { serviceId: row.service_id, keyId: row.id, publicKey: row.public_key, keyTransferWrap: row.key_transfer_wrap };
}

/** Removes a counsellor now: sessions ended, devices and their key wraps deleted, claims released. */
export async function removeCounsellor(db: Db, serviceId: string, counsellorId: string, by: string, now: number): Promise<void> {
  if (counsellorId === by) throw new ApiError("conflict", "a lead cannot remove themselves; ask another lead");
  await db.transaction(async (tx) => {
    const changed = await tx.run("UPDATE counsellors SET disabled_at = ? WHERE id = ? AND service_id = ? AND disabled_at IS NULL", [now, counsellorId, serviceId]);
    if (changed !== 1) throw new ApiError("not_found", "no such counsellor in your service");
    await tx.run("DELETE FROM sessions WHERE counsellor_id = ?", [counsellorId]);
    await tx.run("DELETE FROM device_key_wraps WHERE credential_id IN (SELECT id FROM credentials WHERE counsellor_id = ?)", [counsellorId]);
    await tx.run("DELETE FROM credentials WHERE counsellor_id = ?", [counsellorId]);
    await tx.run("DELETE FROM invites WHERE counsellor_id = ? OR created_by = ?", [counsellorId, counsellorId]);
    await tx.run("UPDATE thread_state SET assigned_to = NULL WHERE assigned_to = ?", [counsellorId]);
    await audit(tx, serviceId, { counsellorId: by, action: "removal", target: counsellorId }, now);
  });
  await db.scrub();
}

/** Removes one device (a lost phone): its sessions, its key wrap and the passkey itself. */
export async function removeDevice(db: Db, serviceId: string, credentialId: string, by: string, now: number): Promise<void> {
  await db.transaction(async (tx) => {
    const owner = await tx.get<{ counsellor_id: string }>("SELECT c.counsellor_id FROM credentials c JOIN counsellors u ON u.id = c.counsellor_id WHERE c.id = ? AND u.service_id = ?", [
      credentialId,
      serviceId,
    ]);
    if (!owner) throw new ApiError("not_found", "no such device in your service");
    await tx.run("DELETE FROM sessions WHERE credential_id = ?", [credentialId]);
    await tx.run("DELETE FROM device_key_wraps WHERE credential_id = ?", [credentialId]);
    await tx.run("DELETE FROM credentials WHERE id = ?", [credentialId]);
    await audit(tx, serviceId, { counsellorId: by, action: "device-removed", target: owner.counsellor_id }, now);
  });
  await db.scrub();
}
