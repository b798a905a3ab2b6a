/**
 * Runs Debian's nginx (/usr/sbin/nginx) with deploy/nginx.conf, as it is except for what a
 * test run must change: free high ports on 127.0.0.1 for HTTPS and HTTP (no IPv6 listener), a
 * self-signed certificate for 127.0.0.1 made with openssl, the name the HTTP block redirects to,
 * the contact server's port, dist/ as the root, and a temporary prefix for the pid and temp
 * files. Each of those lines must be found exactly once, so a change to the production file that
 * this would silently miss fails loudly instead.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../../e2e/support/paths";

export const NGINX = "/usr/sbin/nginx";
const DEPLOY = join(ROOT, "deploy");
/** The production build (npm run build / test:e2e), exactly what a real host serves. */
const DIST = join(ROOT, "dist");

export interface NginxServer {
  /** https://127.0.0.1:<port> */
  readonly origin: string;
  /** http://127.0.0.1:<port>: the block that redirects to HTTPS. */
  readonly httpOrigin: string;
  /** The self-signed certificate (PEM) the HTTPS server presents: the CA to trust. */
  readonly caFile: string;
  /** Lines "<bytes sent> <status> <path>" of every response but /api/'s (a test-only log without addresses). */
  bytesLog(): string;
  /** What nginx has written on its error log so far. */
  errorLog(): string;
  close(): Promise<void>;
}

export type TestPorts = { https: number; http: number; api: number };

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const found = text.match(new RegExp(pattern.source, "g"))?.length ?? 0;
  if (found !== 1) throw new Error(`nginx: deploy/nginx.conf: expected ${pattern} exactly once, found it ${found} times`);
  return text.replace(pattern, replacement);
}

/** The production configuration with the test run's ports, certificate, root and temporary paths. */
export function testConfig(production: string, ports: TestPorts, root: string, prefix: string, bytesLog?: string): string {
  let config = replaceOnce(production, /listen 443 ssl http2;/, `listen 127.0.0.1:${ports.https} ssl http2;`);
  config = replaceOnce(config, /\n\s*listen \[::\]:443 ssl http2;/, "");
  config = replaceOnce(config, /listen 80;/, `listen 127.0.0.1:${ports.http};`);
  config = replaceOnce(config, /\n\s*listen \[::\]:80;/, "");
  config = replaceOnce(config, /return 301 https:\/\/selfcheck\.example\$request_uri;/, `return 301 https://127.0.0.1:${ports.https}$request_uri;`);
  config = replaceOnce(config, /ssl_certificate \/etc\/ssl\/selfcheck\/fullchain\.pem;/, `ssl_certificate ${join(prefix, "cert.pem")};`);
  // For the first-visit measurement only: bytes and path of each response, never an address.
  const counting = bytesLog === undefined ? "" : `\n    access_log ${bytesLog} selfcheck_bytes;`;
  config = replaceOnce(config, /ssl_certificate_key \/etc\/ssl\/selfcheck\/privkey\.pem;/, `ssl_certificate_key ${join(prefix, "key.pem")};${counting}`);
  if (bytesLog !== undefined) config = replaceOnce(config, /log_not_found off;/, "log_not_found off;\n  log_format selfcheck_bytes '$bytes_sent $status $request_uri';");
  config = replaceOnce(config, /proxy_pass http:\/\/127\.0\.0\.1:8787;/, `proxy_pass http://127.0.0.1:${ports.api};`);
  config = replaceOnce(config, /root \/srv\/selfcheck;/, `root ${root};`);
  config = replaceOnce(config, /pid \/tmp\/selfcheck-nginx\.pid;/, `pid ${join(prefix, "nginx.pid")};`);
  for (const kind of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) {
    config = replaceOnce(config, new RegExp(`/tmp/selfcheck-nginx-${kind};`), `${join(prefix, kind)};`);
  }
  return config;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** A self-signed ECDSA certificate for 127.0.0.1, valid for two days. */
function makeCertificate(prefix: string): void {
  const made = spawnSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-days",
      "2",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
      "-keyout",
      join(prefix, "key.pem"),
      "-out",
      join(prefix, "cert.pem"),
    ],
    { encoding: "utf8" },
  );
  if (made.status !== 0) throw new Error(`nginx: openssl could not make a test certificate:\n${made.stderr}`);
}

/** `api`: the port of a contact server (or a stand-in) that /api/ is proxied to. */
export async function startNginx(api: number): Promise<NginxServer> {
  if (!existsSync(NGINX)) throw new Error(`nginx: ${NGINX} is missing; run \`bash tests/nginx/ensure-nginx.sh\` (apt-get install nginx)`);
  if (!existsSync(join(DIST, "index.html"))) throw new Error(`nginx: ${DIST}/index.html is missing; run \`vite build\` first (npm test does)`);
  const prefix = mkdtempSync(join(tmpdir(), "selfcheck-nginx-"));
  const ports = { https: await freePort(), http: await freePort(), api };
  makeCertificate(prefix);
  const confPath = join(prefix, "nginx.conf");
  const bytesLog = join(prefix, "bytes.log");
  writeFileSync(confPath, testConfig(readFileSync(join(DEPLOY, "nginx.conf"), "utf8"), ports, DIST, prefix, bytesLog));
  // `include security-headers.conf` is relative to the main file's folder.
  copyFileSync(join(DEPLOY, "security-headers.conf"), join(prefix, "security-headers.conf"));
  copyFileSync(join(DIST, "csp-hashes.conf"), join(prefix, "csp-hashes.conf"));
  const args = ["-p", prefix, "-c", confPath, "-e", "stderr"];
  const check = spawnSync(NGINX, [...args, "-t"], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx: the configuration does not load (nginx -t):\n${check.stderr}`);

  const child: ChildProcess = spawn(NGINX, [...args, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (data: Buffer) => (stderr += data.toString()));
  const origin = `https://127.0.0.1:${ports.https}`;
  const httpOrigin = `http://127.0.0.1:${ports.http}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx: exited with ${child.exitCode}:\n${stderr}`);
    try {
      // The HTTP block answers once nginx listens (the HTTPS one would need the test certificate trusted).
      await fetch(`${httpOrigin}/`, { redirect: "manual" });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx: no answer on ${origin} after 10 s:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    origin,
    httpOrigin,
    caFile: join(prefix, "cert.pem"),
    errorLog: () => stderr,
    bytesLog: () => (existsSync(bytesLog) ? readFileSync(bytesLog, "utf8") : ""),
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGQUIT");
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
