/**
 * The security headers of deploy/security-headers.conf, read from that file so the e2e and
 * bench servers send exactly what production nginx sends: one source of truth. The file uses
 * nginx variables that a build defines in its own csp-hashes.conf (scripts/vite/inline-css.ts:
 * the hashes of the pages' inline style); they are filled in from the build served.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, ROOT } from "./paths";

export const SECURITY_HEADERS_FILE = join(ROOT, "deploy", "security-headers.conf");
/** Written by every build into its output folder (scripts/vite/inline-css.ts). */
export const CSP_HASHES_FILE = "csp-hashes.conf";

/** The `set $name "value";` lines of a build's csp-hashes.conf. */
export function parseVariables(text: string, file: string): Record<string, string> {
  const variables: Record<string, string> = {};
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const match = /^set\s+\$([A-Za-z_]+)\s+"([^"]*)";$/.exec(line);
    if (match === null) throw new Error(`${file}:${index + 1}: expected set $name "value"; got: ${line}`);
    variables[match[1] as string] = match[2] as string;
  });
  return variables;
}

/** The variables a build defines for the headers; run `vite build` first. */
export function buildVariables(buildDir: string = DIST): Record<string, string> {
  const file = join(buildDir, CSP_HASHES_FILE);
  if (!existsSync(file)) throw new Error(`${file} is missing: the headers need the build's hashes; run \`vite build\` first`);
  return parseVariables(readFileSync(file, "utf8"), file);
}

/**
 * Parses `add_header Name "value" always;` lines, filling in `$variables`; anything else that is
 * not a comment, or a variable with no value, is an error naming the file and line.
 */
export function parseSecurityHeaders(text: string, file: string = SECURITY_HEADERS_FILE, variables: Record<string, string> = {}): Record<string, string> {
  const headers: Record<string, string> = {};
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const match = /^add_header\s+([A-Za-z-]+)\s+"([^"]*)"(\s+always)?;$/.exec(line);
    if (match === null) throw new Error(`${file}:${index + 1}: expected add_header Name "value" always; got: ${line}`);
    headers[match[1] as string] = (match[2] as string).replace(/\$([A-Za-z_]+)/g, (_, name: string) => {
      const value = variables[name];
      if (value === undefined) throw new Error(`${file}:${index + 1}: no value for $${name} (a build's ${CSP_HASHES_FILE} defines it)`);
      return value;
    });
  });
  if (Object.keys(headers).length === 0) throw new Error(`${file}: no add_header lines found`);
  return headers;
}

/** The headers production nginx sends with this build. */
export function securityHeaders(buildDir: string = DIST): Record<string, string> {
  return parseSecurityHeaders(readFileSync(SECURITY_HEADERS_FILE, "utf8"), SECURITY_HEADERS_FILE, buildVariables(buildDir));
}
