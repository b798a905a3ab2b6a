// What every route needs: the database, the clock, the limits and the WebAuthn settings.

import type { Db } from "./db/driver";
import type { RateLimiter } from "./rate-limit";

export interface WebAuthnSettings {
  rpId: string;
  rpName: string;
  /** Origins the console may be served from (e.g. https://selfcheck.example, http://localhost:5173). */
  origins: string[];
  requireUserVerification: boolean;
}

export interface Deps {
  db: Db;
  clock: () => number;
  limiter: RateLimiter;
  webauthn: WebAuthnSettings;
  sessionTtlMs: number;
  secureCookies: boolean | "auto";
  trustProxy: boolean;
  log: (line: string) => void;
}
