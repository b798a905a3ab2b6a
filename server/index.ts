// What tests (the contact-ui e2e) and scripts import to run a contact server in process:
//   const db = await openDb("sqlite:/tmp/x.sqlite");            // or postgres://…
//   await ensureService(db, demoService, Date.now());
//   const server = await startServer({ db, port: 0, clock: () => now, webauthn: { origins: [pageOrigin] } });
//   const link = pageOrigin + invitePath + (await createInvite(db, "demo", Date.now()));
//   … server.origin …; await server.close(); await db.close();
export { startServer, type RunningServer, type StartOptions } from "./start-server";
export { openDb, defaultDbUrl } from "./db/open";
export type { Db } from "./db/driver";
export { demoService, ensureService, type Service } from "./store/services";
export { createInvite } from "./store/console";
export { invitePath } from "./invite-link";
export { purge } from "./purge";
