// The cross-service matrix for the bench: every console endpoint × {no session, same service,
// other service, expired session}, in process with an injected clock (to expire a session), on
// the same kind of database. Counts cells that differ from the expected table and any read or
// listing of a thread across services.

import { endpoints } from "../../server/tests/endpoints";
import { type Counsellor, api, createService, enrolCounsellor, login, personWrites, startHarness } from "../../server/tests/harness";
import { importServiceKeyPair } from "../../src/contact/service-key";
import { threadCryptoKey, unwrapForService } from "../../src/contact/thread-key";
import { encryptMessage } from "../../src/contact/message";

export interface MatrixResult {
  cells: number;
  unexpected: number;
  crossServiceReads: number;
}

const expected: Record<string, Record<string, number>> = {
  "GET /api/console/me": { none: 401, same: 200, other: 200, expired: 401 },
  "GET /api/console/inbox": { none: 401, same: 200, other: 200, expired: 401 },
  "GET /api/console/threads/:t": { none: 401, same: 200, other: 404, expired: 401 },
  "POST /api/console/threads/:t/messages": { none: 401, same: 201, other: 404, expired: 401 },
  "POST /api/console/threads/:t/read": { none: 401, same: 204, other: 404, expired: 401 },
  "POST /api/console/logout": { none: 204, same: 204, other: 204, expired: 204 },
};

export async function matrix(): Promise<MatrixResult> {
  const h = await startHarness();
  try {
    await createService(h, "demo");
    await createService(h, "other");
    const own = await enrolCounsellor(h, "demo");
    const other = await enrolCounsellor(h, "other");
    const expired = await enrolCounsellor(h, "demo", own.key);
    const person = await personWrites(h, "demo", "matrix");
    h.clock.now += 3 * 3_600_000;
    const who: Record<string, Counsellor | undefined> = { none: undefined, same: own, other, expired };
    let cells = 0;
    let unexpected = 0;
    let crossServiceReads = 0;
    // Logout last, so it does not end the sessions the other cells need.
    const ordered = [...endpoints.filter((e) => e.audience === "console" && !e.path("").endsWith("logout")), ...endpoints.filter((e) => e.path("").endsWith("logout"))];
    for (const endpoint of ordered) {
      for (const name of ["none", "same", "other", "expired"]) {
        await login(h, own);
        await login(h, other);
        const counsellor = who[name];
        let body: unknown;
        if (endpoint.body) {
          const thread = (await api(h, "GET", `/api/console/threads/${person.keys.mailboxId}`, undefined, own.headers())).json;
          const key = await threadCryptoKey(
            await unwrapForService(thread.serviceWrap, await importServiceKeyPair(own.key.privateKeyPkcs8, own.key.publicKey), { serviceId: "demo", threadId: thread.threadId }),
          );
          const id = crypto.randomUUID();
          body = { id, ciphertext: await encryptMessage(key, { threadId: thread.threadId, direction: "service", messageId: id }, "m") };
        }
        const r = await api(h, endpoint.method, endpoint.path(person.keys.mailboxId), body, counsellor?.headers() ?? {});
        cells++;
        if (r.status !== expected[`${endpoint.method} ${endpoint.path(":t")}`]?.[name]) unexpected++;
        if (name !== "same" && JSON.stringify(r.json ?? "").includes(person.keys.mailboxId)) crossServiceReads++;
      }
    }
    return { cells, unexpected, crossServiceReads };
  } finally {
    await h.close();
  }
}
