import { SEX_VALUES } from "../../engine/profile-values";
import type { RowContext } from "./row-types";

/**
 * The option ids a cell may hold, as a trie over character codes: reading a cell character by
 * character walks it, and the node reached at the comma says which option the cell holds,
 * without cutting the cell out of the line or comparing strings (src/cli/score/line.ts).
 */
export type OptionTrie = {
  /** next[node * 128 + code]: the node after that ASCII character, or -1. */
  next: Int32Array;
  /** Option index ending at each node, or -1. */
  accept: Int32Array;
};

/** Option ids grouped by length: [length][k] = [option id, option index]. */
export type OptionsByLength = (readonly (readonly [string, number])[] | undefined)[];

export const IGNORED = 0;
export const ITEM = 1;
export const ID = 2;
export const SEX = 3;
export const KEEP = 4;

/** Where each kind of CSV column is, worked out once from the header. */
export type Columns = {
  header: readonly string[];
  id: number;
  sex: number;
  keep: readonly number[];
  /** Per column: the item index it answers, or -1. */
  item: Int32Array;
  /** Per column: what it holds (IGNORED, ITEM, ID, SEX, KEEP). */
  kinds: Uint8Array;
  /** Per column: its item's option ids by length (for optionOf), or the sex values for the sex column. */
  options: (OptionsByLength | undefined)[];
  /** Per column: the same as a trie (for scoreLine). */
  tries: (OptionTrie | undefined)[];
};

function firstOnly(ids: readonly string[]): [string, number][] {
  // The first of a repeated id wins, as in the engine.
  return ids.flatMap((id, index) => (ids.indexOf(id) === index ? [[id, index] as [string, number]] : []));
}

function optionsByLength(ids: readonly string[]): OptionsByLength {
  const table: OptionsByLength = [];
  for (const [id, index] of firstOnly(ids)) table[id.length] = [...(table[id.length] ?? []), [id, index] as const];
  return table;
}

/** Undefined when an id has a character beyond ASCII (never for ids the schema allows): such a column is read the general way. */
function trieOf(ids: readonly string[]): OptionTrie | undefined {
  const next: number[] = new Array<number>(128).fill(-1);
  const accept: number[] = [-1];
  for (const [id, index] of firstOnly(ids)) {
    let node = 0;
    for (let i = 0; i < id.length; i++) {
      const code = id.charCodeAt(i);
      if (code >= 128) return undefined;
      let child = next[node * 128 + code] ?? -1;
      if (child < 0) {
        child = accept.length;
        accept.push(-1);
        next.push(...new Array<number>(128).fill(-1));
        next[node * 128 + code] = child;
      }
      node = child;
    }
    accept[node] = index;
  }
  return { next: Int32Array.from(next), accept: Int32Array.from(accept) };
}

/** The option index of a cell's text, or -1: compared with the one or two ids of its length (no hashing of a new string). */
export function optionOf(options: OptionsByLength, cell: string): number {
  const candidates = options[cell.length];
  if (candidates !== undefined) for (const [id, index] of candidates) if (id === cell) return index;
  return -1;
}

export function columnsOf(context: RowContext, header: readonly string[]): Columns {
  const idsOf = (name: string): readonly string[] | undefined => {
    const item = context.compiled.itemIndex.get(name);
    if (item !== undefined) return context.compiled.items[item]?.optionIds ?? [];
    return name === "sex" && context.needsSex ? SEX_VALUES : undefined;
  };
  return {
    header,
    id: header.indexOf("id"),
    sex: header.indexOf("sex"),
    keep: context.keep.map((name) => header.indexOf(name)),
    item: Int32Array.from(header.map((name) => context.compiled.itemIndex.get(name) ?? -1)),
    kinds: Uint8Array.from(
      header.map((name) => {
        if (context.compiled.itemIndex.has(name)) return ITEM;
        if (name === "id") return ID;
        if (name === "sex") return context.needsSex ? SEX : IGNORED;
        return context.keep.includes(name) ? KEEP : IGNORED;
      }),
    ),
    options: header.map((name) => {
      const ids = idsOf(name);
      return ids === undefined ? undefined : optionsByLength(ids);
    }),
    tries: header.map((name) => {
      const ids = idsOf(name);
      return ids === undefined ? undefined : trieOf(ids);
    }),
  };
}
