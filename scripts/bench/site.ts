/**
 * What the bench serves: a snapshot of dist/ with the hand-written DUDIT page of
 * scripts/bench/handwritten/ copied to /bench-handwritten/, and the two pages it measures.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { ROOT } from "../support/browser/paths";
import { securityHeaders } from "../support/browser/security-headers";
import { cspHashOf } from "../vite/inline-css";
import type { Target } from "./measure-check";

export const HANDWRITTEN_DIR = join(ROOT, "scripts", "bench", "handwritten");

export const TARGETS: readonly Target[] = [
  { name: "app", label: "app /mk/en/", path: "/mk/en/", serviceWorker: true },
  { name: "handwritten", label: "hand-written", path: "/bench-handwritten/", serviceWorker: false },
];

/**
 * A copy of the build with the hand-written page added: the server reads files as they are
 * asked for, so a build running meanwhile cannot mix two builds into one run. Remove it after.
 */
export function snapshot(dist: string): string {
  const site = mkdtempSync(join(tmpdir(), "selfcheck-bench-"));
  cpSync(dist, site, { recursive: true });
  cpSync(HANDWRITTEN_DIR, join(site, "bench-handwritten"), { recursive: true });
  inlineHandwritten(join(site, "bench-handwritten"));
  return site;
}

const HANDWRITTEN_PATH = "/bench-handwritten/";

/**
 * The hand-written page as the fastest possible page would be served: its stylesheet and
 * script written into the HTML (one request in all), as the app's country pages inline their
 * stylesheet. The script goes last in the body, where `defer` would have run it.
 */
function inlineHandwritten(dir: string): void {
  const page = join(dir, "index.html");
  const css = readFileSync(join(dir, "dudit.css"), "utf8").trim();
  const js = readFileSync(join(dir, "dudit.js"), "utf8").trim();
  const html = readFileSync(page, "utf8");
  const inlined = html
    .replace('<link rel="stylesheet" href="dudit.css">', () => `<style>${css}</style>`)
    .replace('<script src="dudit.js" defer></script>\n', "")
    .replace("</body>", () => `<script>${js}</script>\n</body>`);
  if (inlined === html || inlined.includes("dudit.css") || inlined.includes('src="dudit.js"')) throw new Error(`bench: ${page} no longer links dudit.css and dudit.js as site.ts expects`);
  writeFileSync(page, inlined);
  rmSync(join(dir, "dudit.css"));
  rmSync(join(dir, "dudit.js"));
}

/**
 * The hand-written page's own Content-Security-Policy: the app's, with its inline style and
 * script allowed by their hashes (as a host of that page would send), so the bench still
 * counts any violation on either page.
 */
export function handwrittenHeaders(site: string): (path: string) => Record<string, string> | undefined {
  const html = readFileSync(join(site, "bench-handwritten", "index.html"), "utf8");
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (style === undefined || script === undefined) throw new Error("bench: the hand-written page has no inline style or script");
  const csp = (securityHeaders(site)["Content-Security-Policy"] ?? "")
    .replace(/style-src [^;]*/, `style-src 'self' ${cspHashOf(style)}`)
    .replace(/script-src [^;]*/, `script-src 'self' ${cspHashOf(script)}`);
  return (path) => (path.startsWith(HANDWRITTEN_PATH) ? { "Content-Security-Policy": csp } : undefined);
}

/**
 * Asks the server once for every file of the site with Brotli accepted, so that it has
 * compressed each one (quality 11, cached per server) before a measured run: compressing the
 * 300 KB main script on demand takes the server about a second on this machine.
 */
export async function prewarm(site: string, origin: string): Promise<void> {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(`/${relative(site, path).split(sep).join("/")}`);
    }
  };
  walk(site);
  for (const path of files) {
    await new Promise<void>((done, fail) => {
      request(`${origin}${path}`, { headers: { "accept-encoding": "br" } }, (response) => {
        response.resume();
        response.on("end", done);
      })
        .on("error", fail)
        .end();
    });
  }
}
