/** The console's calls for the workplace (issue 19), same-origin with the session cookie. */
import type { AuditResponse, KeyTransferResponse, StatsResponse, TeamResponse } from "../../contact/team-api";
import { call } from "../api";

export const workplaceApi = {
  team: () => call<TeamResponse>("GET", "/api/console/team"),
  invite: (role: "lead" | "counsellor", keyTransferWrap: string) => call<{ inviteToken: string; expiresAt: number }>("POST", "/api/console/team/invites", { role, keyTransferWrap }),
  deviceInvite: (keyTransferWrap: string) => call<{ inviteToken: string; expiresAt: number }>("POST", "/api/console/devices/invites", { keyTransferWrap }),
  keyTransfer: (inviteToken: string) => call<KeyTransferResponse>("POST", "/api/console/enrol/key-transfer", { inviteToken }),
  removeCounsellor: (id: string) => call<void>("DELETE", `/api/console/team/counsellors/${encodeURIComponent(id)}`),
  removeDevice: (credentialId: string) => call<void>("DELETE", `/api/console/team/devices/${encodeURIComponent(credentialId)}`),
  stats: () => call<StatsResponse>("GET", "/api/console/stats"),
  audit: () => call<AuditResponse>("GET", "/api/console/audit"),
  absence: (until: string | null) => call<void>("PUT", "/api/console/absence", { until }),
};
export const statsCsvPath = "/api/console/stats.csv";

export type ThreadState = { threadId: string; assignedTo: string | null; closedAs: string | null; handoverTo: string | null; handoverStatus: string | null; notes: number };
export type Note = { id: string; authorId: string | null; ciphertext: string; createdAt: number };
export type CannedAnswer = { id: string; language: string; title: string; body: string };

export const workApi = {
  states: () => call<{ states: ThreadState[] }>("GET", "/api/console/thread-states"),
  assign: (threadId: string, counsellorId: string | null) => call<void>("POST", `/api/console/threads/${threadId}/assign`, { counsellorId }),
  notes: (threadId: string) => call<{ notes: Note[] }>("GET", `/api/console/threads/${threadId}/notes`),
  addNote: (threadId: string, id: string, ciphertext: string) => call<void>("POST", `/api/console/threads/${threadId}/notes`, { id, ciphertext }),
  close: (threadId: string) => call<void>("POST", `/api/console/threads/${threadId}/close`, { as: "face-to-face" }),
  handover: (threadId: string, proposal: { toServiceId: string; toKeyId: string; wrap: string }) => call<void>("POST", `/api/console/threads/${threadId}/handover`, proposal),
  answers: () => call<{ answers: CannedAnswer[] }>("GET", "/api/console/answers"),
  addAnswer: (answer: { language: string; title: string; body: string }) => call<{ id: string }>("POST", "/api/console/answers", answer),
  serviceKey: (serviceId: string) => call<{ keyId: string; publicKey: string; fingerprint: string; name: string }>("GET", `/api/services/${encodeURIComponent(serviceId)}/key`),
};
export const colleaguesApi = { list: () => call<{ colleagues: { id: string; displayName: string }[] }>("GET", "/api/console/colleagues") };
