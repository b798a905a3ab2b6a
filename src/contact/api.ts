// The contact API's contract: zod schemas of every request and response and the one error shape.
// Shared by the person's page, the console and the server, which validates every request with
// these schemas at its boundary. All ids and keys are base64url; times are milliseconds since
// the Unix epoch (UTC).

import { z } from "zod";
import { MAX_PADDED, PAD_BLOCK, directions } from "./protocol";
import { ciphertextLength } from "./message";

const b64url = (bytes: number) => z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${Math.ceil((bytes * 4) / 3)}}$`), `expected ${bytes} bytes in base64url`);

export const serviceIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "lower-case letters, digits and dashes, at most 63");
export const threadIdSchema = b64url(16);
export const messageIdSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, "a lower-case UUID v4");
export const authKeySchema = b64url(32);
export const authVerifierSchema = b64url(32);
export const publicKeySchema = b64url(65);
export const serviceWrapSchema = b64url(65 + 32 + 16);
export const personWrapSchema = b64url(12 + 32 + 16);
export const keyIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
/** A wrapped PKCS#8 P-256 private key (iv ‖ ciphertext ‖ tag); PKCS#8 sizes vary slightly by platform. */
export const wrappedPrivateKeySchema = z.string().regex(/^[A-Za-z0-9_-]{80,400}$/, "a wrapped private key in base64url");

const allowedCiphertextLengths = new Set(Array.from({ length: MAX_PADDED / PAD_BLOCK }, (_, i) => ciphertextLength((i + 1) * PAD_BLOCK)));
export const ciphertextSchema = z
  .string()
  .max(ciphertextLength(MAX_PADDED))
  .regex(/^[A-Za-z0-9_-]+$/, "base64url")
  .refine((text) => allowedCiphertextLengths.has(text.length), "not a padded message (whole 1 KiB blocks, at most 32)");

export const directionSchema = z.enum(directions);
const time = z.number().int().nonnegative();

// ---- errors -----------------------------------------------------------------------------------

export const errorCodes = [
  "bad_request",
  "invalid_json",
  "unsupported_media_type",
  "too_large",
  "validation",
  "unauthorized",
  "forbidden",
  "not_found",
  "method_not_allowed",
  "conflict",
  "rate_limited",
  "service_not_ready",
  "internal",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** The one error shape of every refusal: `{ "error": { "code", "message", "path"? } }`. */
export const errorResponseSchema = z.strictObject({
  error: z.strictObject({ code: z.enum(errorCodes), message: z.string(), path: z.string().optional() }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

// ---- the person's side ------------------------------------------------------------------------

export const serviceKeyResponseSchema = z.strictObject({
  serviceId: serviceIdSchema,
  name: z.string(),
  demo: z.boolean(),
  keyId: keyIdSchema,
  publicKey: publicKeySchema,
  fingerprint: z.string(),
  responseHours: z.number().int().positive(),
  retentionDays: z.number().int().positive(),
});

export const messageInSchema = z.strictObject({ id: messageIdSchema, ciphertext: ciphertextSchema });
export const messageViewSchema = z.strictObject({ id: messageIdSchema, direction: directionSchema, ciphertext: z.string(), createdAt: time });
export const messageAckSchema = z.strictObject({ id: messageIdSchema, createdAt: time });

export const createThreadRequestSchema = z.strictObject({
  serviceId: serviceIdSchema,
  threadId: threadIdSchema,
  authVerifier: authVerifierSchema,
  keyId: keyIdSchema,
  serviceWrap: serviceWrapSchema,
  personWrap: personWrapSchema,
  urgent: z.boolean(),
  message: messageInSchema,
});
export const createThreadResponseSchema = z.strictObject({ threadId: threadIdSchema, message: messageAckSchema });

export const personThreadSchema = z.strictObject({
  threadId: threadIdSchema,
  serviceId: serviceIdSchema,
  urgent: z.boolean(),
  createdAt: time,
  personWrap: personWrapSchema,
  messages: z.array(messageViewSchema),
});

export const postMessageRequestSchema = messageInSchema;
export const postMessageResponseSchema = messageAckSchema;

// ---- the counsellor's console -----------------------------------------------------------------

/** WebAuthn JSON from @simplewebauthn/browser; the server's verifier checks the inside. */
const webauthnResponse = z.looseObject({
  id: z.string().min(1).max(1400),
  rawId: z.string().min(1).max(1400),
  type: z.literal("public-key"),
  response: z.looseObject({ clientDataJSON: z.string().max(10_000) }),
  clientExtensionResults: z.looseObject({}),
});

export const inviteTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "an invite token");
export const enrolOptionsRequestSchema = z.strictObject({ inviteToken: inviteTokenSchema });
export const enrolOptionsResponseSchema = z.strictObject({
  serviceId: serviceIdSchema,
  serviceName: z.string(),
  /** When the service already has a key, a new device wraps the existing one (recovery words). */
  existingKey: z.strictObject({ keyId: keyIdSchema, publicKey: publicKeySchema, recoveryWrap: wrappedPrivateKeySchema }).nullable(),
  options: z.looseObject({ challenge: z.string() }),
});
export const enrolVerifyRequestSchema = z.strictObject({
  inviteToken: inviteTokenSchema,
  displayName: z.string().trim().min(1).max(80),
  response: webauthnResponse,
  /** publicKey + recoveryWrap create the service's key; for an existing key they must match it. */
  serviceKey: z.strictObject({ publicKey: publicKeySchema, deviceWrap: wrappedPrivateKeySchema, recoveryWrap: wrappedPrivateKeySchema.optional() }),
});

export const loginOptionsResponseSchema = z.strictObject({ options: z.looseObject({ challenge: z.string() }) });
export const loginVerifyRequestSchema = z.strictObject({ response: webauthnResponse });

export const meResponseSchema = z.strictObject({
  counsellor: z.strictObject({ id: z.string(), displayName: z.string(), role: z.string() }),
  service: z.strictObject({
    id: serviceIdSchema,
    name: z.string(),
    demo: z.boolean(),
    responseHours: z.number().int(),
    retentionDays: z.number().int(),
    keyId: keyIdSchema,
    publicKey: publicKeySchema,
    fingerprint: z.string(),
  }),
  device: z.strictObject({ credentialId: z.string(), deviceWrap: wrappedPrivateKeySchema, recoveryWrap: wrappedPrivateKeySchema }),
  sessionExpiresAt: time,
});
export const sessionResponseSchema = meResponseSchema;

export const inboxEntrySchema = z.strictObject({
  threadId: threadIdSchema,
  urgent: z.boolean(),
  unread: z.number().int().nonnegative(),
  messageCount: z.number().int().nonnegative(),
  createdAt: time,
  lastMessageAt: time,
  /** The oldest of the person's messages not yet answered, or null when the service spoke last. */
  waitingSince: time.nullable(),
  /** Waiting longer than the service's response promise. */
  overdue: z.boolean(),
});
export const inboxResponseSchema = z.strictObject({ now: time, threads: z.array(inboxEntrySchema) });

export const counsellorThreadSchema = z.strictObject({
  threadId: threadIdSchema,
  urgent: z.boolean(),
  createdAt: time,
  keyId: keyIdSchema,
  serviceWrap: serviceWrapSchema,
  messages: z.array(messageViewSchema),
});

export type ServiceKeyResponse = z.infer<typeof serviceKeyResponseSchema>;
export type CreateThreadRequest = z.infer<typeof createThreadRequestSchema>;
export type CreateThreadResponse = z.infer<typeof createThreadResponseSchema>;
export type PersonThread = z.infer<typeof personThreadSchema>;
export type MessageIn = z.infer<typeof messageInSchema>;
export type MessageView = z.infer<typeof messageViewSchema>;
export type MessageAck = z.infer<typeof messageAckSchema>;
export type EnrolOptionsResponse = z.infer<typeof enrolOptionsResponseSchema>;
export type EnrolVerifyRequest = z.infer<typeof enrolVerifyRequestSchema>;
export type MeResponse = z.infer<typeof meResponseSchema>;
export type InboxEntry = z.infer<typeof inboxEntrySchema>;
export type InboxResponse = z.infer<typeof inboxResponseSchema>;
export type CounsellorThread = z.infer<typeof counsellorThreadSchema>;

export { apiPaths } from "./paths";
