import { readdirSync } from "node:fs";
import path from "node:path";
import { importsOf, type ImportEdge } from "./import-graph";

/**
 * Which room of the project may import which (DESIGN.md, "Layout"). A room is a folder of `src/`
 * (`src/app` is "app"), or one of the outer folders `server/` and `scripts/`. Every room may import
 * itself. A row may exist before its folder does (wizard, contact, console and server are being
 * built): its rule holds from the first file on.
 *
 *   engine ← {wizard, report, contact} ← {first, app, console, cli, server} ← scripts ← tests
 *   browser ← {first, app}
 *
 * `browser` holds the DOM code the first script and the app share (the tab's history entries,
 * Escape's rule, forgetting on pagehide, same-site links, scrolling below the sticky header):
 * not pure, so not the wizard's room, and not the app's, which the first script may not import.
 * It imports nothing and no package, so it stays as small as the first script needs.
 *
 * `tests/` has no row: it may import anything, and nothing may import it. The data folders
 * (DATA_FOLDERS) may be imported by any room.
 */
export const MAY_IMPORT = {
  engine: [],
  wizard: ["engine"],
  report: ["engine"],
  contact: ["engine"],
  browser: [],
  first: ["engine", "wizard", "browser"],
  app: ["engine", "wizard", "report", "contact", "browser"],
  console: ["engine", "report", "contact"],
  cli: ["engine", "report"],
  sw: [],
  server: ["engine", "contact"],
  scripts: ["engine", "wizard", "report", "contact", "browser", "first", "app", "console", "cli", "sw", "server"],
} as const satisfies Record<string, readonly string[]>;

export type Room = keyof typeof MAY_IMPORT;

/**
 * The packages a room may import, for the rooms that are limited: the engine is pure and needs
 * only zod (no React, no Node); the first script is a few KB of plain DOM code. Rooms not listed
 * here may import any installed package.
 */
export const MAY_IMPORT_PACKAGES: Partial<Record<Room, readonly string[]>> = {
  engine: ["zod"],
  browser: [],
  first: [],
};

/** Rooms that run in a browser or a worker, and may therefore import no Node built-in (`node:fs`, `fs`). */
export const BROWSER_ROOMS: readonly Room[] = ["engine", "wizard", "report", "contact", "browser", "first", "app", "console", "sw"];

/**
 * Imports that break a rule today and are being removed on another branch. Each is one exact
 * edge ("from → to", paths from the project root); the test fails when one no longer occurs, so
 * the list can only shrink. Empty since issue 16 item 1 (src/first imports only the engine,
 * src/wizard and src/browser).
 */
export const KNOWN_EXCEPTIONS: readonly string[] = [];

/** The project's data folders (content as JSON): any room may import them, as the build does. */
export const DATA_FOLDERS: readonly string[] = ["questionnaires", "locales", "countries", "interventions"];

const CODE = /\.(?:ts|tsx|mts|js|mjs)$/;

/** Node's built-in modules, which browser code cannot load. */
const NODE_BUILTINS = new Set([
  "assert",
  "buffer",
  "child_process",
  "crypto",
  "events",
  "fs",
  "fs/promises",
  "http",
  "https",
  "net",
  "os",
  "path",
  "process",
  "stream",
  "url",
  "util",
  "worker_threads",
  "zlib",
]);

/** Every code file below a folder (.ts, .tsx, .mts, .js, .mjs; .d.ts included), or none when the folder does not exist. */
export function codeFiles(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : codeFiles(full);
    return CODE.test(entry.name) ? [full] : [];
  });
}

/** "src/app/x.ts" → "app"; "server/db.ts" → "server"; "tests/a.ts" → "tests"; anything else (a root config) → undefined. */
export function roomOf(relativePath: string): Room | "tests" | undefined {
  const [top, second] = relativePath.split("/");
  if (top === "src") return second !== undefined && second in MAY_IMPORT ? (second as Room) : undefined;
  if (top === "server" || top === "scripts" || top === "tests") return top;
  return undefined;
}

/** The package an import names: "react-dom/client" → "react-dom", "@scope/pkg/x" → "@scope/pkg", "node:fs" → "node:fs". */
export function packageOf(specifier: string): string {
  if (specifier.startsWith("node:")) return specifier;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/** Why an import of a file is not allowed by the table, or undefined when it is. */
export function ruleBroken(root: string, file: string, edge: ImportEdge): string | undefined {
  const from = path.relative(root, file).split(path.sep).join("/");
  const room = roomOf(from);
  if (room === undefined || room === "tests") return undefined;
  if (edge.target === undefined) {
    // A package, a built-in or a virtual module of the build ("virtual:translation-status").
    if (edge.specifier.startsWith("virtual:")) return undefined;
    const name = packageOf(edge.specifier);
    const builtin = name.startsWith("node:") || NODE_BUILTINS.has(edge.specifier);
    if (builtin && BROWSER_ROOMS.includes(room)) return `${from}: "${edge.specifier}" is a Node built-in, and ${room} runs in the browser`;
    const packages = MAY_IMPORT_PACKAGES[room];
    if (packages !== undefined && !packages.includes(name)) return `${from}: ${room} may import only the packages [${packages.join(", ")}], not "${edge.specifier}"`;
    return undefined;
  }
  const to = path.relative(root, edge.target).split(path.sep).join("/");
  const target = roomOf(to);
  if (target === room) return undefined;
  if (DATA_FOLDERS.some((folder) => to.startsWith(`${folder}/`)) && to.endsWith(".json")) return undefined;
  if (KNOWN_EXCEPTIONS.includes(`${from} → ${to}`)) return undefined;
  const allowed: readonly string[] = MAY_IMPORT[room];
  if (target !== undefined && allowed.includes(target)) return undefined;
  return `${from}: ${room} may import only [${allowed.join(", ")}], not ${to} ("${edge.specifier}")`;
}

/** Every broken rule among the imports of the given files. */
export function brokenRules(root: string, files: readonly string[]): string[] {
  return files.flatMap((file) => importsOf(file).flatMap((edge) => ruleBroken(root, file, edge) ?? []));
}

/** The folders of `src/` (and loose code files in it) that the table has no row for. */
export function foldersWithoutRow(root: string): string[] {
  const src = path.join(root, "src");
  return readdirSync(src, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name in MAY_IMPORT ? [] : [`src/${entry.name}/`];
    return CODE.test(entry.name) ? [`src/${entry.name}`] : [];
  });
}
