/**
 * The console's calls to the contact API on its own origin. The session is the server's
 * HttpOnly cookie, so every call sends same-origin credentials. Types only from the protocol's
 * zod schemas (src/contact/api.ts): zod's eval probe would break the Content-Security-Policy.
 */
import type { CounsellorThread, EnrolOptionsResponse, EnrolVerifyRequest, InboxResponse, MeResponse, MessageAck, MessageIn } from "../contact/api";
import { apiPaths } from "../contact/paths";

/** The console's paths: the protocol's own list (src/contact/paths.ts). */
export const consolePaths = apiPaths;

export class ConsoleApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ConsoleApiError";
  }
}

/** One call to the API with the session cookie; a refusal becomes a ConsoleApiError (the one error shape). */
export async function call<T>(method: "GET" | "POST" | "PUT" | "DELETE", path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: "same-origin",
      cache: "no-store",
      headers: body === undefined ? { accept: "application/json" } : { accept: "application/json", "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ConsoleApiError(0, "network", "no answer from the contact server");
  }
  if (response.status === 204 || response.status === 202) return undefined as T;
  const json = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (!response.ok) throw new ConsoleApiError(response.status, json?.error?.code ?? "internal", json?.error?.message ?? `HTTP ${response.status}`);
  return json as T;
}

export const consoleApi = {
  enrolOptions: (inviteToken: string) => call<EnrolOptionsResponse>("POST", consolePaths.enrolOptions, { inviteToken }),
  enrolVerify: (request: EnrolVerifyRequest) => call<MeResponse>("POST", consolePaths.enrolVerify, request),
  loginOptions: () => call<{ options: Record<string, unknown> & { challenge: string } }>("POST", consolePaths.loginOptions, {}),
  loginVerify: (response: unknown) => call<MeResponse>("POST", consolePaths.loginVerify, { response }),
  me: () => call<MeResponse>("GET", consolePaths.me),
  inbox: () => call<InboxResponse>("GET", consolePaths.inbox),
  thread: (threadId: string) => call<CounsellorThread>("GET", consolePaths.consoleThread(threadId)),
  markRead: (threadId: string) => call<void>("POST", consolePaths.consoleThreadRead(threadId), {}),
  reply: (threadId: string, message: MessageIn) => call<MessageAck>("POST", consolePaths.consoleThreadMessages(threadId), message),
  logout: () => call<void>("POST", consolePaths.logout, {}),
};
