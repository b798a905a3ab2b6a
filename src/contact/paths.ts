// The contact API's paths, relative to the page's own origin. Apart from src/contact/api.ts so
// that the person's chunk and the console can import them without zod (whose eval probe would
// break the Content-Security-Policy).

/** Paths of the API, relative to the origin (the same origin as the page). */
export const apiPaths = {
  serviceKey: (serviceId: string) => `/api/services/${serviceId}/key`,
  threads: "/api/threads",
  thread: (threadId: string) => `/api/threads/${threadId}`,
  threadMessages: (threadId: string) => `/api/threads/${threadId}/messages`,
  enrolOptions: "/api/console/enrol/options",
  enrolVerify: "/api/console/enrol/verify",
  loginOptions: "/api/console/login/options",
  loginVerify: "/api/console/login/verify",
  me: "/api/console/me",
  inbox: "/api/console/inbox",
  consoleThread: (threadId: string) => `/api/console/threads/${threadId}`,
  consoleThreadMessages: (threadId: string) => `/api/console/threads/${threadId}/messages`,
  consoleThreadRead: (threadId: string) => `/api/console/threads/${threadId}/read`,
  logout: "/api/console/logout",
} as const;
