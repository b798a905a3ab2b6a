/**
 * The security headers of deploy/security-headers.conf, read from that file so the e2e and
 * bench servers send exactly what production nginx sends: one source of truth. The file uses
 * nginx variables that a build defines in its own csp-hashes.conf (scripts/vite/inline-css.ts:
 * the hashes of the pages' inline style); they are filled in from the build served. The parser
 * is check-host's (src/cli/check-host/security-headers.ts).
 */
import { readFileSync } from "node:fs";
import { buildVariables, parseHeaderLines, SECURITY_HEADERS_CONF } from "../../../src/cli/check-host/security-headers";
import { DIST } from "./paths";

export { CSP_HASHES_FILE, parseVariables, buildVariables } from "../../../src/cli/check-host/security-headers";
export const SECURITY_HEADERS_FILE = SECURITY_HEADERS_CONF;

/**
 * Parses `add_header Name "value" always;` lines, filling in `$variables`; anything else that is
 * not a comment, or a variable with no value, is an error naming the file and line.
 */
export function parseSecurityHeaders(text: string, file: string = SECURITY_HEADERS_FILE, variables: Record<string, string> = {}): Record<string, string> {
  const headers = parseHeaderLines(text, file, variables);
  if (Object.keys(headers).length === 0) throw new Error(`${file}: no add_header lines found`);
  return headers;
}

/** The headers production nginx sends with this build. */
export function securityHeaders(buildDir: string = DIST): Record<string, string> {
  return parseSecurityHeaders(readFileSync(SECURITY_HEADERS_FILE, "utf8"), SECURITY_HEADERS_FILE, buildVariables(buildDir));
}
