// Console endpoints of the team (issue 19.1) and the lead's audit view (19.5). Every query is
// scoped by the session's service; lead-only endpoints answer 403 to a counsellor.

import type { Hono } from "hono";
import type { Deps } from "../context";
import { ApiError } from "../errors";
import { noStore, param, readJson } from "../http";
import { checkOrigin, requireSession } from "../session";
import { auditResponseSchema, counsellorIdSchema, createInviteRequestSchema, credentialIdSchema, keyTransferRequestSchema, type AuditResponse } from "../../src/contact/team-api";
import { auditOf } from "./audit";
import { requireLead } from "./roles";
import { createKeyInvite, keyTransferOf, removeCounsellor, removeDevice, teamOf } from "./team-store";

export function consoleTeamRoutes(app: Hono, deps: Deps): void {
  const { db, clock } = deps;

  app.get("/api/console/team", async (c) => {
    const session = await requireLead(c, deps);
    noStore(c);
    return c.json(await teamOf(db, session.serviceId));
  });

  /** Any counsellor: colleagues' names, to assign a conversation (no devices, no roles). */
  app.get("/api/console/colleagues", async (c) => {
    const session = await requireSession(c, deps);
    const team = await teamOf(db, session.serviceId);
    noStore(c);
    return c.json({ colleagues: team.counsellors.map((m) => ({ id: m.id, displayName: m.displayName })) });
  });

  app.post("/api/console/team/invites", async (c) => {
    checkOrigin(c, deps);
    const session = await requireLead(c, deps);
    const request = await readJson(c, createInviteRequestSchema);
    const invite = await createKeyInvite(
      db,
      { serviceId: session.serviceId, role: request.role ?? "counsellor", counsellorId: null, createdBy: session.counsellorId, keyTransferWrap: request.keyTransferWrap },
      clock(),
    );
    noStore(c);
    return c.json(invite, 201);
  });

  app.delete("/api/console/team/counsellors/:counsellorId", async (c) => {
    checkOrigin(c, deps);
    const session = await requireLead(c, deps);
    await removeCounsellor(db, session.serviceId, param(c, "counsellorId", counsellorIdSchema), session.counsellorId, clock());
    return c.body(null, 204);
  });

  app.delete("/api/console/team/devices/:credentialId", async (c) => {
    checkOrigin(c, deps);
    const session = await requireLead(c, deps);
    await removeDevice(db, session.serviceId, param(c, "credentialId", credentialIdSchema), session.counsellorId, clock());
    return c.body(null, 204);
  });

  /** Any signed-in counsellor: a link for their own next device. */
  app.post("/api/console/devices/invites", async (c) => {
    checkOrigin(c, deps);
    const session = await requireSession(c, deps);
    const request = await readJson(c, createInviteRequestSchema);
    if (request.role !== undefined) throw new ApiError("validation", "a device invite has no role: it belongs to you", "role");
    const invite = await createKeyInvite(
      db,
      { serviceId: session.serviceId, role: session.role, counsellorId: session.counsellorId, createdBy: session.counsellorId, keyTransferWrap: request.keyTransferWrap },
      clock(),
    );
    noStore(c);
    return c.json(invite, 201);
  });

  /** The invite holder fetches the service key wrapped under the link's transfer key. */
  app.post("/api/console/enrol/key-transfer", async (c) => {
    checkOrigin(c, deps);
    const { inviteToken } = await readJson(c, keyTransferRequestSchema);
    const transfer = await keyTransferOf(db, inviteToken, clock());
    if (!transfer) throw new ApiError("not_found", "this link carries no key, or it is used or expired; ask for a new one");
    noStore(c);
    return c.json(transfer);
  });

  app.get("/api/console/audit", async (c) => {
    const session = await requireLead(c, deps);
    const last = await db.get<{ ran_at: number; threads_deleted: number }>("SELECT ran_at, threads_deleted FROM purge_runs ORDER BY ran_at DESC LIMIT 1");
    const body: AuditResponse = auditResponseSchema.parse({
      entries: await auditOf(db, session.serviceId),
      lastPurge: last ? { ranAt: Number(last.ran_at), threadsDeleted: Number(last.threads_deleted) } : null,
    });
    noStore(c);
    return c.json(body);
  });
}
