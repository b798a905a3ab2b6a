// Every endpoint of the API, for the cross-service matrix and the malformed-input generator.

export type Audience = "person" | "console-public" | "console";

export interface Endpoint {
  method: "GET" | "POST" | "DELETE";
  path: (threadId: string) => string;
  audience: Audience;
  /** Reads or changes a thread (the matrix checks that another service gets 404). */
  threadScoped: boolean;
  body: boolean;
}

export const endpoints: Endpoint[] = [
  { method: "GET", path: () => "/api/services/demo/key", audience: "person", threadScoped: false, body: false },
  { method: "POST", path: () => "/api/threads", audience: "person", threadScoped: false, body: true },
  { method: "GET", path: (t) => `/api/threads/${t}`, audience: "person", threadScoped: true, body: false },
  { method: "POST", path: (t) => `/api/threads/${t}/messages`, audience: "person", threadScoped: true, body: true },
  { method: "DELETE", path: (t) => `/api/threads/${t}`, audience: "person", threadScoped: true, body: false },
  { method: "POST", path: () => "/api/console/enrol/options", audience: "console-public", threadScoped: false, body: true },
  { method: "POST", path: () => "/api/console/enrol/verify", audience: "console-public", threadScoped: false, body: true },
  { method: "POST", path: () => "/api/console/login/options", audience: "console-public", threadScoped: false, body: true },
  { method: "POST", path: () => "/api/console/login/verify", audience: "console-public", threadScoped: false, body: true },
  { method: "GET", path: () => "/api/console/me", audience: "console", threadScoped: false, body: false },
  { method: "GET", path: () => "/api/console/inbox", audience: "console", threadScoped: false, body: false },
  { method: "GET", path: (t) => `/api/console/threads/${t}`, audience: "console", threadScoped: true, body: false },
  { method: "POST", path: (t) => `/api/console/threads/${t}/messages`, audience: "console", threadScoped: true, body: true },
  { method: "POST", path: (t) => `/api/console/threads/${t}/read`, audience: "console", threadScoped: true, body: false },
  { method: "POST", path: () => "/api/console/logout", audience: "console", threadScoped: false, body: false },
];
