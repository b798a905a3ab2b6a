/**
 * The headers of deploy/security-headers.conf: the one source of truth that nginx includes,
 * `npm run preview` sends (scripts/vite/production-headers.ts) and `npm run check-host` expects.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../kit/paths";

export const SECURITY_HEADERS_CONF = join(PROJECT_ROOT, "deploy", "security-headers.conf");

/** `add_header Name "value" always;` lines; anything else that is not a comment is an error naming the line. */
export function parseHeaderLines(text: string, file: string): Record<string, string> {
  const headers: Record<string, string> = {};
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const match = /^add_header\s+([A-Za-z-]+)\s+"([^"]*)"(\s+always)?;$/.exec(line);
    if (match === null) throw new Error(`${file}:${index + 1}: expected add_header Name "value" always; got: ${line}`);
    headers[match[1] as string] = match[2] as string;
  });
  return headers;
}

export function securityHeaders(file: string = SECURITY_HEADERS_CONF): Record<string, string> {
  return parseHeaderLines(readFileSync(file, "utf8"), file);
}
