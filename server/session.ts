// The counsellor's session cookie: HttpOnly, SameSite=Strict, Secure where the request came over
// HTTPS, scoped to /api/console, short-lived; the database keeps only the token's SHA-256.

import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Deps } from "./context";
import { ApiError } from "./errors";
import { type SessionView, findSession } from "./store/console";

export const sessionCookie = "selfcheck_console";
const cookiePath = "/api/console";

function secure(c: Context, deps: Deps): boolean {
  if (deps.secureCookies !== "auto") return deps.secureCookies;
  if (new URL(c.req.url).protocol === "https:") return true;
  return deps.trustProxy && c.req.header("x-forwarded-proto") === "https";
}

export function setSessionCookie(c: Context, deps: Deps, token: string, expiresAt: number): void {
  setCookie(c, sessionCookie, token, {
    httpOnly: true,
    sameSite: "Strict",
    secure: secure(c, deps),
    path: cookiePath,
    maxAge: Math.max(1, Math.floor((expiresAt - deps.clock()) / 1000)),
  });
}

export function clearSessionCookie(c: Context, deps: Deps): void {
  deleteCookie(c, sessionCookie, { path: cookiePath, secure: secure(c, deps), httpOnly: true, sameSite: "Strict" });
}

export function sessionToken(c: Context): string | undefined {
  const token = getCookie(c, sessionCookie);
  return token !== undefined && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
}

export async function requireSession(c: Context, deps: Deps): Promise<SessionView> {
  const token = sessionToken(c);
  const session = token === undefined ? undefined : await findSession(deps.db, token, deps.clock());
  if (!session) throw new ApiError("unauthorized", "sign in with a passkey first (no session, or it has expired)");
  return session;
}

/** Refuses a state-changing console request whose Origin is not one the console is served from. */
export function checkOrigin(c: Context, deps: Deps): void {
  const origin = c.req.header("origin");
  if (origin !== undefined && !deps.webauthn.origins.includes(origin)) throw new ApiError("forbidden", "requests to the console API must come from the console's own origin");
}
