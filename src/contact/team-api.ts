// The workplace's API contract (issue 19): the team, devices, claims, notes, short answers,
// absence, handover, counts and the audit log. zod schemas shared by the console and the server.

import { z } from "zod";
import { ciphertextSchema, keyIdSchema, serviceIdSchema, serviceWrapSchema, wrappedPrivateKeySchema } from "./api";

const time = z.number().int().nonnegative();
export const counsellorIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "a counsellor id");
export const credentialIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,1400}$/, "a credential id in base64url");
export const roleSchema = z.enum(["lead", "counsellor"]);

export const teamResponseSchema = z.strictObject({
  counsellors: z.array(
    z.strictObject({
      id: z.string(),
      displayName: z.string(),
      role: roleSchema,
      createdAt: time,
      devices: z.array(z.strictObject({ credentialId: z.string(), createdAt: time, lastUsedAt: time.nullable() })),
    }),
  ),
});

/** A lead's invitation of a new counsellor, or anyone's invitation of their own next device. */
export const createInviteRequestSchema = z.strictObject({ role: roleSchema.optional(), keyTransferWrap: wrappedPrivateKeySchema });
export const createInviteResponseSchema = z.strictObject({ inviteToken: z.string(), expiresAt: time });
export const keyTransferRequestSchema = z.strictObject({ inviteToken: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
export const keyTransferResponseSchema = z.strictObject({ serviceId: serviceIdSchema, keyId: keyIdSchema, publicKey: z.string(), keyTransferWrap: wrappedPrivateKeySchema });

export const assignRequestSchema = z.strictObject({ counsellorId: counsellorIdSchema.nullable() });
export const noteRequestSchema = z.strictObject({ id: z.uuid({ version: "v4" }), ciphertext: ciphertextSchema });
export const notesResponseSchema = z.strictObject({ notes: z.array(z.strictObject({ id: z.string(), authorId: z.string().nullable(), ciphertext: z.string(), createdAt: time })) });
export const closeRequestSchema = z.strictObject({ as: z.enum(["answered", "face-to-face"]) });

export const languageSchema = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "a language tag like de or pt-BR");
export const cannedAnswerRequestSchema = z.strictObject({ language: languageSchema, title: z.string().trim().min(1).max(80), body: z.string().trim().min(1).max(2000) });
export const cannedAnswersResponseSchema = z.strictObject({ answers: z.array(z.strictObject({ id: z.string(), language: z.string(), title: z.string(), body: z.string() })) });

export const absenceRequestSchema = z.strictObject({ until: z.iso.date().nullable() });

export const handoverProposalSchema = z.strictObject({ toServiceId: serviceIdSchema, toKeyId: keyIdSchema, wrap: serviceWrapSchema });
export const handoverAnswerSchema = z.strictObject({ accept: z.boolean() });
/** What the person sees in the thread before anything changes. */
export const personHandoverSchema = z.strictObject({ toServiceId: serviceIdSchema, toServiceName: z.string(), proposedAt: time, status: z.enum(["proposed", "refused"]) });

export const statsWeekSchema = z.strictObject({
  week: z.string(),
  opened: z.number().int().nullable(),
  medianFirstAnswerHours: z.number().nullable(),
  p90FirstAnswerHours: z.number().nullable(),
  answeredWithinPromise: z.number().nullable(),
});
export const statsResponseSchema = z.strictObject({ weeks: z.array(statsWeekSchema), open: z.number().int(), urgentOpen: z.number().int(), overdue: z.number().int(), minimumCell: z.number().int() });

export const auditResponseSchema = z.strictObject({
  entries: z.array(z.strictObject({ counsellorId: z.string().nullable(), action: z.string(), threadId: z.string().nullable(), target: z.string().nullable(), at: time })),
  lastPurge: z.strictObject({ ranAt: time, threadsDeleted: z.number().int() }).nullable(),
});

export type TeamResponse = z.infer<typeof teamResponseSchema>;
export type StatsResponse = z.infer<typeof statsResponseSchema>;
export type StatsWeek = z.infer<typeof statsWeekSchema>;
export type AuditResponse = z.infer<typeof auditResponseSchema>;
export type KeyTransferResponse = z.infer<typeof keyTransferResponseSchema>;
export type PersonHandover = z.infer<typeof personHandoverSchema>;
