// Who an enrolment creates (issue 19): the counsellor who makes the service's key becomes its
// lead; an invite made by a lead carries the role it was made for; an invite bound to a
// counsellor (made from that counsellor's signed-in console) adds a device to them instead of a
// new counsellor. The invite's key-transfer wrap is cleared as the invite is spent.

import type { Queryable } from "../db/driver";
import { ApiError } from "../errors";
import { audit } from "./audit";

interface EnrolInvite {
  tokenHash: string;
  serviceId: string;
  role: string;
  counsellorId: string | null;
}

export async function enrolledCounsellor(
  tx: Queryable,
  enrol: { invite: EnrolInvite; createdKey: boolean; counsellorId: string; displayName: string },
  now: number,
): Promise<{ id: string; role: string }> {
  const { invite } = enrol;
  await tx.run("UPDATE invites SET key_transfer_wrap = NULL WHERE token_hash = ?", [invite.tokenHash]);
  if (invite.counsellorId !== null) {
    const owner = await tx.get<{ role: string }>("SELECT role FROM counsellors WHERE id = ? AND service_id = ? AND disabled_at IS NULL", [invite.counsellorId, invite.serviceId]);
    if (!owner) throw new ApiError("not_found", "the counsellor this device was meant for has been removed");
    await audit(tx, invite.serviceId, { counsellorId: invite.counsellorId, action: "device-added" }, now);
    return { id: invite.counsellorId, role: owner.role };
  }
  const role = enrol.createdKey || invite.role === "lead" ? "lead" : "counsellor";
  await tx.run("INSERT INTO counsellors (id, service_id, display_name, role, created_at) VALUES (?, ?, ?, ?, ?)", [enrol.counsellorId, invite.serviceId, enrol.displayName, role, now]);
  await audit(tx, invite.serviceId, { counsellorId: enrol.counsellorId, action: "invite", target: role }, now);
  return { id: enrol.counsellorId, role };
}

export async function auditSignIn(tx: Queryable, serviceId: string, counsellorId: string, now: number): Promise<void> {
  await audit(tx, serviceId, { counsellorId, action: "sign-in" }, now);
}
