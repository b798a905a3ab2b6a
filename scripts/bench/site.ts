/**
 * What the bench serves: a snapshot of dist/ with the hand-written DUDIT page of
 * scripts/bench/handwritten/ copied to /bench-handwritten/, and the two pages it measures.
 */
import { cpSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { ROOT } from "../support/browser/paths";
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
  return site;
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
