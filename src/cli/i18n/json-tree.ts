/** A JSON path: object keys and array indexes. */
export type JsonPath = (string | number)[];

/** A value at the end of a path: a string, another primitive, or an empty object or array. */
export type Leaf = { path: JsonPath; value: unknown };

/** A stable map key for a path (a key may itself contain dots, so they are not joined by dots). */
export const pathId = (path: readonly (string | number)[]): string => JSON.stringify(path);

/** Every leaf of a JSON value in document order; empty objects and arrays count as leaves so that they survive a rebuild. */
export function leaves(value: unknown, path: JsonPath = [], into: Leaf[] = []): Leaf[] {
  if (Array.isArray(value) && value.length > 0) value.forEach((child, index) => leaves(child, [...path, index], into));
  else if (value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length > 0) {
    for (const [key, child] of Object.entries(value)) leaves(child, [...path, key], into);
  } else into.push({ path, value });
  return into;
}

export function lookup(value: unknown, path: readonly (string | number)[]): unknown {
  let node = value;
  for (const part of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/**
 * Builds a JSON value from leaves in the given order, so that object keys come out in that
 * order. A numeric path part makes an array (callers make sure indexes have no gaps).
 */
export function build(ordered: readonly Leaf[]): unknown {
  let root: unknown = undefined;
  const container = (parent: Record<string | number, unknown> | undefined, key: string | number | undefined, next: string | number): unknown => {
    const existing = parent === undefined ? root : parent[key as string | number];
    if (existing !== null && typeof existing === "object") return existing;
    const made = typeof next === "number" ? [] : {};
    if (parent === undefined) root = made;
    else parent[key as string | number] = made;
    return made;
  };
  for (const { path, value } of ordered) {
    if (path.length === 0) {
      root = value;
      continue;
    }
    let parent: Record<string | number, unknown> | undefined = undefined;
    let key: string | number | undefined = undefined;
    for (const part of path) {
      parent = container(parent, key, part) as Record<string | number, unknown>;
      key = part;
    }
    if (parent !== undefined && key !== undefined) parent[key] = value;
  }
  return root ?? {};
}

/** Offsets of each primitive leaf's text in a JSON document that JSON.parse accepts. */
export function leafSpans(text: string): { path: JsonPath; start: number; end: number }[] {
  const spans: { path: JsonPath; start: number; end: number }[] = [];
  let at = 0;
  const skipSpace = (): void => {
    while (at < text.length && " \t\r\n".includes(text[at] ?? "")) at++;
  };
  const readString = (): string => {
    const start = at++;
    while (at < text.length && text[at] !== '"') at += text[at] === "\\" ? 2 : 1;
    at++;
    return JSON.parse(text.slice(start, at)) as string;
  };
  const readValue = (path: JsonPath): void => {
    skipSpace();
    const first = text[at];
    if (first === "{" || first === "[") {
      const close = first === "{" ? "}" : "]";
      const open = at++;
      skipSpace();
      if (text[at] === close) {
        spans.push({ path, start: open, end: ++at });
        return;
      }
      for (let index = 0; ; index++) {
        skipSpace();
        let key: string | number = index;
        if (first === "{") {
          key = readString();
          skipSpace();
          at++; // the colon
        }
        readValue([...path, key]);
        skipSpace();
        if (text[at++] === close) return;
      }
    }
    const start = at;
    if (first === '"') readString();
    else while (at < text.length && !" \t\r\n,]}".includes(text[at] ?? "")) at++;
    spans.push({ path, start, end: at });
  };
  readValue([]);
  return spans;
}

/**
 * Rewrites a JSON document with new leaf values while keeping everything else byte for byte
 * (indentation, key order, how other strings were written), so that a diff shows only what
 * changed. Returns undefined when the leaves are not the same paths in the same order.
 */
export function spliceLeaves(text: string, updated: readonly Leaf[]): string | undefined {
  const spans = leafSpans(text);
  if (spans.length !== updated.length || spans.some((span, index) => pathId(span.path) !== pathId(updated[index]?.path ?? []))) return undefined;
  let result = text;
  for (let index = spans.length - 1; index >= 0; index--) {
    const span = spans[index];
    const leaf = updated[index];
    if (span === undefined || leaf === undefined) continue;
    const old = JSON.parse(text.slice(span.start, span.end)) as unknown;
    if (JSON.stringify(old) === JSON.stringify(leaf.value)) continue;
    result = result.slice(0, span.start) + JSON.stringify(leaf.value) + result.slice(span.end);
  }
  return result;
}
