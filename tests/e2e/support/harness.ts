/**
 * One static server and one Chromium per test file (started in beforeAll),
 * and a fresh browser context per test so no state leaks between tests.
 * The server serves the e2e build (dist-e2e/) unless a file asks for the production build
 * (dist/): the e2e build reports every missing UI text key, and any test that saw one fails.
 */
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "./browser";
import { startStaticServer, type StaticServer } from "./server";
import { collectRequests, type RequestLog } from "./requests";
import { keepNetworkLocal } from "./network";
import { watchCspViolations } from "./csp";
import { watchMissingKeys } from "./missing-keys";
import { DIST, DIST_E2E } from "./paths";

export interface Viewport {
  readonly width: number;
  readonly height: number;
}
export const DESKTOP: Viewport = { width: 1280, height: 900 };
export const PHONE: Viewport = { width: 360, height: 740 };
export const NARROW: Viewport = { width: 320, height: 640 };

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly requests: RequestLog;
  readonly origin: string;
  /**
   * Content-Security-Policy violations seen in this context so far ("directive blocked-uri").
   * Any left here at the end of a test fails it; a test that provokes one on purpose removes it.
   */
  readonly cspViolations: string[];
  /**
   * UI text keys the e2e build could not find ("namespace:key (language)"): the person would
   * have seen the raw key. Any left here at the end of a test fails it.
   */
  readonly missingKeys: string[];
}

/**
 * Which build a test file runs against. "e2e" (the default) is the production build plus the demo
 * country and the missing-key report. "production" is what ships, for the few files that check
 * what only it can show (no demo country, the shipped layout); missing keys go unseen there.
 */
export type Build = "e2e" | "production";
const BUILD_FOLDERS: Readonly<Record<Build, string>> = { e2e: DIST_E2E, production: DIST };

export interface E2E {
  readonly origin: string;
  /** A fresh context (empty storage, local-only network) with one page, not yet navigated; `scripts: false` turns JavaScript off. */
  open(viewport?: Viewport, options?: { scripts?: boolean }): Promise<Session>;
}

export function useE2E({ build = "e2e" }: { build?: Build } = {}): E2E {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let sessions: Session[] = [];

  beforeAll(async () => {
    server = await startStaticServer(BUILD_FOLDERS[build]);
    browser = await launchChromium();
  });

  // The app runs under the production CSP (the server sends deploy/security-headers.conf):
  // any violation in any test is a failure.
  // A missing UI text key in any language, also one built at run time, is a failure too (issue 12).
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
    await server?.close();
  });

  const requireStarted = (): { server: StaticServer; browser: Browser } => {
    if (!server || !browser) throw new Error("e2e: server/browser not started (beforeAll failed?)");
    return { server, browser };
  };

  return {
    get origin() {
      return requireStarted().server.origin;
    },
    async open(viewport: Viewport = DESKTOP, options: { scripts?: boolean } = {}): Promise<Session> {
      const { server: s, browser: b } = requireStarted();
      const context = await b.newContext({ viewport, locale: "en-US", reducedMotion: "reduce", javaScriptEnabled: options.scripts ?? true });
      contexts.push(context);
      await keepNetworkLocal(context, s.origin);
      const cspViolations = await watchCspViolations(context);
      const missingKeys = watchMissingKeys(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const requests = collectRequests(page);
      const session = { context, page, requests, origin: s.origin, cspViolations, missingKeys };
      sessions.push(session);
      return session;
    },
  };
}
