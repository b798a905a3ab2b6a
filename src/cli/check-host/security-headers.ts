/**
 * The headers of deploy/security-headers.conf: the one source of truth that nginx includes,
 * `npm run preview` sends (scripts/vite/production-headers.ts), the e2e and bench servers send
 * (scripts/support/browser/security-headers.ts) and `npm run check-host` expects.
 *
 * The file uses nginx variables that each build defines in its own csp-hashes.conf
 * (scripts/vite/inline-css.ts: the sha256 of the pages' inline style, `set $name "value";`).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../kit/paths";

export const SECURITY_HEADERS_CONF = join(PROJECT_ROOT, "deploy", "security-headers.conf");
/** Written by every build into its output folder (scripts/vite/inline-css.ts). */
export const CSP_HASHES_FILE = "csp-hashes.conf";

/** The `set $name "value";` lines of a build's csp-hashes.conf; anything else that is not a comment is an error naming the line. */
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

/** The variables a build defines for the headers (its csp-hashes.conf); an error naming the file when the build has none. */
export function buildVariables(buildDir: string): Record<string, string> {
  const file = join(buildDir, CSP_HASHES_FILE);
  if (!existsSync(file)) throw new Error(`${file} is missing: the headers need the build's hashes; run \`vite build\` first`);
  return parseVariables(readFileSync(file, "utf8"), file);
}

/**
 * `add_header Name "value" always;` lines; anything else that is not a comment is an error
 * naming the line. With `variables`, each `$name` is filled in (a name with no value is an error
 * naming the line); without, the values keep their `$name`s (check-host matches them as patterns).
 */
export function parseHeaderLines(text: string, file: string, variables?: Record<string, string>): Record<string, string> {
  const headers: Record<string, string> = {};
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const match = /^add_header\s+([A-Za-z-]+)\s+"([^"]*)"(\s+always)?;$/.exec(line);
    if (match === null) throw new Error(`${file}:${index + 1}: expected add_header Name "value" always; got: ${line}`);
    const value = match[2] as string;
    headers[match[1] as string] =
      variables === undefined
        ? value
        : value.replace(/\$([A-Za-z_]+)/g, (_, name: string) => {
            const filled = variables[name];
            if (filled === undefined) throw new Error(`${file}:${index + 1}: no value for $${name} (a build's ${CSP_HASHES_FILE} defines it)`);
            return filled;
          });
  });
  return headers;
}

/** The headers as written, `$name`s kept; with `variables`, filled in. */
export function securityHeaders(file: string = SECURITY_HEADERS_CONF, variables?: Record<string, string>): Record<string, string> {
  return parseHeaderLines(readFileSync(file, "utf8"), file, variables);
}

/** The headers nginx sends with the build in `buildDir` (its csp-hashes.conf filled in). */
export function buildSecurityHeaders(buildDir: string, file: string = SECURITY_HEADERS_CONF): Record<string, string> {
  return securityHeaders(file, buildVariables(buildDir));
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether a header a host sent is the file's value, each `$name` standing for what a build
 * writes there: one or more CSP hash sources ('sha256-…'). check-host cannot know a remote
 * build's hashes; the browser tests check that they match the page.
 */
export function headerMatches(written: string, got: string): boolean {
  const pattern = written
    .split(/\$[A-Za-z_]+/)
    .map(escapeRegExp)
    .join("'sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}'(?: 'sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}')*");
  return new RegExp(`^${pattern}$`).test(got);
}
