import { extraLeaves, INSTRUMENT_HEADER, type Catalogue, type Part, type TextEntry } from "./catalogue";
import type { RowDecision } from "./import-rows";
import { build, leaves, lookup, pathId, spliceLeaves, type JsonPath, type Leaf } from "./json-tree";
import { renderSidecar, type Sidecar, type SourceRecord } from "./sidecar";

export type FileWrite = { file: string; text: string; added: number; changed: number; created: boolean };

/** The language's file as it will be: English order, the new texts, and everything else it had. */
function newLeaves(part: Part, entries: readonly TextEntry[], texts: ReadonlyMap<string, string>, catalogue: Catalogue, provenanceSource: string, provenance: unknown): Leaf[] {
  const ordered: Leaf[] = [];
  const current = part.current?.value;
  if (part.kind === "instrument") {
    const defaults: Record<string, unknown> = {
      $schema: lookup(part.english, ["$schema"]),
      questionnaire: part.name,
      language: catalogue.language,
      provenance: { status: "draft", source: provenanceSource },
    };
    for (const key of INSTRUMENT_HEADER) {
      const value = key === "provenance" && provenance !== undefined ? provenance : part.current === undefined ? defaults[key] : lookup(current, [key]);
      if (value !== undefined) ordered.push({ path: [key], value });
    }
  }
  const byPath = new Map(entries.map((entry) => [pathId(entry.path), entry]));
  const englishOrder: Leaf[] =
    part.kind === "instrument" ? leaves(part.english).filter((leaf) => !INSTRUMENT_HEADER.includes(String(leaf.path[0]))) : entries.map((entry) => ({ path: entry.path, value: entry.english }));
  for (const leaf of englishOrder) {
    const entry = byPath.get(pathId(leaf.path));
    if (entry === undefined) {
      // Structure English has with no text in it (an instrument with no flags has "flags": {}).
      const there = lookup(current, leaf.path);
      if (there === undefined || leaves(there).every((inner) => inner.path.length === 0)) ordered.push({ path: leaf.path, value: there ?? leaf.value });
      continue;
    }
    const value = texts.get(entry.key) ?? lookup(current, leaf.path);
    if (value !== undefined) ordered.push({ path: leaf.path, value });
  }
  return [...ordered, ...extraLeaves(part, catalogue.entries)];
}

/** Lists may not have holes: advice 3 without advice 2 would shift every later line. */
function listGaps(part: Part, ordered: readonly Leaf[]): string[] {
  const lists = new Map<string, { path: JsonPath; indexes: number[] }>();
  for (const leaf of ordered) {
    leaf.path.forEach((segment, at) => {
      if (typeof segment !== "number") return;
      const parent = leaf.path.slice(0, at);
      const list = lists.get(pathId(parent)) ?? { path: parent, indexes: [] };
      if (!list.indexes.includes(segment)) list.indexes.push(segment);
      lists.set(pathId(parent), list);
    });
  }
  const problems: string[] = [];
  for (const { path, indexes } of lists.values()) {
    const sorted = [...indexes].sort((a, b) => a - b);
    const gap = sorted.findIndex((index, position) => index !== position);
    if (gap >= 0) {
      const keyOf = (index: number): string => `${part.label}:${[...path, index].map(String).join(".")}`;
      problems.push(`key "${keyOf(sorted[gap] ?? gap)}" is translated but "${keyOf(gap)}" is empty; a list cannot have gaps, so fill in "${keyOf(gap)}" too`);
    }
  }
  return problems;
}

const sameLeaves = (a: readonly Leaf[], b: readonly Leaf[]): boolean => {
  if (a.length !== b.length) return false;
  const values = new Map(a.map((leaf) => [pathId(leaf.path), JSON.stringify(leaf.value)]));
  return b.every((leaf) => values.get(pathId(leaf.path)) === JSON.stringify(leaf.value));
};

/**
 * The text of a changed file. When only texts changed, they are replaced in place and the rest
 * stays byte for byte; a file that has just become complete takes the English file's layout;
 * otherwise it is written as plain two-space JSON.
 */
function render(part: Part, value: unknown): string {
  const wanted = leaves(value);
  const crlf = part.current?.text.includes("\r\n") === true;
  const spliced = (part.current === undefined ? undefined : spliceLeaves(part.current.text, wanted)) ?? (part.kind === "ui" ? spliceLeaves(part.englishText, wanted) : undefined);
  const text = spliced ?? `${JSON.stringify(value, null, 2)}\n`;
  return crlf && !text.includes("\r\n") ? text.replace(/\n/g, "\r\n") : text;
}

export type FilePlan = { writes: FileWrite[]; errors: string[] };

/** Works out every file an import changes; nothing is written here. */
export function planFiles(catalogue: Catalogue, decisions: readonly RowDecision[], provenanceSource: string, provenance: ReadonlyMap<Part, unknown> = new Map()): FilePlan {
  const texts = new Map<string, string>();
  for (const decision of decisions) if (decision.text !== undefined) texts.set(decision.entry.key, decision.text);
  const plan: FilePlan = { writes: [], errors: [] };
  for (const part of catalogue.parts) {
    const entries = catalogue.entries.filter((entry) => entry.part === part);
    const touched = entries.filter((entry) => texts.has(entry.key));
    const newProvenance = provenance.get(part);
    // A new provenance alone changes a file that exists; a file is only created for texts.
    if (touched.length === 0 && (newProvenance === undefined || part.current === undefined)) continue;
    const ordered = newLeaves(part, entries, texts, catalogue, provenanceSource, newProvenance);
    const gaps = listGaps(part, ordered);
    if (gaps.length > 0) {
      plan.errors.push(...gaps);
      continue;
    }
    const before = part.current === undefined ? [] : leaves(part.current.value);
    const value = build(ordered);
    if (part.current !== undefined && sameLeaves(before, leaves(value))) continue;
    const added = touched.filter((entry) => lookup(part.current?.value, entry.path) === undefined).length;
    plan.writes.push({ file: part.file, text: render(part, value), added, changed: touched.length - added, created: part.current === undefined });
  }
  return plan;
}

/** The sidecar after an import: English order for known keys, then any older keys as they were. */
export function planSidecar(catalogue: Catalogue, sidecar: Sidecar, decisions: readonly RowDecision[]): { text: string; changed: number } | undefined {
  const updates = new Map<string, SourceRecord>();
  for (const decision of decisions) if (decision.record !== undefined) updates.set(decision.entry.key, decision.record);
  if (updates.size === 0) return undefined;
  const next = new Map<string, SourceRecord>();
  for (const entry of catalogue.entries) {
    const record = updates.get(entry.key) ?? sidecar.get(entry.key);
    if (record !== undefined) next.set(entry.key, record);
  }
  for (const [key, record] of sidecar) if (!next.has(key)) next.set(key, record);
  return { text: renderSidecar(next), changed: updates.size };
}
