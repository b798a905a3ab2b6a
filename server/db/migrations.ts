// One list of migrations for both engines, in portable SQL (TEXT, INTEGER, BIGINT; booleans as
// 0/1; times as milliseconds since the epoch). Applied in order, each in its own transaction,
// and recorded in schema_migrations. Never edit a released migration: add the next one.
//
// Room to grow (issue 19) without a rewrite: counsellors carry a role; a credential is one device
// of a counsellor (many per counsellor); device_key_wraps holds one wrap of a service key per
// device; service_keys can rotate (retired_at); thread_wraps holds one wrap per (thread, service
// key), so handover to another service or key rotation adds a row and deletes the old one;
// thread_reads is per counsellor. Claims, notes and an audit log become new tables keyed by
// thread_id / counsellor_id.

import type { Db } from "./driver";
import { workplaceMigrations } from "./migrations-workplace";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: "contact channel, first room",
    sql: `
CREATE TABLE services (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  is_demo INTEGER NOT NULL DEFAULT 0,
  retention_days INTEGER NOT NULL DEFAULT 90,
  response_hours INTEGER NOT NULL DEFAULT 48,
  created_at BIGINT NOT NULL
);
CREATE TABLE service_keys (
  id TEXT PRIMARY KEY,
  service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  public_key TEXT NOT NULL,
  recovery_wrap TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  retired_at BIGINT
);
CREATE INDEX service_keys_by_service ON service_keys (service_id);
CREATE TABLE counsellors (
  id TEXT PRIMARY KEY,
  service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT 'counsellor',
  created_at BIGINT NOT NULL,
  disabled_at BIGINT
);
CREATE INDEX counsellors_by_service ON counsellors (service_id);
CREATE TABLE credentials (
  id TEXT PRIMARY KEY,
  counsellor_id TEXT NOT NULL REFERENCES counsellors(id) ON DELETE CASCADE,
  public_key TEXT NOT NULL,
  counter BIGINT NOT NULL,
  transports TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  last_used_at BIGINT
);
CREATE INDEX credentials_by_counsellor ON credentials (counsellor_id);
CREATE TABLE device_key_wraps (
  credential_id TEXT NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,
  service_key_id TEXT NOT NULL REFERENCES service_keys(id) ON DELETE CASCADE,
  wrapped_key TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (credential_id, service_key_id)
);
CREATE TABLE invites (
  token_hash TEXT PRIMARY KEY,
  service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  role TEXT NOT NULL DEFAULT 'counsellor',
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT
);
CREATE TABLE webauthn_challenges (
  challenge TEXT PRIMARY KEY,
  purpose TEXT NOT NULL,
  invite_token_hash TEXT,
  user_handle TEXT,
  expires_at BIGINT NOT NULL
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  counsellor_id TEXT NOT NULL REFERENCES counsellors(id) ON DELETE CASCADE,
  service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  credential_id TEXT NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);
CREATE TABLE threads (
  id TEXT PRIMARY KEY,
  service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  auth_verifier TEXT NOT NULL,
  person_wrap TEXT NOT NULL,
  urgent INTEGER NOT NULL,
  message_count INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  last_activity_at BIGINT NOT NULL
);
CREATE INDEX threads_by_service ON threads (service_id, last_activity_at);
CREATE TABLE thread_wraps (
  thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
  service_key_id TEXT NOT NULL REFERENCES service_keys(id),
  wrap TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (thread_id, service_key_id)
);
CREATE TABLE messages (
  id TEXT PRIMARY KEY,
  thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  direction TEXT NOT NULL,
  ciphertext TEXT NOT NULL,
  author_id TEXT REFERENCES counsellors(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (thread_id, seq)
);
CREATE TABLE thread_reads (
  thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
  counsellor_id TEXT NOT NULL REFERENCES counsellors(id) ON DELETE CASCADE,
  read_seq INTEGER NOT NULL,
  PRIMARY KEY (thread_id, counsellor_id)
);
`,
  },
  ...workplaceMigrations,
];

export async function migrate(db: Db, now: number): Promise<void> {
  await db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
  const applied = new Set((await db.all<{ version: number }>("SELECT version FROM schema_migrations")).map((row) => Number(row.version)));
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    await db.transaction(async (tx) => {
      for (const statement of migration.sql
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean))
        await tx.run(statement);
      await tx.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [migration.version, migration.name, now]);
    });
  }
}
