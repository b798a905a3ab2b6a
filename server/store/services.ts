// Services and their keys. A service exists before its first counsellor (the host creates it with
// console:invite); its key pair is made by that counsellor's console at enrolment.

import type { Db, Queryable } from "../db/driver";

export interface Service {
  id: string;
  name: string;
  demo: boolean;
  retentionDays: number;
  responseHours: number;
}

export interface ServiceKey {
  id: string;
  serviceId: string;
  publicKey: string;
  recoveryWrap: string;
}

export async function getService(db: Queryable, id: string): Promise<Service | undefined> {
  const row = await db.get<{ id: string; name: string; is_demo: number; retention_days: number; response_hours: number }>("SELECT * FROM services WHERE id = ?", [id]);
  return row && { id: row.id, name: row.name, demo: Number(row.is_demo) === 1, retentionDays: Number(row.retention_days), responseHours: Number(row.response_hours) };
}

export async function ensureService(db: Db, service: Service, now: number): Promise<void> {
  await db.run("INSERT INTO services (id, name, is_demo, retention_days, response_hours, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING", [
    service.id,
    service.name,
    service.demo ? 1 : 0,
    service.retentionDays,
    service.responseHours,
    now,
  ]);
}

export async function listServices(db: Queryable): Promise<string[]> {
  return (await db.all<{ id: string }>("SELECT id FROM services ORDER BY id")).map((row) => row.id);
}

export async function activeKey(db: Queryable, serviceId: string): Promise<ServiceKey | undefined> {
  const row = await db.get<{ id: string; service_id: string; public_key: string; recovery_wrap: string }>(
    "SELECT id, service_id, public_key, recovery_wrap FROM service_keys WHERE service_id = ? AND retired_at IS NULL ORDER BY created_at DESC",
    [serviceId],
  );
  return row && { id: row.id, serviceId: row.service_id, publicKey: row.public_key, recoveryWrap: row.recovery_wrap };
}

/** The demo service of `npm start` and the e2e builds: clearly not a real service. */
export const demoService: Service = {
  id: "demo",
  name: "Demo service (not a real service: for trying the contact channel)",
  demo: true,
  retentionDays: 90,
  responseHours: 48,
};
