/**
 * The security headers of deploy/security-headers.conf, read from that file so the e2e and
 * bench servers send exactly what production nginx sends: one source of truth.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths";

export const SECURITY_HEADERS_FILE = join(ROOT, "deploy", "security-headers.conf");

/** Parses `add_header Name "value" always;` lines; anything else that is not a comment is an error. */
export function parseSecurityHeaders(text: string, file: string = SECURITY_HEADERS_FILE): Record<string, string> {
  const headers: Record<string, string> = {};
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const match = /^add_header\s+([A-Za-z-]+)\s+"([^"]*)"(\s+always)?;$/.exec(line);
    if (match === null) throw new Error(`${file}:${index + 1}: expected add_header Name "value" always; got: ${line}`);
    headers[match[1] as string] = match[2] as string;
  });
  if (Object.keys(headers).length === 0) throw new Error(`${file}: no add_header lines found`);
  return headers;
}

export function securityHeaders(): Record<string, string> {
  return parseSecurityHeaders(readFileSync(SECURITY_HEADERS_FILE, "utf8"));
}
