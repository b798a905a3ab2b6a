/**
 * A tiny static server for a build (dist/ or dist-e2e/), on 127.0.0.1 with a
 * random free port. No dependency: node:http only. Unknown paths without a file
 * extension fall back to index.html (single-page app); unknown files are 404 so
 * that a missing asset fails loudly instead of silently returning HTML.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { brotliCompressSync, constants as zlibConstants } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { AddressInfo } from "node:net";
import { securityHeaders } from "./security-headers";

const MIME: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

export function mimeType(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticServer {
  /** Origin such as http://127.0.0.1:43127 (no trailing slash). */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * The folder each running server serves, by origin. Tests serve either build (dist/ or
 * dist-e2e/), and what counts as one of the app's own files depends on which (support/storage.ts).
 */
const foldersByOrigin = new Map<string, string>();

export function folderServedAt(origin: string): string | undefined {
  return foldersByOrigin.get(origin);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export interface ServerOptions {
  /** Brotli-compress text responses for clients that accept it (the bench; nginx uses gzip). */
  readonly brotli?: boolean;
  /**
   * Called once per response when it has been handed to the socket, with the bytes it put on
   * the wire (status line, headers and body), the requested path and the bytes of a served
   * file's body alone (0 for a 403, 404 or 500).
   * Off unless given (the bench counts a whole first visit with it, service worker fetches
   * included).
   */
  readonly onResponse?: (bytes: number, path: string, bodyBytes: number) => void;
  /**
   * "production": the Cache-Control of deploy/nginx.conf (hashed /assets/ kept a year as
   * immutable, everything else revalidated), so a browser and its service worker reuse what
   * they were sent, as on the real host (the bench). Default "no-store": every test starts cold.
   */
  readonly caching?: "production" | "no-store";
  /** Headers that replace the build's for some paths (the bench's hand-written page has its own CSP). */
  readonly headersFor?: (path: string) => Record<string, string> | undefined;
  /**
   * The contact server's origin (issue 17), asked for on each request: /api/ is passed to it, as
   * nginx does in production, so the page and the console talk only to their own origin.
   * Off unless given: then /api/ is a 404 like any other missing file.
   */
  readonly api?: () => string;
}

/** deploy/nginx.conf's Cache-Control for a path. */
export function productionCacheControl(path: string): string {
  return path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
}

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;

/**
 * Serves dist/ with the security headers of deploy/security-headers.conf on every response, so
 * the app runs under the production Content-Security-Policy in every e2e test.
 */
/**
 * The counsellor console signs in with passkeys, so its pages allow WebAuthn on their own origin
 * (the self-check's pages deny it); nginx's /console/ location does the same.
 */
export function consoleHeaders(headers: Record<string, string>): Record<string, string> {
  const policy = headers["Permissions-Policy"];
  return policy === undefined ? headers : { ...headers, "Permissions-Policy": policy.replace("publickey-credentials-get=()", "publickey-credentials-get=(self)") };
}

/** Passes one request to the contact server and its answer back, headers and cookies included; logs nothing. */
async function proxyToApi(req: IncomingMessage, res: ServerResponse, target: string): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string" && !["host", "connection", "content-length"].includes(name)) headers.set(name, value);
  const response = await fetch(target + (req.url ?? "/"), {
    method: req.method ?? "GET",
    headers,
    ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
  });
  const body = Buffer.from(await response.arrayBuffer());
  const out: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (!["content-encoding", "content-length", "transfer-encoding", "connection", "set-cookie"].includes(name)) out[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) out["set-cookie"] = cookies;
  res.writeHead(response.status, { ...out, "content-length": body.length }).end(body);
}

export async function startStaticServer(rootDir: string, options: ServerOptions = {}): Promise<StaticServer> {
  const root = resolve(rootDir);
  const buildHeaders = securityHeaders(root);
  /** Compressed bodies by file path: dist/ does not change while a server runs. */
  const compressed = new Map<string, Buffer>();
  const indexPath = join(root, "index.html");
  if (!(await isFile(indexPath))) {
    throw new Error(`e2e: ${indexPath} does not exist. Run \`vite build\` first (npm run test:e2e does).`);
  }

  const server: Server = createServer((req, res) => {
    const onResponse = options.onResponse;
    /** Body bytes of this response, for onResponse. */
    let bodyBytes = 0;
    if (onResponse !== undefined) {
      // One response at a time per HTTP/1.1 connection, so the socket's byte count grows by
      // exactly this response (status line, headers, body) between the request and "finish".
      const socket = req.socket;
      const before = socket.bytesWritten;
      res.once("finish", () => onResponse(socket.bytesWritten - before, req.url ?? "/", bodyBytes));
    }
    void (async () => {
      try {
        const url = new URL(req.url ?? "/", "http://127.0.0.1");
        const headers = { ...buildHeaders, ...options.headersFor?.(url.pathname) };
        if (options.api !== undefined && url.pathname.startsWith("/api/")) {
          await proxyToApi(req, res, options.api());
          return;
        }
        const decoded = decodeURIComponent(url.pathname);
        const candidate = normalize(join(root, decoded));
        if (candidate !== root && !candidate.startsWith(root + sep)) {
          res.writeHead(403).end("forbidden");
          return;
        }
        let file = candidate;
        if (!(await isFile(file))) {
          const asDir = join(candidate, "index.html");
          if (await isFile(asDir)) file = asDir;
          else if (extname(decoded) === "")
            file = indexPath; // SPA fallback
          else {
            res.writeHead(404, { ...headers, "content-type": "text/plain; charset=utf-8" }).end("not found");
            return;
          }
        }
        if (options.caching === "production") {
          // As nginx does for static files: a validator, and 304 to a browser that has the file.
          const { size, mtimeMs } = await stat(file);
          const etag = `"${Math.floor(mtimeMs).toString(16)}-${size.toString(16)}"`;
          if (req.headers["if-none-match"] === etag) {
            res.writeHead(304, { ...headers, etag, "cache-control": productionCacheControl(decoded) }).end();
            return;
          }
          res.setHeader("etag", etag);
        }
        let body: Buffer = await readFile(file);
        const type = mimeType(file);
        const encoding: Record<string, string> = {};
        if (options.brotli === true && COMPRESSIBLE.test(type) && /\bbr\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
          const cached = compressed.get(file) ?? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } });
          compressed.set(file, cached);
          body = cached;
          encoding["content-encoding"] = "br";
          encoding["vary"] = "Accept-Encoding";
        }
        res.writeHead(200, {
          ...(decoded.startsWith("/console/") ? consoleHeaders(headers) : headers),
          ...encoding,
          "content-type": type,
          "content-length": body.length,
          "cache-control": options.caching === "production" ? productionCacheControl(decoded) : "no-store",
        });
        bodyBytes = req.method === "HEAD" ? 0 : body.length;
        res.end(req.method === "HEAD" ? undefined : body);
      } catch (error) {
        res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end(String(error));
      }
    })();
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  foldersByOrigin.set(origin, root);
  return {
    origin,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        foldersByOrigin.delete(origin);
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}
