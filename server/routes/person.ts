// The person's endpoints. No session, no cookie: the bearer of a pickup code's auth key owns a
// thread. Unknown thread and wrong key give the same 404, so the API is no oracle for codes.

import type { Context, Hono } from "hono";
import { authKeySchema, createThreadRequestSchema, postMessageRequestSchema, serviceIdSchema, threadIdSchema, type ServiceKeyResponse, type PersonThread } from "../../src/contact/api";
import { keyFingerprint } from "../../src/contact/fingerprint";
import type { Deps } from "../context";
import { ApiError } from "../errors";
import { noStore, param, readJson } from "../http";
import { activeKey, getService } from "../store/services";
import { createThread, deleteThread, messagesOf, postMessage, threadForPerson } from "../store/threads";

export function bearer(c: Context): string {
  const header = c.req.header("authorization") ?? "";
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(header);
  if (!match) throw new ApiError("unauthorized", "send the auth key derived from the pickup code as Authorization: Bearer …");
  const parsed = authKeySchema.safeParse(match[1]);
  if (!parsed.success) throw new ApiError("unauthorized", "the auth key has the wrong length");
  return parsed.data;
}

const notFound = () => new ApiError("not_found", "no conversation for this pickup code (it may have been deleted or expired)");

export function personRoutes(app: Hono, deps: Deps, clientKey: (c: Context) => string): void {
  const { db, clock, limiter } = deps;

  app.get("/api/services/:serviceId/key", async (c) => {
    const serviceId = param(c, "serviceId", serviceIdSchema);
    const service = await getService(db, serviceId);
    if (!service) throw new ApiError("not_found", `no service "${serviceId}"`, "serviceId");
    const key = await activeKey(db, serviceId);
    if (!key) throw new ApiError("service_not_ready", "this service has no counsellor enrolled yet, so it cannot receive messages");
    const body: ServiceKeyResponse = {
      serviceId,
      name: service.name,
      demo: service.demo,
      keyId: key.id,
      publicKey: key.publicKey,
      fingerprint: await keyFingerprint(key.publicKey),
      responseHours: service.responseHours,
      retentionDays: service.retentionDays,
    };
    return c.json(body);
  });

  app.post("/api/threads", async (c) => {
    const client = clientKey(c);
    const request = await readJson(c, createThreadRequestSchema);
    if (!limiter.take("create", client) || !limiter.take("createGlobal", "all")) throw new ApiError("rate_limited", "too many new conversations just now; try again in a few minutes");
    const { ack, replayed } = await createThread(db, request, clock());
    noStore(c);
    if (replayed) c.header("Idempotent-Replayed", "true");
    return c.json({ threadId: request.threadId, message: ack }, 201);
  });

  app.get("/api/threads/:threadId", async (c) => {
    const threadId = param(c, "threadId", threadIdSchema);
    const thread = await threadForPerson(db, threadId, bearer(c));
    if (!thread) throw notFound();
    const body: PersonThread = {
      threadId,
      serviceId: thread.service_id,
      urgent: Number(thread.urgent) === 1,
      createdAt: Number(thread.created_at),
      personWrap: thread.person_wrap,
      messages: await messagesOf(db, threadId),
    };
    noStore(c);
    return c.json(body);
  });

  app.post("/api/threads/:threadId/messages", async (c) => {
    const threadId = param(c, "threadId", threadIdSchema);
    const authKey = bearer(c);
    const message = await readJson(c, postMessageRequestSchema);
    if (!(await threadForPerson(db, threadId, authKey))) throw notFound();
    if (!limiter.take("thread", threadId)) throw new ApiError("rate_limited", "many messages in a short time; wait a little before sending more");
    const { ack, replayed } = await postMessage(db, { threadId, id: message.id, direction: "person", ciphertext: message.ciphertext, authorId: null }, clock());
    if (replayed) c.header("Idempotent-Replayed", "true");
    return c.json(ack, 201);
  });

  app.delete("/api/threads/:threadId", async (c) => {
    const threadId = param(c, "threadId", threadIdSchema);
    if (!(await threadForPerson(db, threadId, bearer(c)))) throw notFound();
    await deleteThread(db, threadId);
    return c.body(null, 204);
  });
}
