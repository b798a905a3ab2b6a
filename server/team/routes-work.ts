// Console endpoints for working the inbox (19.2), handover (19.3) and counts (19.4), and the
// person's answer to a handover. Thread-scoped console endpoints answer 404 for a thread of
// another service, exactly like the contact channel's own.

import type { Context, Hono } from "hono";
import type { Deps } from "../context";
import { ApiError } from "../errors";
import { noStore, param, readJson } from "../http";
import { bearer } from "../routes/person";
import { checkOrigin, requireSession } from "../session";
import type { SessionView } from "../store/console";
import { threadForPerson, threadForService } from "../store/threads";
import { serviceIdSchema, threadIdSchema } from "../../src/contact/api";
import { absenceRequestSchema, assignRequestSchema, cannedAnswerRequestSchema, closeRequestSchema, handoverAnswerSchema, handoverProposalSchema, noteRequestSchema } from "../../src/contact/team-api";
import { answerHandover, handoverForPerson, proposeHandover } from "./handover";
import { requireLead } from "./roles";
import { statsCsv, statsOf } from "./stats";
import { absenceOf, addCannedAnswer, addNote, assignThread, cannedAnswers, closeThread, deleteCannedAnswer, notesOf, setAbsence, threadStates } from "./work-store";
import { getService } from "../store/services";

export function consoleWorkRoutes(app: Hono, deps: Deps): void {
  const { db, clock } = deps;

  /** The session and a thread of its own service, or 404. */
  const ownThread = async (c: Context, write: boolean): Promise<{ session: SessionView; threadId: string }> => {
    if (write) checkOrigin(c, deps);
    const session = await requireSession(c, deps);
    const threadId = param(c, "threadId", threadIdSchema);
    if (!(await threadForService(db, threadId, session.serviceId))) throw new ApiError("not_found", "no such conversation for your service");
    return { session, threadId };
  };

  app.get("/api/console/thread-states", async (c) => {
    const session = await requireSession(c, deps);
    noStore(c);
    return c.json({ states: await threadStates(db, session.serviceId) });
  });

  app.post("/api/console/threads/:threadId/assign", async (c) => {
    const { session, threadId } = await ownThread(c, true);
    const { counsellorId } = await readJson(c, assignRequestSchema);
    await assignThread(db, session.serviceId, threadId, counsellorId, session.counsellorId, clock());
    return c.body(null, 204);
  });

  app.get("/api/console/threads/:threadId/notes", async (c) => {
    const { threadId } = await ownThread(c, false);
    noStore(c);
    return c.json({ notes: await notesOf(db, threadId) });
  });

  app.post("/api/console/threads/:threadId/notes", async (c) => {
    const { session, threadId } = await ownThread(c, true);
    const note = await readJson(c, noteRequestSchema);
    await addNote(db, session.serviceId, threadId, note, session.counsellorId, clock());
    return c.body(null, 201);
  });

  app.post("/api/console/threads/:threadId/close", async (c) => {
    const { session, threadId } = await ownThread(c, true);
    const request = await readJson(c, closeRequestSchema);
    await closeThread(db, session.serviceId, threadId, request.as, session.counsellorId, clock());
    return c.body(null, 204);
  });

  app.post("/api/console/threads/:threadId/handover", async (c) => {
    const { session, threadId } = await ownThread(c, true);
    const proposal = await readJson(c, handoverProposalSchema);
    await proposeHandover(db, session, threadId, proposal, clock());
    return c.body(null, 202);
  });

  app.get("/api/console/answers", async (c) => {
    const session = await requireSession(c, deps);
    noStore(c);
    return c.json({ answers: await cannedAnswers(db, session.serviceId) });
  });

  app.post("/api/console/answers", async (c) => {
    checkOrigin(c, deps);
    const session = await requireSession(c, deps);
    const answer = await readJson(c, cannedAnswerRequestSchema);
    return c.json({ id: await addCannedAnswer(db, session.serviceId, answer, session.counsellorId, clock()) }, 201);
  });

  app.delete("/api/console/answers/:answerId", async (c) => {
    checkOrigin(c, deps);
    const session = await requireLead(c, deps);
    await deleteCannedAnswer(db, session.serviceId, c.req.param("answerId").slice(0, 64), session.counsellorId, clock());
    return c.body(null, 204);
  });

  app.put("/api/console/absence", async (c) => {
    checkOrigin(c, deps);
    const session = await requireLead(c, deps);
    const { until } = await readJson(c, absenceRequestSchema);
    await setAbsence(db, session.serviceId, until, session.counsellorId, clock());
    return c.body(null, 204);
  });

  app.get("/api/console/stats", async (c) => {
    const session = await requireSession(c, deps);
    noStore(c);
    return c.json(await statsOf(db, session.serviceId, clock()));
  });

  app.get("/api/console/stats.csv", async (c) => {
    const session = await requireSession(c, deps);
    noStore(c);
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="${session.serviceId}-counts.csv"`);
    return c.body(statsCsv(await statsOf(db, session.serviceId, clock())));
  });

  // ---- the person's side ----

  /** What the person sees before writing: absence and retention. */
  app.get("/api/services/:serviceId/notice", async (c) => {
    const serviceId = param(c, "serviceId", serviceIdSchema);
    const service = await getService(db, serviceId);
    if (!service) throw new ApiError("not_found", `no service "${serviceId}"`, "serviceId");
    return c.json({ retentionDays: service.retentionDays, responseHours: service.responseHours, absentUntil: await absenceOf(db, serviceId, clock()) });
  });

  app.get("/api/threads/:threadId/handover", async (c) => {
    const threadId = param(c, "threadId", threadIdSchema);
    const thread = await threadForPerson(db, threadId, bearer(c));
    const handover = thread && (await handoverForPerson(db, threadId));
    if (!handover) throw new ApiError("not_found", "no handover proposed for this conversation");
    noStore(c);
    return c.json(handover);
  });

  app.post("/api/threads/:threadId/handover", async (c) => {
    const threadId = param(c, "threadId", threadIdSchema);
    const thread = await threadForPerson(db, threadId, bearer(c));
    const { accept } = await readJson(c, handoverAnswerSchema);
    if (!thread) throw new ApiError("not_found", "no handover proposed for this conversation");
    await answerHandover(db, threadId, accept, clock());
    return c.body(null, 204);
  });
}
