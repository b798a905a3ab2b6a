/**
 * The person's calls to the contact API on the page's own origin (/api/…). Types come from the
 * protocol's zod schemas (src/contact/api.ts) as types only: the browser ships no zod, whose
 * eval probe would break the Content-Security-Policy. The server validates every request.
 */
import type { CreateThreadRequest, CreateThreadResponse, MessageAck, MessageIn, PersonThread, ServiceKeyResponse } from "../../contact/api";
import { apiPaths } from "../../contact/paths";

/** The person's side of the API's paths (src/contact/paths.ts, shared with the server's contract). */
export const personPaths = {
  serviceKey: apiPaths.serviceKey,
  threads: apiPaths.threads,
  thread: apiPaths.thread,
  threadMessages: apiPaths.threadMessages,
} as const;

/** A refusal in the API's one error shape, or no answer at all (code "network"). */
export class ContactApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ContactApiError";
  }
}

async function call<T>(method: string, path: string, options: { body?: unknown; authKey?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.authKey !== undefined) headers["authorization"] = `Bearer ${options.authKey}`;
  let response: Response;
  try {
    // No credentials and no referrer: the API needs neither, and the page's path is not its business.
    response = await fetch(path, {
      method,
      headers,
      credentials: "omit",
      referrerPolicy: "no-referrer",
      cache: "no-store",
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  } catch {
    throw new ContactApiError(0, "network", "no answer from the contact server");
  }
  if (response.status === 204) return undefined as T;
  const json = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (!response.ok) throw new ContactApiError(response.status, json?.error?.code ?? "internal", json?.error?.message ?? `HTTP ${response.status}`);
  return json as T;
}

export const contactApi = {
  serviceKey: (serviceId: string) => call<ServiceKeyResponse>("GET", personPaths.serviceKey(serviceId)),
  createThread: (request: CreateThreadRequest) => call<CreateThreadResponse>("POST", personPaths.threads, { body: request }),
  readThread: (threadId: string, authKey: string) => call<PersonThread>("GET", personPaths.thread(threadId), { authKey }),
  postMessage: (threadId: string, authKey: string, message: MessageIn) => call<MessageAck>("POST", personPaths.threadMessages(threadId), { body: message, authKey }),
  deleteThread: (threadId: string, authKey: string) => call<void>("DELETE", personPaths.thread(threadId), { authKey }),
};
