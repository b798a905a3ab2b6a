// Counsellor enrolment (one-time invite → passkey → the service's key material) and sign-in
// (passkey → session), with @simplewebauthn/server. Challenges are stored single-use with a
// five-minute life; the invite is spent in the same transaction that creates the counsellor.

import type { Context, Hono } from "hono";
import { generateAuthenticationOptions, generateRegistrationOptions, verifyAuthenticationResponse, verifyRegistrationResponse } from "@simplewebauthn/server";
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { enrolOptionsRequestSchema, enrolVerifyRequestSchema, loginVerifyRequestSchema, type EnrolOptionsResponse, type MeResponse } from "../../src/contact/api";
import { keyFingerprint } from "../../src/contact/fingerprint";
import type { Deps } from "../context";
import { ApiError } from "../errors";
import { noStore, readJson } from "../http";
import { checkOrigin, clearSessionCookie, requireSession, sessionToken, setSessionCookie } from "../session";
import { type SessionView, createSession, deviceWrap, endSession, findSession, getCredential, openInvite, saveChallenge, takeChallenge } from "../store/console";
import { randomId } from "../store/ids";
import { activeKey, getService } from "../store/services";
import { enrolledCounsellor, auditSignIn } from "../team/enrolment";

function challengeOf(clientDataJSON: string): string {
  try {
    const data = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8")) as { challenge?: unknown };
    if (typeof data.challenge === "string" && /^[A-Za-z0-9_-]{16,128}$/.test(data.challenge)) return data.challenge;
  } catch {
    // fall through to the refusal below
  }
  throw new ApiError("validation", "clientDataJSON does not carry a challenge", "response.response.clientDataJSON");
}

const refused = () => new ApiError("unauthorized", "the passkey could not be verified; start again");

export async function meOf(deps: Deps, session: Pick<SessionView, "counsellorId" | "serviceId" | "credentialId" | "displayName" | "role" | "expiresAt">): Promise<MeResponse> {
  const service = await getService(deps.db, session.serviceId);
  const key = await activeKey(deps.db, session.serviceId);
  const wrapped = key && (await deviceWrap(deps.db, session.credentialId, key.id));
  if (!service || !key || !wrapped) throw new ApiError("unauthorized", "this device holds no key of your service; enrol it again");
  return {
    counsellor: { id: session.counsellorId, displayName: session.displayName, role: session.role },
    service: {
      id: service.id,
      name: service.name,
      demo: service.demo,
      responseHours: service.responseHours,
      retentionDays: service.retentionDays,
      keyId: key.id,
      publicKey: key.publicKey,
      fingerprint: await keyFingerprint(key.publicKey),
    },
    device: { credentialId: session.credentialId, deviceWrap: wrapped, recoveryWrap: key.recoveryWrap },
    sessionExpiresAt: session.expiresAt,
  };
}

export function consoleAuthRoutes(app: Hono, deps: Deps, clientKey: (c: Context) => string): void {
  const { db, clock, limiter, webauthn } = deps;

  app.post("/api/console/enrol/options", async (c) => {
    checkOrigin(c, deps);
    const { inviteToken } = await readJson(c, enrolOptionsRequestSchema);
    if (!limiter.take("login", clientKey(c))) throw new ApiError("rate_limited", "too many attempts; wait a minute");
    const invite = await openInvite(db, inviteToken, clock());
    const service = invite && (await getService(db, invite.serviceId));
    if (!invite || !service) throw new ApiError("not_found", "this enrolment link is unknown, used or expired; ask the host for a new one");
    const userHandle = randomId(16);
    const options = await generateRegistrationOptions({
      rpName: webauthn.rpName,
      rpID: webauthn.rpId,
      userName: `${service.id} counsellor`,
      userID: new Uint8Array(Buffer.from(userHandle, "base64url")),
      attestationType: "none",
      authenticatorSelection: { residentKey: "required", userVerification: webauthn.requireUserVerification ? "required" : "preferred" },
    });
    await saveChallenge(db, { challenge: options.challenge, purpose: "enrol", inviteTokenHash: invite.tokenHash, userHandle }, clock());
    const key = await activeKey(db, service.id);
    const body: EnrolOptionsResponse = {
      serviceId: service.id,
      serviceName: service.name,
      existingKey: key ? { keyId: key.id, publicKey: key.publicKey, recoveryWrap: key.recoveryWrap } : null,
      options: options as unknown as EnrolOptionsResponse["options"],
    };
    noStore(c);
    return c.json(body);
  });

  app.post("/api/console/enrol/verify", async (c) => {
    checkOrigin(c, deps);
    const request = await readJson(c, enrolVerifyRequestSchema);
    if (!limiter.take("login", clientKey(c))) throw new ApiError("rate_limited", "too many attempts; wait a minute");
    const now = clock();
    const challenge = await takeChallenge(db, challengeOf(request.response.response.clientDataJSON), "enrol", now);
    const invite = await openInvite(db, request.inviteToken, now);
    if (!challenge || !invite || challenge.inviteTokenHash !== invite.tokenHash || challenge.userHandle === null) throw refused();
    let verification;
    try {
      verification = await verifyRegistrationResponse({
        response: request.response as unknown as RegistrationResponseJSON,
        expectedChallenge: (value) => value === challengeOf(request.response.response.clientDataJSON),
        expectedOrigin: webauthn.origins,
        expectedRPID: webauthn.rpId,
        requireUserVerification: webauthn.requireUserVerification,
      });
    } catch {
      throw refused();
    }
    if (!verification.verified) throw refused();
    const { credential } = verification.registrationInfo;
    let counsellorId = challenge.userHandle;
    let existingKeyId: string | undefined;
    const result = await db.transaction(async (tx) => {
      const spent = await tx.run("UPDATE invites SET used_at = ? WHERE token_hash = ? AND used_at IS NULL", [now, invite.tokenHash]);
      if (spent !== 1) throw refused();
      let key = await tx.get<{ id: string; public_key: string }>("SELECT id, public_key FROM service_keys WHERE service_id = ? AND retired_at IS NULL", [invite.serviceId]);
      existingKeyId = key?.id;
      if (key && key.public_key !== request.serviceKey.publicKey)
        throw new ApiError("conflict", "the service already has a different key; unwrap it with the recovery words and wrap that one for this device", "serviceKey.publicKey");
      if (!key) {
        if (request.serviceKey.recoveryWrap === undefined) throw new ApiError("validation", "the service's first counsellor must send the key wrapped for the recovery key", "serviceKey.recoveryWrap");
        key = { id: `k-${randomId(9)}`, public_key: request.serviceKey.publicKey };
        await tx.run("INSERT INTO service_keys (id, service_id, public_key, recovery_wrap, created_at) VALUES (?, ?, ?, ?, ?)", [
          key.id,
          invite.serviceId,
          key.public_key,
          request.serviceKey.recoveryWrap,
          now,
        ]);
      }
      // Issue 19: the counsellor who creates the service's key is its lead; later invites carry a
      // role; an invite bound to a counsellor adds a device to that counsellor.
      const enrolled = await enrolledCounsellor(tx, { invite, createdKey: key.id !== existingKeyId, counsellorId, displayName: request.displayName }, now);
      counsellorId = enrolled.id;
      await tx.run("INSERT INTO credentials (id, counsellor_id, public_key, counter, transports, created_at) VALUES (?, ?, ?, ?, ?, ?)", [
        credential.id,
        counsellorId,
        Buffer.from(credential.publicKey).toString("base64url"),
        credential.counter,
        (credential.transports ?? []).join(","),
        now,
      ]);
      await tx.run("INSERT INTO device_key_wraps (credential_id, service_key_id, wrapped_key, created_at) VALUES (?, ?, ?, ?)", [credential.id, key.id, request.serviceKey.deviceWrap, now]);
      return createSession(tx, { counsellorId, serviceId: invite.serviceId, credentialId: credential.id }, now, deps.sessionTtlMs);
    });
    setSessionCookie(c, deps, result.token, result.expiresAt);
    noStore(c);
    const me = await meOf(deps, { ...(await requireSessionFromToken(deps, result.token)) });
    return c.json(me, 201);
  });

  app.post("/api/console/login/options", async (c) => {
    checkOrigin(c, deps);
    if (!limiter.take("login", clientKey(c))) throw new ApiError("rate_limited", "too many attempts; wait a minute");
    const options = await generateAuthenticationOptions({ rpID: webauthn.rpId, userVerification: webauthn.requireUserVerification ? "required" : "preferred" });
    await saveChallenge(db, { challenge: options.challenge, purpose: "login" }, clock());
    noStore(c);
    return c.json({ options });
  });

  app.post("/api/console/login/verify", async (c) => {
    checkOrigin(c, deps);
    const { response } = await readJson(c, loginVerifyRequestSchema);
    if (!limiter.take("login", clientKey(c))) throw new ApiError("rate_limited", "too many attempts; wait a minute");
    const now = clock();
    const challenge = await takeChallenge(db, challengeOf(response.response.clientDataJSON), "login", now);
    const stored = await getCredential(db, response.id);
    if (!challenge || !stored || stored.disabled_at !== null) throw refused();
    let verification;
    try {
      verification = await verifyAuthenticationResponse({
        response: response as unknown as AuthenticationResponseJSON,
        expectedChallenge: (value) => value === challengeOf(response.response.clientDataJSON),
        expectedOrigin: webauthn.origins,
        expectedRPID: webauthn.rpId,
        credential: {
          id: stored.id,
          publicKey: new Uint8Array(Buffer.from(stored.public_key, "base64url")),
          counter: Number(stored.counter),
          transports: stored.transports.split(",").filter(Boolean) as never,
        },
        requireUserVerification: webauthn.requireUserVerification,
      });
    } catch {
      throw refused();
    }
    if (!verification.verified) throw refused();
    const session = await db.transaction(async (tx) => {
      await tx.run("UPDATE credentials SET counter = ?, last_used_at = ? WHERE id = ?", [verification.authenticationInfo.newCounter, now, stored.id]);
      await auditSignIn(tx, stored.service_id, stored.counsellor_id, now);
      return createSession(tx, { counsellorId: stored.counsellor_id, serviceId: stored.service_id, credentialId: stored.id }, now, deps.sessionTtlMs);
    });
    setSessionCookie(c, deps, session.token, session.expiresAt);
    const me = await meOf(deps, { ...(await requireSessionFromToken(deps, session.token)) });
    noStore(c);
    return c.json(me);
  });

  app.get("/api/console/me", async (c) => {
    const session = await requireSession(c, deps);
    noStore(c);
    return c.json(await meOf(deps, session));
  });

  app.post("/api/console/logout", async (c) => {
    checkOrigin(c, deps);
    const token = sessionToken(c);
    if (token !== undefined) await endSession(db, token);
    clearSessionCookie(c, deps);
    return c.body(null, 204);
  });
}

async function requireSessionFromToken(deps: Deps, token: string): Promise<SessionView> {
  const session = await findSession(deps.db, token, deps.clock());
  if (!session) throw new ApiError("unauthorized", "the new session could not be read back");
  return session;
}
