// Every workplace route (issue 19), registered by app.ts in one line.

import type { Hono } from "hono";
import type { Deps } from "../context";
import { consoleTeamRoutes } from "./routes-team";
import { consoleWorkRoutes } from "./routes-work";

export function workplaceRoutes(app: Hono, deps: Deps): void {
  consoleTeamRoutes(app, deps);
  consoleWorkRoutes(app, deps);
}
