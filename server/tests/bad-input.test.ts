// Bad input never crashes the server nor gets a 500: every refusal is a 4xx in the one error shape.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorResponseSchema } from "../../src/contact/api";
import { type Harness, api, createService, dbKind, enrolCounsellor, newPerson, personWrites, startHarness } from "./harness";
import { malformedRequests } from "./malformed";

let h: Harness;
let template: (path: string) => unknown;
let threadId: string;

beforeAll(async () => {
  h = await startHarness();
  await createService(h, "demo");
  await enrolCounsellor(h, "demo");
  const person = await personWrites(h, "demo", "bad input canary");
  threadId = person.keys.mailboxId;
  const create = await (await newPerson(h, "demo")).request("template");
  const message = await person.message("template");
  template = (path) =>
    path === "/api/threads"
      ? create
      : path.endsWith("/messages")
        ? message
        : path.includes("enrol")
          ? { inviteToken: "A".repeat(43), displayName: "x", response: { id: "a", rawId: "a", type: "public-key", response: { clientDataJSON: "e30" }, clientExtensionResults: {} }, serviceKey: {} }
          : {};
});
afterAll(async () => h.close());

describe(`malformed requests on ${dbKind}`, () => {
  it("answers 600 generated malformed requests with 4xx in the error shape, never 500", async () => {
    const statuses = new Map<number, number>();
    for (const request of malformedRequests(600, 17, template, threadId)) {
      const response = await fetch(h.origin + request.path, { method: request.method, headers: request.headers, ...(request.body === undefined ? {} : { body: request.body }) });
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const text = await response.text();
      if (response.status >= 400) {
        expect(response.status, `${request.method} ${request.path}`).toBeLessThan(500);
        expect(errorResponseSchema.safeParse(JSON.parse(text)).success, `${request.method} ${request.path}: ${text.slice(0, 200)}`).toBe(true);
      }
    }
    expect([...statuses.keys()].some((s) => s >= 500)).toBe(false);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(50);
    expect(statuses.get(413) ?? 0).toBeGreaterThan(5);
    expect(statuses.get(415) ?? 0).toBeGreaterThan(5);
    expect((await api(h, "GET", "/api/health")).status).toBe(200);
  });

  it("names the place and the problem", async () => {
    const r = await api(h, "POST", "/api/threads", { ...(await (await newPerson(h, "demo")).request("x")), urgent: "yes" });
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: "validation", path: "urgent" });
    const broken = await api(h, "POST", "/api/threads", '{"a":');
    expect(broken.json.error.code).toBe("invalid_json");
    const type = await fetch(`${h.origin}/api/threads`, { method: "POST", body: "{}" });
    expect(type.status).toBe(415);
  });
});
