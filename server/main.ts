// The contact server's command-line entry (`npm run server`, the systemd unit, `npm start`).
// Environment:
//   CONTACT_DB        sqlite:<file> (default sqlite:.data/contact.sqlite) or postgres://…
//   CONTACT_PORT      default 8787 (always bound to 127.0.0.1)
//   CONTACT_RP_ID     WebAuthn relying-party id, the console's host name (default localhost)
//   CONTACT_ORIGINS   comma-separated origins the console is served from
//   CONTACT_DEMO=1    create the demo service (development and e2e only)
//   CONTACT_TRUST_PROXY=1  behind nginx on the same host: read X-Real-IP (rate limits only) and X-Forwarded-Proto

import { openDb, defaultDbUrl } from "./db/open";
import { invitePath } from "./invite-link";
import { createInvite } from "./store/console";
import { purge } from "./purge";
import { startServer } from "./start-server";
import { demoService, ensureService } from "./store/services";

const env = process.env;
const db = await openDb(env.CONTACT_DB ?? defaultDbUrl);
if (env.CONTACT_DEMO === "1") await ensureService(db, demoService, Date.now());
await purge(db, Date.now());
const server = await startServer({
  db,
  port: Number(env.CONTACT_PORT ?? 8787),
  webauthn: {
    rpId: env.CONTACT_RP_ID ?? "localhost",
    ...(env.CONTACT_ORIGINS ? { origins: env.CONTACT_ORIGINS.split(",").map((o) => o.trim()) } : {}),
  },
  trustProxy: env.CONTACT_TRUST_PROXY === "1",
  // Only for the loopback bench, whose hundreds of senders share one address.
  ...(env.CONTACT_RATE_LIMITS === "off" ? { rateLimits: false as const } : {}),
  purgeEveryMs: 3_600_000,
});
console.log(`contact-server: listening on ${server.origin} (${db.dialect}${env.CONTACT_DEMO === "1" ? ", demo service on" : ""})`);
if (env.CONTACT_DEMO === "1") {
  const enrolled = await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM counsellors WHERE service_id = 'demo'");
  if (Number(enrolled?.n ?? 0) === 0) {
    const token = await createInvite(db, "demo", Date.now());
    const origin = env.CONTACT_CONSOLE_ORIGIN ?? "http://localhost:5173";
    console.log(`contact-server: the demo service has no counsellor yet; enrol one (link valid 24 h, once): ${origin}${invitePath}${token}`);
  }
}

const stop = async () => {
  await server.close();
  await db.close();
  process.exit(0);
};
process.once("SIGTERM", () => void stop());
process.once("SIGINT", () => void stop());
