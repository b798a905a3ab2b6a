import { createHash } from "node:crypto";

/** Content hash of a released file; line endings are normalised so a checkout on Windows does not count as an edit. */
export function contentHash(text: string): string {
  return `sha256-${createHash("sha256").update(text.replace(/\r\n/g, "\n")).digest("hex")}`;
}
