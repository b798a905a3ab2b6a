// Boundary helpers: read a JSON body through a zod schema, validate path parameters, and turn
// any failure into an ApiError with a path. Nothing here logs or echoes request content.

import type { Context } from "hono";
import type { z } from "zod";
import { ApiError } from "./errors";

export const maxBodyBytes = 64 * 1024;

function firstIssue(error: z.ZodError, prefix?: string): ApiError {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter((part) => part !== undefined && part !== "").join(".");
  return new ApiError("validation", issue?.message ?? "invalid", path === "" ? undefined : path);
}

export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\s*(?:;|$)/i.test(type)) throw new ApiError("unsupported_media_type", "send the body as Content-Type: application/json");
  const text = await c.req.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ApiError("invalid_json", `the body is not valid JSON (${error instanceof SyntaxError ? error.message.replace(/"[^"]*"/g, "…").slice(0, 120) : "parse error"})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw firstIssue(parsed.error);
  return parsed.data;
}

export function param<S extends z.ZodType>(c: Context, name: string, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.param(name));
  if (!parsed.success) throw firstIssue(parsed.error, name);
  return parsed.data;
}

export function noStore(c: Context): void {
  c.header("Cache-Control", "no-store");
}
