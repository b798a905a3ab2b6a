import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { ContentProblem } from "../kit/errors";
import { readJson } from "./catalogue";

/**
 * locales/<lang>/meta/translations.json: for each translated key, the hash of the English text it
 * was translated from, and whether a second person reviewed it (UI text). It lives in meta/ so that
 * the validator and the app, which read locales/<lang>/*.json, do not take it for a namespace.
 */
export const SourceRecord = z.strictObject({
  source: z.string().regex(/^[0-9a-f]{8}$/, "8 hex digits"),
  reviewed: z.literal(true).optional(),
});
export type SourceRecord = z.infer<typeof SourceRecord>;
export type Sidecar = Map<string, SourceRecord>;

export const sidecarFile = (language: string): string => `locales/${language}/meta/translations.json`;

export async function readSidecar(root: string, language: string): Promise<{ records: Sidecar; text?: string }> {
  const file = sidecarFile(language);
  const read = await readJson(root, file);
  if (read === undefined) return { records: new Map() };
  const parsed = z.record(z.string(), SourceRecord).safeParse(read.value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ContentProblem(`${file}: ${first?.path.map(String).join(".") ?? ""}: ${first?.message ?? "not a map of key to { source }"}`);
  }
  return { records: new Map(Object.entries(parsed.data)), text: read.text };
}

/** One entry per line, so that a change shows as one changed line in a diff. */
export function renderSidecar(records: Sidecar): string {
  if (records.size === 0) return "{}\n";
  const lines = [...records].map(([key, record]) => {
    const reviewed = record.reviewed === true ? ', "reviewed": true' : "";
    return `  ${JSON.stringify(key)}: { "source": ${JSON.stringify(record.source)}${reviewed} }`;
  });
  return `{\n${lines.join(",\n")}\n}\n`;
}

export async function writeSidecar(root: string, language: string, text: string): Promise<void> {
  const file = path.join(root, sidecarFile(language));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}
