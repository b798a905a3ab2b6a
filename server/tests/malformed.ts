// A seeded generator of malformed requests over every endpoint: broken JSON, wrong types, missing
// and extra fields, wrong content types, oversize bodies, garbage path parameters and headers.
// Shared by the bad-input test (hundreds) and `npm run bench:contact` (10,000).

import { endpoints } from "./endpoints";

export interface MalformedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

function prng(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const junkValues: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  Number.MAX_SAFE_INTEGER,
  "",
  " ",
  "a".repeat(5000),
  "\u0000",
  "\ud800",
  "💥",
  "<script>",
  "' OR 1=1 --",
  [],
  {},
  [1, 2],
  { __proto__: { admin: true } },
  { constructor: { prototype: 1 } },
  "AAAAAAAAAAAAAAAAAAAAAA",
  "00000000-0000-4000-8000-000000000000",
];
const brokenJson = ["{", "}", "[", "nul", '{"a":}', "{'a':1}", '"unterminated', "[".repeat(5000), '{"a":1,}', "\u0000", "NaN", "1e999999", '{"__proto__":{"x":1}}'];
const garbageSegments = ["", "%", "%E0%A4%A", "..%2F..%2Fetc", "a".repeat(300), "%00", "AAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAA", "🙂", "demo;DROP", "*"];
const garbageHeaders = [
  { authorization: "Bearer" },
  { authorization: "Bearer ???" },
  { authorization: `Bearer ${"A".repeat(43)}` },
  { authorization: "Basic Zm9vOmJhcg==" },
  { cookie: "selfcheck_console=" },
  { cookie: `selfcheck_console=${"A".repeat(43)}` },
  { cookie: "selfcheck_console=%ZZ" },
  { "content-type": "text/plain" },
  { "content-type": "application/json; charset=latin1" },
  { origin: "null" },
  {},
];

function mutate(value: unknown, random: () => number, depth = 0): unknown {
  if (depth > 3 || typeof value !== "object" || value === null) return junkValues[Math.floor(random() * junkValues.length)];
  const copy: Record<string, unknown> = Array.isArray(value) ? { ...value } : { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const action = random();
  const key = keys[Math.floor(random() * keys.length)];
  if (action < 0.35 && key !== undefined) delete copy[key];
  else if (action < 0.8 && key !== undefined) copy[key] = mutate(copy[key], random, depth + 1);
  else copy[`extra${Math.floor(random() * 10)}`] = junkValues[Math.floor(random() * junkValues.length)];
  return copy;
}

/** `template` is a valid body per endpoint path (or undefined), so mutations start near the real shape. */
export function malformedRequests(count: number, seed: number, template: (path: string) => unknown, threadId: string): MalformedRequest[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const out: MalformedRequest[] = [];
  for (let i = 0; i < count; i++) {
    const endpoint = pick(endpoints);
    let path = endpoint.path(threadId);
    const headers: Record<string, string> = { "content-type": "application/json", ...pick(garbageHeaders) };
    let body: string | undefined;
    const kind = random();
    if (kind < 0.15) {
      path = path.replace(threadId, pick(garbageSegments)).replace("/demo/", `/${pick(garbageSegments)}/`);
      body = endpoint.body ? JSON.stringify(template(endpoint.path(threadId))) : undefined;
    } else if (kind < 0.35) {
      body = pick(brokenJson);
    } else if (kind < 0.75) {
      body = JSON.stringify(mutate(template(endpoint.path(threadId)) ?? {}, random));
    } else if (kind < 0.82) {
      body = JSON.stringify({ padding: "x".repeat(70 * 1024) });
    } else if (kind < 0.9) {
      headers["content-type"] = pick(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]);
      body = "a=1&b=2";
    } else {
      const method = pick(["PUT", "PATCH", "OPTIONS", "DELETE", "GET"]);
      out.push({ method, path, headers, ...(method === "GET" ? {} : { body: "{}" }) });
      continue;
    }
    out.push({ method: endpoint.method, path, headers, ...(body === undefined || endpoint.method === "GET" ? {} : { body }) });
  }
  return out;
}
