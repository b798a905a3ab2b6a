// A small HTTP client for the bench: keep-alive sockets, a chosen local address (so the test
// client's address differs from the server's own 127.0.0.1), a chosen user agent.

import http from "node:http";

export interface BenchClient {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bench reads many response shapes; each use reads only the fields it checks
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; json: any; headers: http.IncomingHttpHeaders }>;
  close(): void;
}

export function benchClient(origin: string, options: { localAddress?: string; userAgent?: string; maxSockets?: number } = {}): BenchClient {
  const url = new URL(origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 });
  return {
    request: (method, path, body, headers = {}) => send(method, path, body, headers, true),
    close: () => agent.destroy(),
  };

  function send(method: string, path: string, body: unknown, headers: Record<string, string>, mayRetry: boolean): ReturnType<BenchClient["request"]> {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method,
          agent,
          // Percent-encode what Node's client refuses to send raw (non-ASCII, spaces), as a browser would.
          path: path.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c)),
          ...(options.localAddress ? { localAddress: options.localAddress } : {}),
          headers: {
            ...(payload === undefined ? {} : { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }),
            ...(options.userAgent ? { "user-agent": options.userAgent } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            let json: unknown;
            try {
              json = text ? JSON.parse(text) : undefined;
            } catch {
              json = text;
            }
            resolve({ status: res.statusCode ?? 0, json, headers: res.headers });
          });
          res.on("error", reject);
        },
      );
      // A kept-alive socket the server closed just as we reused it: retry once on a fresh one,
      // as browsers do (Node's documented pattern, request.reusedSocket).
      req.on("error", (error: NodeJS.ErrnoException) => {
        if (mayRetry && req.reusedSocket && error.code === "ECONNRESET") send(method, path, body, headers, false).then(resolve, reject);
        else reject(error);
      });
      req.setTimeout(30_000, () => req.destroy(new Error("timeout")));
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  }
}
