/**
 * Runs Debian's nginx (/usr/sbin/nginx) with deploy/nginx.conf, as it is except for what a
 * test run must change: a free high port on 127.0.0.1, dist/ as the root, and a temporary
 * prefix for the pid and temp files. Each of those lines must be found exactly once, so a
 * change to the production file that this would silently miss fails loudly instead.
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
  readonly origin: string;
  close(): Promise<void>;
}

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const found = text.match(new RegExp(pattern.source, "g"))?.length ?? 0;
  if (found !== 1) throw new Error(`nginx: deploy/nginx.conf: expected ${pattern} exactly once, found it ${found} times`);
  return text.replace(pattern, replacement);
}

/** The production configuration with the test run's port, root and temporary paths. */
export function testConfig(production: string, port: number, root: string, prefix: string): string {
  let config = replaceOnce(production, /listen 127\.0\.0\.1:\d+;/, `listen 127.0.0.1:${port};`);
  config = replaceOnce(config, /root \/srv\/selfcheck;/, `root ${root};`);
  config = replaceOnce(config, /pid \/tmp\/selfcheck-nginx\.pid;/, `pid ${join(prefix, "nginx.pid")};`);
  for (const kind of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) {
    config = replaceOnce(config, new RegExp(`/tmp/selfcheck-nginx-${kind};`), `${join(prefix, kind)};`);
  }
  return config;
}

async function freePort(): Promise<number> {
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

export async function startNginx(): Promise<NginxServer> {
  if (!existsSync(NGINX)) throw new Error(`nginx: ${NGINX} is missing; run \`bash tests/nginx/ensure-nginx.sh\` (apt-get install nginx)`);
  if (!existsSync(join(DIST, "index.html"))) throw new Error(`nginx: ${DIST}/index.html is missing; run \`vite build\` first (npm test does)`);
  const prefix = mkdtempSync(join(tmpdir(), "selfcheck-nginx-"));
  const port = await freePort();
  const confPath = join(prefix, "nginx.conf");
  writeFileSync(confPath, testConfig(readFileSync(join(DEPLOY, "nginx.conf"), "utf8"), port, DIST, prefix));
  // `include security-headers.conf` is relative to the main file's folder.
  copyFileSync(join(DEPLOY, "security-headers.conf"), join(prefix, "security-headers.conf"));
  copyFileSync(join(DIST, "csp-hashes.conf"), join(prefix, "csp-hashes.conf"));
  const args = ["-p", prefix, "-c", confPath, "-e", "stderr"];
  const check = spawnSync(NGINX, [...args, "-t"], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx: the configuration does not load (nginx -t):\n${check.stderr}`);

  const child: ChildProcess = spawn(NGINX, [...args, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (data: Buffer) => (stderr += data.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx: exited with ${child.exitCode}:\n${stderr}`);
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx: no answer on ${origin} after 10 s:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    origin,
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
