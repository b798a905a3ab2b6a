// Random identifiers and token hashing for the server (Node's crypto; never Math.random).

import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const randomId = (bytes = 16): string => randomBytes(bytes).toString("base64url");

export const sha256Base64Url = (value: string | Buffer): string => createHash("sha256").update(value).digest("base64url");

/** Constant-time comparison of two base64url strings of equal expected length. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
