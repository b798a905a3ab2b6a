import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../../..");
export const DIST = join(ROOT, "dist");
/**
 * `vite build --mode e2e --outDir dist-e2e`: the production build plus the demo country and a
 * console report of every missing UI text key (src/app/main.tsx), which the harness fails on.
 */
export const DIST_E2E = join(ROOT, "dist-e2e");
export const SCREENSHOT_DIR = join(ROOT, "test-results", "screenshots");

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.png`);
}
