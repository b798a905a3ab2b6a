/**
 * The whole contact channel for an e2e test file: the e2e build (dist-e2e/, with the console in
 * dist-e2e/console/) served on http://localhost:<port> (WebAuthn needs a domain, not an IP
 * address), /api/ passed to a real contact server (server/start-server.ts) on a fresh database
 * (SQLite, or PostgreSQL when CONTACT_TEST_DB=postgres: server/tests/harness.ts), with the demo
 * service, and one Chromium. Each context keeps the network local, and CSP violations or missing
 * text keys fail the test, as in ./harness.ts.
 */
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import type { Browser, BrowserContext, CDPSession, Page } from "playwright-core";
import { freshDb, type TestDb } from "../../../server/tests/harness";
import { startServer, type RunningServer } from "../../../server/start-server";
import { createInvite } from "../../../server/store/console";
import { demoService, ensureService } from "../../../server/store/services";
import { launchChromium } from "./browser";
import { startStaticServer, type StaticServer } from "./server";
import { collectRequests } from "./requests";
import { keepNetworkLocal } from "./network";
import { watchCspViolations } from "./csp";
import { watchMissingKeys } from "./missing-keys";
import { DIST_E2E } from "./paths";
import { DESKTOP, type Session, type Viewport } from "./harness";

export interface ContactE2E {
  readonly origin: string;
  readonly db: TestDb;
  /** A fresh context with one page, not yet navigated. */
  open(viewport?: Viewport): Promise<Session>;
  /** A page with Chromium's virtual WebAuthn authenticator (CTAP2, internal, resident keys, user verification, PRF). */
  openWithAuthenticator(viewport?: Viewport): Promise<Session & { cdp: CDPSession; authenticatorId: string }>;
  /** A one-time enrolment link for the demo service, as `npm run console:invite -- demo` prints it. */
  inviteLink(): Promise<string>;
}

export function useContactE2E(): ContactE2E {
  let staticServer: StaticServer | undefined;
  let contact: RunningServer | undefined;
  let db: TestDb | undefined;
  let browser: Browser | undefined;
  let origin = "";
  const contexts: BrowserContext[] = [];
  let sessions: Session[] = [];

  beforeAll(async () => {
    db = await freshDb(Date.now());
    await ensureService(db.db, demoService, Date.now());
    staticServer = await startStaticServer(DIST_E2E, { api: () => contact?.origin ?? "http://127.0.0.1:9" });
    origin = staticServer.origin.replace("127.0.0.1", "localhost");
    contact = await startServer({ db: db.db, port: 0, log: () => undefined, rateLimits: false, webauthn: { rpId: "localhost", origins: [origin] } });
    browser = await launchChromium();
  });

  afterEach(() => {
    const violations = sessions.flatMap((session) => session.cspViolations);
    const missingKeys = sessions.flatMap((session) => session.missingKeys);
    sessions = [];
    expect(violations.join("\n"), "Content-Security-Policy violations").toBe("");
    expect(missingKeys, "UI text keys missing (namespace:key (language))").toEqual([]);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await contact?.close();
    await staticServer?.close();
    await db?.dispose();
  });

  async function open(viewport: Viewport = DESKTOP): Promise<Session> {
    if (browser === undefined) throw new Error("e2e: browser not started (beforeAll failed?)");
    const context = await browser.newContext({ viewport, locale: "en-US", reducedMotion: "reduce" });
    contexts.push(context);
    await keepNetworkLocal(context, origin);
    const cspViolations = await watchCspViolations(context);
    const missingKeys = watchMissingKeys(context);
    const page: Page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const session = { context, page, requests: collectRequests(page), origin, cspViolations, missingKeys };
    sessions.push(session);
    return session;
  }

  return {
    get origin() {
      return origin;
    },
    get db() {
      if (db === undefined) throw new Error("e2e: database not open (beforeAll failed?)");
      return db;
    },
    open,
    async openWithAuthenticator(viewport: Viewport = DESKTOP) {
      const session = await open(viewport);
      const cdp = await session.context.newCDPSession(session.page);
      await cdp.send("WebAuthn.enable");
      const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
        options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, hasPrf: true, automaticPresenceSimulation: true },
      });
      return { ...session, cdp, authenticatorId };
    },
    async inviteLink() {
      if (db === undefined) throw new Error("e2e: database not open");
      return `${origin}/console/#invite=${await createInvite(db.db, "demo", Date.now())}`;
    },
  };
}
