// Roles of a service's team. A lead invites and removes counsellors, removes lost devices and
// reads the audit log and the purge job's last run; a counsellor works the inbox.

import type { Context } from "hono";
import type { Deps } from "../context";
import { ApiError } from "../errors";
import { requireSession } from "../session";
import type { SessionView } from "../store/console";

export const roles = ["lead", "counsellor"] as const;
export type Role = (typeof roles)[number];

export async function requireLead(c: Context, deps: Deps): Promise<SessionView> {
  const session = await requireSession(c, deps);
  if (session.role !== "lead") throw new ApiError("forbidden", "only the service's lead may do this");
  return session;
}
