/**
 * One HTTP(S) request as a host answers it: no redirect followed, no body decompressed, the TLS
 * version noted. node:https rather than fetch, because fetch neither lets a check send another
 * Host than it connects to nor trust a test certificate for one request.
 */
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import type { TLSSocket } from "node:tls";

export type Answer = {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** "TLSv1.3", "TLSv1.2" …; undefined over plain HTTP. */
  tls: string | undefined;
};

export type RequestOptions = { headers?: Record<string, string>; ca?: Buffer | undefined; timeoutMs?: number };

export function fetchRaw(url: string, options: RequestOptions = {}): Promise<Answer> {
  const target = new URL(url);
  const secure = target.protocol === "https:";
  const send = secure ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      target,
      {
        method: "GET",
        headers: { "accept-encoding": "identity", "user-agent": "selfcheck-check-host", ...options.headers },
        ...(secure && options.ca !== undefined ? { ca: options.ca } : {}),
        // The name to check the certificate against stays the URL's, whatever Host is sent.
        ...(secure ? { servername: /^[\d.]+$|:/.test(target.hostname) ? "" : target.hostname } : {}),
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
            tls: secure ? ((response.socket as TLSSocket).getProtocol?.() ?? undefined) : undefined,
          }),
        );
      },
    );
    request.setTimeout(options.timeoutMs ?? 15_000, () => request.destroy(new Error(`no answer from ${url} within ${(options.timeoutMs ?? 15_000) / 1000} s`)));
    request.on("error", reject);
    request.end();
  });
}

/** A header's value as one string ("" when absent). */
export function header(answer: Answer, name: string): string {
  const value = answer.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}
