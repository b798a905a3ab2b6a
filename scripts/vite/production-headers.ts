/**
 * The headers of deploy/security-headers.conf, for `npm run preview` (vite.config.ts), so that a
 * preview runs under the production Content-Security-Policy, HSTS and the rest, as the host does,
 * with the hashes of the build it serves (dist/csp-hashes.conf, scripts/vite/inline-css.ts).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildSecurityHeaders, CSP_HASHES_FILE } from "../../src/cli/check-host/security-headers";

/**
 * The headers for the build in `outDir`. vite.config.ts is also loaded to build, before that
 * folder exists: then there is nothing to preview, and no headers are needed.
 */
export function productionHeaders(outDir: string = join(import.meta.dirname, "..", "..", "dist")): Record<string, string> {
  return existsSync(join(outDir, CSP_HASHES_FILE)) ? buildSecurityHeaders(outDir) : {};
}
