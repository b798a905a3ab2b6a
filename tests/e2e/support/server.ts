/**
 * A tiny static server for the production build in dist/, on 127.0.0.1 with a
 * random free port. No dependency: node:http only. Unknown paths without a file
 * extension fall back to index.html (single-page app); unknown files are 404 so
 * that a missing asset fails loudly instead of silently returning HTML.
 */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { AddressInfo } from "node:net";

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

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function startStaticServer(rootDir: string): Promise<StaticServer> {
  const root = resolve(rootDir);
  const indexPath = join(root, "index.html");
  if (!(await isFile(indexPath))) {
    throw new Error(`e2e: ${indexPath} does not exist. Run \`vite build\` first (npm run test:e2e does).`);
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      try {
        const url = new URL(req.url ?? "/", "http://127.0.0.1");
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
          else if (extname(decoded) === "") file = indexPath; // SPA fallback
          else {
            res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
            return;
          }
        }
        const body = await readFile(file);
        res.writeHead(200, {
          "content-type": mimeType(file),
          "content-length": body.length,
          "cache-control": "no-store",
        });
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
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}
