import type { z } from "zod";
import { formatPath } from "../../engine";

/** Turns zod's issues into plain sentences with JSON paths. */
export function describeZodIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path.map((part) => (typeof part === "symbol" ? String(part) : part)));
    switch (issue.code) {
      case "unrecognized_keys":
        return { path, message: `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((key) => `"${key}"`).join(", ")} (misspelt or not part of this format)` };
      case "invalid_type":
        return { path, message: issue.input === undefined ? `required ${issue.expected} is missing` : `expected ${issue.expected}, found ${describeValue(issue.input)}` };
      case "invalid_key":
        // zod's own message is only "Invalid key in record"; the key's own issue says what is wrong with it.
        return { path, message: `key "${String(issue.input)}" is not allowed here: ${issue.issues.map((inner) => inner.message).join("; ")}` };
      case "invalid_union":
        return { path, message: `does not match any allowed form (${issue.message})` };
      default:
        return { path, message: issue.message };
    }
  });
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${typeof value === "object" ? "" : String(value)}`.trim();
}
