// Starts the contact server on 127.0.0.1 (never on a public interface: nginx sits in front).
// Tests and the bench call startServer({ db, port: 0, clock }) and get back the origin and a
// close function; server/main.ts is the command-line entry.

import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { buildApp } from "./app";
import type { Deps, WebAuthnSettings } from "./context";
import type { Db } from "./db/driver";
import { purge } from "./purge";
import { type RateLimitOptions, RateLimiter, defaultRateLimits } from "./rate-limit";

export interface StartOptions {
  db: Db;
  /** 0 picks a free port. Default 8787 (CONTACT_PORT in main.ts). */
  port?: number;
  host?: string;
  clock?: () => number;
  webauthn?: Partial<WebAuthnSettings>;
  /** @default 2 hours */
  sessionTtlMs?: number;
  secureCookies?: boolean | "auto";
  /** Read X-Real-IP / X-Forwarded-Proto from the reverse proxy (nginx on the same host). */
  trustProxy?: boolean;
  rateLimits?: RateLimitOptions | false;
  /** Run the retention purge every this many ms (0: never; the tests call purge() themselves). */
  purgeEveryMs?: number;
  log?: (line: string) => void;
}

export interface RunningServer {
  origin: string;
  port: number;
  deps: Deps;
  close(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const clock = options.clock ?? Date.now;
  const log = options.log ?? ((line: string) => console.log(`contact-server: ${line}`));
  const deps: Deps = {
    db: options.db,
    clock,
    limiter: new RateLimiter(options.rateLimits ?? defaultRateLimits, clock),
    webauthn: {
      rpId: options.webauthn?.rpId ?? "localhost",
      rpName: options.webauthn?.rpName ?? "Selfcheck counsellor console",
      origins: options.webauthn?.origins ?? ["http://localhost:5173", "http://localhost:4173"],
      requireUserVerification: options.webauthn?.requireUserVerification ?? true,
    },
    sessionTtlMs: options.sessionTtlMs ?? 2 * 3_600_000,
    secureCookies: options.secureCookies ?? "auto",
    trustProxy: options.trustProxy ?? false,
    log,
  };
  const app = buildApp(deps);
  const host = options.host ?? "127.0.0.1";
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host }, () => resolve(s));
    s.once("error", reject);
  });
  // Longer than nginx's upstream keep-alive, so the proxy never reuses a socket we just closed.
  const http = server as unknown as { keepAliveTimeout: number; headersTimeout: number };
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  const port = (server.address() as AddressInfo).port;
  const timer = options.purgeEveryMs ? setInterval(() => void purge(deps.db, clock()).catch(() => log("purge failed")), options.purgeEveryMs) : undefined;
  timer?.unref();
  return {
    origin: `http://${host}:${port}`,
    port,
    deps,
    close: () =>
      new Promise<void>((resolve) => {
        if (timer) clearInterval(timer);
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
