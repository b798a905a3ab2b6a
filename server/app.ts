// The contact server's HTTP application (Hono). Why Hono rather than Fastify: it is built on the
// web-standard Request/Response, so the same handlers run in Node (@hono/node-server) and in a
// test's fetch without a socket; it is small (no plugin system to learn), typed end to end, and
// its body-limit and cookie helpers cover what we need. zod at the boundary does the validation
// Fastify's JSON-schema layer would otherwise do.
//
// Logging: the server writes no request log. Its own lines name an event and a route pattern,
// never an address, a user agent, a header or any content.

import { getConnInfo } from "@hono/node-server/conninfo";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import type { Deps } from "./context";
import { ApiError } from "./errors";
import { maxBodyBytes } from "./http";
import { consoleAuthRoutes } from "./routes/console-auth";
import { consoleThreadRoutes } from "./routes/console-threads";
import { personRoutes } from "./routes/person";
import { workplaceRoutes } from "./team/routes";

export function buildApp(deps: Deps): Hono {
  const app = new Hono();

  const clientKey = (c: Context): string => {
    let address = "unknown";
    try {
      address = (deps.trustProxy ? c.req.header("x-real-ip") : undefined) ?? getConnInfo(c).remote.address ?? "unknown";
    } catch {
      // Not on a Node socket (app.request in tests): every caller shares one bucket.
    }
    return deps.limiter.clientKey(address);
  };

  app.use("*", async (c, next) => {
    if (!deps.limiter.take("client", clientKey(c))) throw new ApiError("rate_limited", "too many requests; slow down");
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    await next();
  });
  app.use("*", bodyLimit({ maxSize: maxBodyBytes, onError: (c) => c.json(new ApiError("too_large", `the body is larger than ${maxBodyBytes} bytes`).toBody(), 413) }));

  app.get("/api/health", (c) => c.json({ ok: true }));
  personRoutes(app, deps, clientKey);
  consoleAuthRoutes(app, deps, clientKey);
  consoleThreadRoutes(app, deps);
  workplaceRoutes(app, deps);

  app.notFound((c) => c.json(new ApiError("not_found", `no endpoint ${c.req.method} ${new URL(c.req.url).pathname.slice(0, 80)}`).toBody(), 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.toBody(), error.status as 400);
    if (error instanceof HTTPException) {
      const status = error.status;
      const code = status === 413 ? "too_large" : status === 401 ? "unauthorized" : "bad_request";
      return c.json(new ApiError(code, "the request could not be read").toBody(), status);
    }
    // Malformed percent-encoding or a body that is not UTF-8: the client's fault, not ours.
    if (error instanceof URIError || error instanceof TypeError) return c.json(new ApiError("bad_request", "the request could not be read").toBody(), 400);
    deps.log(`internal error on ${c.req.method} ${c.req.routePath}: ${error.name}`);
    return c.json(new ApiError("internal", "something went wrong on the server; your message was not saved").toBody(), 500);
  });
  return app;
}
