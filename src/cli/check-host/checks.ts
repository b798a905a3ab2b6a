/**
 * What a host of the self-check must do, checked over the network against any host:
 * the assertions of the nginx test (tests/nginx), runnable as `npm run check-host -- https://…`.
 * Each check is one line in the report: a name, and either what was seen or what is wrong.
 */
import { fetchRaw, header, type Answer, type RequestOptions } from "./http";
import { headerMatches, securityHeaders } from "./security-headers";

export type Target = {
  /** https://host[:port], no path. */
  origin: string;
  /** http://host[:port]: where plain HTTP is answered (default: the same host on port 80). */
  httpOrigin: string;
  /** Extra certificate authority (PEM) to trust, for a staging host with its own. */
  ca?: Buffer;
};

export type CheckResult = { name: string; ok: boolean; detail: string };

const YEAR = 31_536_000;
/** A Host no real site has (RFC 2606 reserves .invalid), to see whether a redirect echoes it. */
const FORGED_HOST = "check-host.invalid:4444";

class Failure extends Error {}
function expect(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Failure(message);
}

function expectSecurityHeaders(answer: Answer, what: string): number {
  const wanted = securityHeaders();
  for (const [name, value] of Object.entries(wanted)) {
    const got = header(answer, name);
    expect(headerMatches(value, got), `${what}: ${name} is ${got === "" ? "missing" : JSON.stringify(got)}, expected ${JSON.stringify(value)}`);
  }
  return Object.keys(wanted).length;
}

/** No cache keeps it long: no-store or no-cache, or no max-age above a minute. */
function expectNoLongCache(answer: Answer, what: string): void {
  const cache = header(answer, "cache-control");
  const maxAge = Number(/max-age=(\d+)/.exec(cache)?.[1] ?? "0");
  expect(!cache.includes("immutable") && maxAge <= 60, `${what}: Cache-Control ${JSON.stringify(cache)} lets a cache keep it`);
}

type Check = { name: string; run: (get: (path: string, options?: RequestOptions) => Promise<Answer>, target: Target) => Promise<string> };

const CHECKS: Check[] = [
  {
    name: "home page over HTTPS: 200 HTML, revalidated, every security header, no version in Server",
    async run(get) {
      const home = await get("/");
      expect(home.status === 200, `/ answered ${home.status}`);
      expect(header(home, "content-type").startsWith("text/html"), `/ is ${header(home, "content-type")}, not text/html`);
      expect(header(home, "cache-control") === "no-cache", `/ has Cache-Control ${JSON.stringify(header(home, "cache-control"))}, expected "no-cache"`);
      const count = expectSecurityHeaders(home, "/");
      expect(!/\d/.test(header(home, "server")), `Server header names a version: ${header(home, "server")}`);
      expect(home.tls === "TLSv1.3" || home.tls === "TLSv1.2", `TLS version ${home.tls ?? "none"}; expected TLS 1.2 or 1.3`);
      return `${count} security headers, ${home.tls ?? ""}`;
    },
  },
  {
    name: "HSTS: Strict-Transport-Security with max-age of at least a year",
    async run(get) {
      const value = header(await get("/"), "strict-transport-security");
      const maxAge = Number(/max-age=(\d+)/.exec(value)?.[1] ?? "0");
      expect(maxAge >= YEAR, `Strict-Transport-Security is ${value === "" ? "missing" : JSON.stringify(value)}`);
      return value;
    },
  },
  {
    name: "compression: Brotli when asked for, else gzip, with Vary: Accept-Encoding",
    async run(get) {
      const br = await get("/", { headers: { "accept-encoding": "br, gzip" } });
      expect(header(br, "content-encoding") === "br", `/ with Accept-Encoding br, gzip came as ${header(br, "content-encoding") || "uncompressed"}`);
      expect(/accept-encoding/i.test(header(br, "vary")), `/ in Brotli has Vary ${JSON.stringify(header(br, "vary"))}`);
      const gz = await get("/", { headers: { "accept-encoding": "gzip" } });
      expect(header(gz, "content-encoding") === "gzip", `/ with Accept-Encoding gzip came as ${header(gz, "content-encoding") || "uncompressed"}`);
      return `/ is ${br.body.length} bytes in Brotli, ${gz.body.length} in gzip`;
    },
  },
  {
    name: "hashed assets: cached a year as immutable, Brotli, security headers",
    async run(get) {
      const html = (await get("/")).body.toString("utf8");
      const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1] ?? "");
      expect(assets.length > 0, "the home page names no /assets/ script or stylesheet");
      for (const path of assets) {
        const asset = await get(path, { headers: { "accept-encoding": "br, gzip" } });
        expect(asset.status === 200, `${path} answered ${asset.status}`);
        expect(header(asset, "cache-control") === `public, max-age=${YEAR}, immutable`, `${path} has Cache-Control ${JSON.stringify(header(asset, "cache-control"))}`);
        expect(header(asset, "content-encoding") === "br", `${path} came as ${header(asset, "content-encoding") || "uncompressed"}, not Brotli`);
        expectSecurityHeaders(asset, path);
      }
      return `${assets.length} assets`;
    },
  },
  {
    name: "service worker and manifest: revalidated on every load",
    async run(get) {
      for (const [path, type] of [
        ["/sw.js", /javascript/],
        ["/manifest.webmanifest", /^application\/manifest\+json/],
      ] as const) {
        const answer = await get(path);
        expect(answer.status === 200, `${path} answered ${answer.status}`);
        expect(type.test(header(answer, "content-type")), `${path} is ${header(answer, "content-type")}`);
        expect(header(answer, "cache-control") === "no-cache", `${path} has Cache-Control ${JSON.stringify(header(answer, "cache-control"))}`);
      }
      return "no-cache";
    },
  },
  {
    name: "missing files: 404 with the security headers and no long cache, never the home page",
    async run(get) {
      for (const path of ["/assets/check-host-missing-0000.js", "/check-host-missing.png", "/mk/check-host-missing.json"]) {
        const answer = await get(path);
        expect(answer.status === 404, `${path} answered ${answer.status}, expected 404`);
        expectSecurityHeaders(answer, `${path} (404)`);
        expectNoLongCache(answer, `${path} (404)`);
      }
      return "3 paths";
    },
  },
  {
    name: "a folder without its slash: redirected without the request's Host or port",
    async run(get) {
      const html = (await get("/")).body.toString("utf8");
      const folder = /href="\/([a-z]{2})\/"/.exec(html)?.[1];
      expect(folder !== undefined, "the home page links to no country page /xx/");
      const plain = await get(`/${folder}`);
      expect(plain.status === 301 || plain.status === 308, `/${folder} answered ${plain.status}, expected a redirect to /${folder}/`);
      const location = header(plain, "location");
      expect(location === `/${folder}/`, `/${folder} redirects to ${JSON.stringify(location)}, expected the relative "/${folder}/"`);
      const forged = await get(`/${folder}`, { headers: { host: FORGED_HOST } });
      expect(
        !header(forged, "location").includes("check-host.invalid") && !header(forged, "location").includes("4444"),
        `with Host ${FORGED_HOST}, /${folder} redirects to ${header(forged, "location")}`,
      );
      return `Location: ${location}`;
    },
  },
  {
    name: "plain HTTP: a permanent redirect to the same path over HTTPS, never to the Host asked for",
    async run(_get, target) {
      const path = "/check-host/path?x=1";
      const forHost = await fetchRaw(`${target.httpOrigin}${path}`);
      const forged = await fetchRaw(`${target.httpOrigin}${path}`, { headers: { host: FORGED_HOST } });
      for (const [what, answer] of [
        ["", forHost],
        [` with Host ${FORGED_HOST}`, forged],
      ] as const) {
        expect(answer.status === 301 || answer.status === 308, `http://…${path}${what} answered ${answer.status}, expected 301`);
        expect(header(answer, "location") === `${target.origin}${path}`, `http://…${path}${what} redirects to ${JSON.stringify(header(answer, "location"))}, expected ${target.origin}${path}`);
      }
      return `Location: ${target.origin}${path}`;
    },
  },
];

/** Runs every check against a host; never throws (a network error is a failed check). */
export async function checkHost(target: Target): Promise<CheckResult[]> {
  const get = (path: string, options: RequestOptions = {}): Promise<Answer> => fetchRaw(`${target.origin}${path}`, { ...options, ca: target.ca });
  const results: CheckResult[] = [];
  for (const check of CHECKS) {
    try {
      results.push({ name: check.name, ok: true, detail: await check.run(get, target) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({ name: check.name, ok: false, detail: error instanceof Failure ? message : `could not check: ${message}` });
    }
  }
  return results;
}
