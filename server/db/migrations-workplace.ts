// Migrations of the counsellor's workplace (issue 19), appended to the list in migrations.ts.
// Kept in their own file so the contact channel's first migration stays as released.
//
// - invites: an invite made in the console carries the service's private key wrapped under a
//   one-time transfer key that travels only in the link's fragment (key_transfer_wrap, cleared
//   when used); an invite bound to counsellor_id adds a device to that counsellor.
// - audit_log: append-only record of counsellor actions (no content, ever). No code path updates
//   or deletes a row; on PostgreSQL a trigger refuses it as well.
// - thread_notes: notes beside a thread, encrypted with the thread key (the server sees bytes).
// - thread_state: who works on a thread, and how it was closed.
// - handovers: a proposed handover to another service, with the thread key already wrapped for
//   the receiving service's key; it takes effect only when the person agrees.
// - canned_answers, service_absence, purge_runs: plain settings and bookkeeping (no person data).

import type { Migration } from "./migrations";

export const workplaceMigrations: Migration[] = [
  {
    version: 2,
    name: "counsellor's workplace: team, notes, handover, audit",
    sql: `
ALTER TABLE invites ADD COLUMN counsellor_id TEXT;
ALTER TABLE invites ADD COLUMN key_transfer_wrap TEXT;
ALTER TABLE invites ADD COLUMN created_by TEXT;
CREATE TABLE audit_log (
  id TEXT PRIMARY KEY,
  service_id TEXT NOT NULL,
  counsellor_id TEXT,
  action TEXT NOT NULL,
  thread_id TEXT,
  target TEXT,
  at BIGINT NOT NULL
);
CREATE INDEX audit_by_service ON audit_log (service_id, at);
CREATE TABLE thread_state (
  thread_id TEXT PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE,
  assigned_to TEXT REFERENCES counsellors(id) ON DELETE SET NULL,
  closed_as TEXT,
  closed_at BIGINT
);
CREATE TABLE thread_notes (
  id TEXT PRIMARY KEY,
  thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
  author_id TEXT REFERENCES counsellors(id) ON DELETE SET NULL,
  ciphertext TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX notes_by_thread ON thread_notes (thread_id, created_at);
CREATE TABLE handovers (
  thread_id TEXT PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE,
  from_service_id TEXT NOT NULL,
  to_service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  to_key_id TEXT NOT NULL REFERENCES service_keys(id) ON DELETE CASCADE,
  wrap TEXT NOT NULL,
  proposed_by TEXT,
  proposed_at BIGINT NOT NULL,
  status TEXT NOT NULL
);
CREATE TABLE canned_answers (
  id TEXT PRIMARY KEY,
  service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  language TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX canned_by_service ON canned_answers (service_id, language);
CREATE TABLE service_absence (
  service_id TEXT PRIMARY KEY REFERENCES services(id) ON DELETE CASCADE,
  until_date TEXT NOT NULL,
  set_at BIGINT NOT NULL
);
CREATE TABLE purge_runs (
  id TEXT PRIMARY KEY,
  ran_at BIGINT NOT NULL,
  threads_deleted INTEGER NOT NULL
)
`,
  },
];
