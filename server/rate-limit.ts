// Rate limits held in memory only. A client is keyed by an HMAC of its address under a secret
// that lives in memory and changes every UTC day, so even a heap dump links no address to
// another day's traffic; nothing is written anywhere. Buckets are bounded in number.

import { createHmac, randomBytes } from "node:crypto";

export interface Limit {
  /** Requests allowed in a burst. */
  burst: number;
  /** Tokens restored per minute. */
  perMinute: number;
}

export interface RateLimitOptions {
  /** Any request from one client. */
  client: Limit;
  /** Creating threads, per client. */
  create: Limit;
  /** Creating threads, all clients together (spam without addresses). */
  createGlobal: Limit;
  /** Messages into one thread, from either side. */
  thread: Limit;
  /** Passkey sign-in attempts per client. */
  login: Limit;
}

export const defaultRateLimits: RateLimitOptions = {
  client: { burst: 120, perMinute: 120 },
  create: { burst: 5, perMinute: 0.2 },
  createGlobal: { burst: 120, perMinute: 60 },
  thread: { burst: 30, perMinute: 2 },
  login: { burst: 10, perMinute: 5 },
};

const maxBuckets = 50_000;
const day = 86_400_000;

export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();
  private secret = randomBytes(32);
  private secretDay = -1;

  constructor(
    private readonly limits: RateLimitOptions | false,
    private readonly clock: () => number,
  ) {}

  /** An opaque per-day key for an address; the address itself is dropped at once. */
  clientKey(address: string): string {
    const today = Math.floor(this.clock() / day);
    if (today !== this.secretDay) {
      this.secret = randomBytes(32);
      this.secretDay = today;
      this.buckets.clear();
    }
    return createHmac("sha256", this.secret).update(address).digest("base64url").slice(0, 22);
  }

  /** Takes one token; false when the bucket is empty. */
  take(kind: keyof RateLimitOptions, key: string): boolean {
    if (this.limits === false) return true;
    const limit = this.limits[kind];
    const now = this.clock();
    const id = `${kind}:${key}`;
    const bucket = this.buckets.get(id) ?? { tokens: limit.burst, at: now };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((now - bucket.at) / 60_000) * limit.perMinute);
    bucket.at = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    this.buckets.delete(id);
    this.buckets.set(id, bucket);
    // Maps iterate in insertion order: the first key is the least recently used.
    if (this.buckets.size > maxBuckets) this.buckets.delete(this.buckets.keys().next().value as string);
    return true;
  }
}
