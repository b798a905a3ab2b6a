// The counsellor's inbox and threads. Every query is scoped by the session's service id: a thread
// of another service answers 404 exactly like a thread that does not exist.

import type { Hono } from "hono";
import { threadIdSchema, postMessageRequestSchema, type CounsellorThread, type InboxResponse } from "../../src/contact/api";
import type { Deps } from "../context";
import { ApiError } from "../errors";
import { noStore, param, readJson } from "../http";
import { checkOrigin, requireSession } from "../session";
import { getService } from "../store/services";
import { inbox, markRead, messagesOf, postMessage, serviceWrapOf, threadForService } from "../store/threads";
import { audit } from "../team/audit";

const notFound = () => new ApiError("not_found", "no such conversation for your service");

export function consoleThreadRoutes(app: Hono, deps: Deps): void {
  const { db, clock, limiter } = deps;

  app.get("/api/console/inbox", async (c) => {
    const session = await requireSession(c, deps);
    const service = await getService(db, session.serviceId);
    if (!service) throw new ApiError("unauthorized", "your service no longer exists");
    const now = clock();
    const body: InboxResponse = { now, threads: await inbox(db, session.serviceId, session.counsellorId, service.responseHours, now) };
    noStore(c);
    return c.json(body);
  });

  app.get("/api/console/threads/:threadId", async (c) => {
    const session = await requireSession(c, deps);
    const threadId = param(c, "threadId", threadIdSchema);
    const thread = await threadForService(db, threadId, session.serviceId);
    const wrap = thread && (await serviceWrapOf(db, threadId));
    if (!thread || !wrap) throw notFound();
    await audit(db, session.serviceId, { counsellorId: session.counsellorId, action: "read", threadId }, clock());
    const body: CounsellorThread = {
      threadId,
      urgent: Number(thread.urgent) === 1,
      createdAt: Number(thread.created_at),
      keyId: wrap.keyId,
      serviceWrap: wrap.wrap,
      messages: await messagesOf(db, threadId),
    };
    noStore(c);
    return c.json(body);
  });

  app.post("/api/console/threads/:threadId/messages", async (c) => {
    checkOrigin(c, deps);
    const session = await requireSession(c, deps);
    const threadId = param(c, "threadId", threadIdSchema);
    const message = await readJson(c, postMessageRequestSchema);
    if (!(await threadForService(db, threadId, session.serviceId))) throw notFound();
    if (!limiter.take("thread", threadId)) throw new ApiError("rate_limited", "many messages in a short time; wait a little");
    const { ack, replayed } = await postMessage(db, { threadId, id: message.id, direction: "service", ciphertext: message.ciphertext, authorId: session.counsellorId }, clock());
    if (replayed) c.header("Idempotent-Replayed", "true");
    else await audit(db, session.serviceId, { counsellorId: session.counsellorId, action: "reply", threadId }, clock());
    return c.json(ack, 201);
  });

  app.post("/api/console/threads/:threadId/read", async (c) => {
    checkOrigin(c, deps);
    const session = await requireSession(c, deps);
    const threadId = param(c, "threadId", threadIdSchema);
    if (!(await threadForService(db, threadId, session.serviceId))) throw notFound();
    await markRead(db, threadId, session.counsellorId);
    return c.body(null, 204);
  });
}
