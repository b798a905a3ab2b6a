// `npm run console:invite -- <service> [--name "Service name"] [--origin https://host] [--lead]`
// Prints a one-time enrolment link (valid 24 hours) for a service's counsellor. The token sits in
// the URL fragment, so it never reaches a server log; only its SHA-256 is stored.
// With --name, the service is created if it does not exist; `demo` is always creatable.

import { parseArgs } from "node:util";
import { serviceIdSchema } from "../src/contact/api";
import { defaultDbUrl, openDb } from "./db/open";
import { invitePath } from "./invite-link";
import { createInvite } from "./store/console";
import { demoService, ensureService, getService, listServices } from "./store/services";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: "string" },
    origin: { type: "string", default: process.env.CONTACT_CONSOLE_ORIGIN ?? "http://localhost:5173" },
    "retention-days": { type: "string" },
    lead: { type: "boolean", default: false },
  },
});
const serviceId = positionals[0];
if (serviceId === undefined || !serviceIdSchema.safeParse(serviceId).success) {
  console.error("console:invite: give a service id (lower-case letters, digits, dashes), e.g. npm run console:invite -- demo");
  process.exit(2);
}
const db = await openDb(process.env.CONTACT_DB ?? defaultDbUrl);
const now = Date.now();
if (serviceId === "demo") await ensureService(db, demoService, now);
else if (values.name !== undefined) {
  await ensureService(db, { id: serviceId, name: values.name, demo: false, retentionDays: Number(values["retention-days"] ?? 90), responseHours: 48 }, now);
}
if (!(await getService(db, serviceId))) {
  console.error(`console:invite: no service "${serviceId}" in ${db.dialect}; known: ${(await listServices(db)).join(", ") || "none"}. Create it with --name "Its name".`);
  await db.close();
  process.exit(1);
}
// --lead (issue 19): recovery when every device is lost — the new device types the recovery words
// to unwrap the service key, and becomes a lead who can remove the lost devices.
const token = await createInvite(db, serviceId, now, values.lead ? "lead" : "counsellor");
await db.close();
console.log(`One-time enrolment link for service "${serviceId}" (valid 24 hours, works once):`);
console.log(`${values.origin.replace(/\/$/, "")}${invitePath}${token}`);
