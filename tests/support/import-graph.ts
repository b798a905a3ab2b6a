import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** One import of a module: what it names and, for a file of the project, the file it resolves to. */
export type ImportEdge = {
  specifier: string;
  /** The absolute path of a project file, or undefined for a package ("zod", "node:fs", "virtual:…"). */
  target: string | undefined;
  /** `import type` / `export type`: erased when compiled, so no code of the target is loaded. */
  typeOnly: boolean;
};

const EXTENSIONS = [".ts", ".tsx"];

/** Every .ts and .tsx file below a folder. */
export function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return EXTENSIONS.some((extension) => entry.name.endsWith(extension)) ? [full] : [];
  });
}

function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, ...EXTENSIONS.map((extension) => base + extension), ...EXTENSIONS.map((extension) => path.join(base, `index${extension}`))];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? base;
}

/**
 * The static and dynamic imports of a file, read as text: `import … from`, `export … from`,
 * `import "…"` and `import("…")`. Specifier lists such as `{ a, type B }` may span lines.
 */
export function importsOf(file: string): ImportEdge[] {
  const source = readFileSync(file, "utf8");
  const edges: ImportEdge[] = [];
  const add = (specifier: string, typeOnly: boolean) => edges.push({ specifier, target: resolve(file, specifier), typeOnly });
  for (const match of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?[\w\s{},*$]*?\bfrom\s*["']([^"']+)["']/gm)) add(match[2] ?? "", match[1] !== undefined);
  for (const match of source.matchAll(/^\s*import\s*["']([^"']+)["']/gm)) add(match[1] ?? "", false);
  for (const match of source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) add(match[1] ?? "", false);
  return edges;
}

/** file → its imports, for every source file below a folder. */
export function importGraph(folder: string): Map<string, ImportEdge[]> {
  return new Map(sourceFiles(folder).map((file) => [file, importsOf(file)]));
}

/**
 * The import cycles of a graph: each strongly connected component with more than one file (or a
 * file that imports itself), as a sorted list of files. Type-only imports count: a cycle of types
 * is still two files that cannot be understood one without the other.
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm, iterative so that a deep graph cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = graph.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        if (!graph.has(target)) continue;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1 || targets.includes(frame.node)) cycles.push(component.sort());
    }
  }
  return cycles;
}

/**
 * Every project file reachable from an entry through imports that load code, static or dynamic
 * (type-only imports are skipped: they are erased), with the imports of each.
 */
export function reachableFrom(entry: string): Map<string, ImportEdge[]> {
  const reached = new Map<string, ImportEdge[]>();
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (reached.has(file)) continue;
    const edges = importsOf(file);
    reached.set(file, edges);
    for (const edge of edges) {
      if (edge.typeOnly || edge.target === undefined || !EXTENSIONS.some((extension) => edge.target?.endsWith(extension))) continue;
      if (!reached.has(edge.target)) queue.push(edge.target);
    }
  }
  return reached;
}
