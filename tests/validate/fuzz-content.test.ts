import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { contentHash } from "../../src/cli/validate/hash";
import { formatPath } from "../../src/engine";
import { validateContent } from "../../src/cli/validate/validate-content";
import { fuzzSeed, seededRandom, type Random } from "../support/fuzz";

/*
 * Issue 12, "Bad input, measured": 10,000 seeded mutations of the bundled content files, each
 * run through the same validateContent that `npm run validate` calls, in this process.
 *
 * validateContent reads from disk (node:fs/promises). Rather than write 10,000 trees to a temp
 * folder, this file swaps node:fs/promises for an in-memory tree under a made-up root, so the
 * CLI's own code runs unchanged. A full tree takes about 170 ms to validate (most of it the
 * glossary word scan), far too slow for 10,000 runs, so each mutation is validated in a small
 * tree: the mutated file plus the files its checks compare it with. A rejection is an error that
 * the same small tree without the mutation does not have.
 */

const virtual = vi.hoisted(() => {
  const root = "/selfcheck-fuzz";
  type Kind = "file" | "dir";
  const state = { files: new Map<string, string>(), dirs: new Map<string, Map<string, Kind>>() };
  /** Replaces the whole in-memory tree; paths are relative to root, folders are implied by files or listed. */
  function load(files: ReadonlyMap<string, string>, folders: readonly string[]): void {
    const dirs = new Map<string, Map<string, Kind>>([[root, new Map()]]);
    const register = (relative: string, kind: Kind): void => {
      const parts = relative.split("/");
      for (let depth = 0; depth < parts.length; depth++) {
        const parent = [root, ...parts.slice(0, depth)].join("/");
        const entries = dirs.get(parent) ?? new Map<string, Kind>();
        dirs.set(parent, entries);
        const isLast = depth === parts.length - 1;
        entries.set(parts[depth] ?? "", isLast ? kind : "dir");
        if (!isLast || kind === "dir") {
          const self = [root, ...parts.slice(0, depth + 1)].join("/");
          if (!dirs.has(self)) dirs.set(self, new Map());
        }
      }
    };
    for (const relative of files.keys()) register(relative, "file");
    for (const folder of folders) register(folder, "dir");
    state.files = new Map([...files].map(([relative, text]) => [`${root}/${relative}`, text]));
    state.dirs = dirs;
  }
  return { root, state, load };
});

vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  const inside = (target: unknown): target is string => typeof target === "string" && (target === virtual.root || target.startsWith(`${virtual.root}/`));
  const missing = (target: string) => Object.assign(new Error(`ENOENT: no such file or directory, '${target}'`), { code: "ENOENT" });
  const readFile = async (...args: Parameters<typeof real.readFile>) => {
    const [file] = args;
    if (!inside(file)) return real.readFile(...args);
    const text = virtual.state.files.get(file);
    if (text === undefined) throw missing(file);
    // Bytes when no encoding is asked for, as the real readFile (validate decodes strictly itself).
    return args[1] === undefined ? Buffer.from(text) : text;
  };
  const readdir = async (...args: Parameters<typeof real.readdir>) => {
    const [folder, options] = args;
    if (!inside(folder)) return real.readdir(...args);
    const entries = virtual.state.dirs.get(folder.replace(/\/$/, ""));
    if (entries === undefined) throw missing(folder);
    const names = [...entries.keys()].sort();
    const withTypes = typeof options === "object" && options !== null && "withFileTypes" in options && options.withFileTypes === true;
    if (!withTypes) return names;
    return names.map((name) => ({ name, isFile: () => entries.get(name) === "file", isDirectory: () => entries.get(name) === "dir" }));
  };
  return { ...real, default: { ...real, readFile, readdir }, readFile, readdir };
});

/** FUZZ_RUNS only shortens a run while working on this file; the suite runs the full 10,000. */
const RUNS = Number(process.env["FUZZ_RUNS"] ?? 10_000);
const TODAY = "2026-11-23";
const SEED = fuzzSeed();
const projectRoot = path.resolve(import.meta.dirname, "../..");

// ---------------------------------------------------------------------------------------------
// The bundled content, read once from the real disk (node:fs, which is not swapped).

function listFiles(relative: string): string[] {
  const absolute = path.join(projectRoot, relative);
  return readdirSync(absolute)
    .sort()
    .flatMap((name) => (statSync(path.join(absolute, name)).isDirectory() ? listFiles(`${relative}/${name}`) : [`${relative}/${name}`]));
}

const bundled = new Map(
  ["questionnaires", "locales", "countries", "interventions"]
    .flatMap(listFiles)
    .filter((file) => file.endsWith(".json"))
    .map((file) => [file, readFileSync(path.join(projectRoot, file), "utf8")]),
);
const LANGUAGES = readdirSync(path.join(projectRoot, "locales"))
  .filter((name) => statSync(path.join(projectRoot, "locales", name)).isDirectory())
  .sort();
const QUESTIONNAIRES = readdirSync(path.join(projectRoot, "questionnaires"))
  .filter((name) => statSync(path.join(projectRoot, "questionnaires", name)).isDirectory())
  .sort();
/** A second language for checks that compare a file with English: English itself has nothing to be compared with. */
const COMPANION = LANGUAGES.find((language) => language !== "en") ?? "en";

type Kind = "definition" | "vectors" | "instrument-text" | "ui-text" | "glossary" | "country" | "intervention";

/** Which content file a path is; undefined for files validate does not read as content (JSON Schemas, the release registry, translation sidecars). */
function kindOf(file: string): Kind | undefined {
  if (/^questionnaires\/[^/]+\/\d+\.\d+\.\d+\.json$/.test(file)) return "definition";
  if (/^questionnaires\/[^/]+\/vectors\.json$/.test(file)) return "vectors";
  if (/^locales\/[^/]+\/questionnaires\/[^/]+\.json$/.test(file)) return "instrument-text";
  if (/^locales\/[^/]+\/meta\/glossary\.json$/.test(file)) return "glossary";
  if (/^locales\/[^/]+\/[^/]+\.json$/.test(file)) return "ui-text";
  if (/^countries\/[a-z]{2}\.json$/.test(file)) return "country";
  // The brief intervention's questions about use and its advice (issue 11).
  if (/^interventions\/(about-your-use|advice)\/\d+\.\d+\.\d+\.json$/.test(file)) return "intervention";
  return undefined;
}

const TARGETS = [...bundled.keys()].flatMap((file) => {
  const kind = kindOf(file);
  return kind === undefined ? [] : [{ file, kind }];
});
type Target = (typeof TARGETS)[number];

type Tree = { files: Map<string, string>; folders: string[] };

const pick = (prefix: string, filter: (file: string) => boolean = () => true): [string, string][] => [...bundled].filter(([file]) => file.startsWith(prefix) && filter(file));

const contexts = new Map<string, Tree>();

/** The mutated file and what its checks compare it with; see the note at the top. Built once per file. */
function contextTree(target: Target): Tree {
  const cached = contexts.get(target.file);
  if (cached !== undefined) return cached;
  const tree = buildContextTree(target);
  contexts.set(target.file, tree);
  return tree;
}

function buildContextTree(target: Target): Tree {
  const segments = target.file.split("/");
  const files = new Map<string, string>();
  const add = (entries: [string, string][]) => entries.forEach(([file, text]) => files.set(file, text));
  const registry = pick("questionnaires/released.json");
  switch (target.kind) {
    case "definition":
    case "vectors": {
      const id = segments[1] ?? "";
      add(registry);
      add(pick(`questionnaires/${id}/`));
      // English and one other language: every language's text is checked against the definition alike.
      add(pick(`locales/en/questionnaires/${id}.json`));
      add(pick(`locales/${COMPANION}/questionnaires/${id}.json`));
      return { files, folders: [] };
    }
    case "instrument-text": {
      const id = path.basename(target.file, ".json");
      add(registry);
      // The definition, not its worked examples or the English text: a text file is checked against the definition alone.
      add(pick(`questionnaires/${id}/`, (file) => kindOf(file) === "definition"));
      add(pick(target.file));
      return { files, folders: [] };
    }
    case "ui-text": {
      const language = segments[1] ?? "";
      const topLevel = (file: string) => file.split("/").length === 3;
      add(pick("locales/en/", topLevel));
      add(pick(`locales/${language}/`, topLevel));
      if (language === "en") add(pick(`locales/${COMPANION}/`, topLevel));
      // The start screen must name every questionnaire folder; the folders alone are enough for that check.
      return { files, folders: QUESTIONNAIRES.map((id) => `questionnaires/${id}`) };
    }
    case "glossary":
      add(pick(target.file));
      return { files, folders: [] };
    case "country":
      add(registry);
      add(pick("questionnaires/", (file) => kindOf(file) === "definition"));
      add(pick(target.file));
      // A country may only use languages that have a locale folder; the folders alone are enough.
      return { files, folders: LANGUAGES.map((language) => `locales/${language}`) };
    case "intervention":
      // The advice refers to the questions' ids and options; both need their English texts.
      add(pick("interventions/", (file) => kindOf(file) === "intervention"));
      add(pick("locales/en/intervention.json"));
      return { files, folders: [] };
  }
}

// ---------------------------------------------------------------------------------------------
// JSON helpers.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonPath = (string | number)[];

function nodes(value: Json, at: JsonPath = []): { path: JsonPath; value: Json }[] {
  const children: { path: JsonPath; value: Json }[] = Array.isArray(value)
    ? value.flatMap((child, index) => nodes(child, [...at, index]))
    : value !== null && typeof value === "object"
      ? Object.entries(value).flatMap(([key, child]) => nodes(child, [...at, key]))
      : [];
  return [{ path: at, value }, ...children];
}

type Node = { path: JsonPath; value: Json };
const nodeCache = new Map<string, readonly Node[]>();

/**
 * Every node of a bundled file, listed once per file: the generators choose a path from the
 * pristine file and change the fresh copy at that path (listing a definition's nodes for each
 * of 10,000 mutations cost more than a tenth of the run).
 */
function nodesOf(target: Target): readonly Node[] {
  const cached = nodeCache.get(target.file);
  if (cached !== undefined) return cached;
  const listed = nodes(JSON.parse(bundled.get(target.file) ?? "null") as Json);
  nodeCache.set(target.file, listed);
  return listed;
}

function getAt(value: Json, at: JsonPath): Json | undefined {
  let node: Json | undefined = value;
  for (const key of at) {
    if (node === null || typeof node !== "object" || node === undefined) return undefined;
    node = Array.isArray(node) ? node[key as number] : node[key as string];
  }
  return node;
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return value !== null && value !== undefined && typeof value === "object" && !Array.isArray(value);
}

function setAt(root: Json, at: JsonPath, replacement: Json | undefined): void {
  const parent = getAt(root, at.slice(0, -1));
  const key = at[at.length - 1];
  if (key === undefined || parent === null || parent === undefined || typeof parent !== "object") throw new Error(`fuzz: no parent at ${at.join(".")}`);
  if (Array.isArray(parent)) {
    if (replacement === undefined) parent.splice(key as number, 1);
    else parent[key as number] = replacement;
  } else if (replacement === undefined) delete parent[key as string];
  else parent[key as string] = replacement;
}

/** A path with array indexes as "*", for matching the schema's shape. */
const shape = (at: JsonPath): string => at.map((key) => (typeof key === "number" ? "*" : key)).join(".");

const format = (value: Json): string => `${JSON.stringify(value, null, 2)}\n`;

// ---------------------------------------------------------------------------------------------
// Mutations.

const CLASSES = ["delete-key", "wrong-type", "swap-ids", "out-of-range", "broken-condition", "truncated-json", "huge-string", "unknown-language", "prototype-key"] as const;
type MutationClass = (typeof CLASSES)[number];

const APPLIES: Record<MutationClass, readonly Kind[]> = {
  "delete-key": ["definition", "vectors", "instrument-text", "ui-text", "glossary", "country", "intervention"],
  "wrong-type": ["definition", "vectors", "instrument-text", "ui-text", "glossary", "country", "intervention"],
  "swap-ids": ["definition", "vectors", "instrument-text", "ui-text", "glossary", "country", "intervention"],
  // Points in definitions, expected scores in worked examples, dates in country files.
  "out-of-range": ["definition", "vectors", "country"],
  "broken-condition": ["definition"],
  "truncated-json": ["definition", "vectors", "instrument-text", "ui-text", "glossary", "country", "intervention"],
  "huge-string": ["definition", "vectors", "instrument-text", "ui-text", "glossary", "country", "intervention"],
  // Only files that name a language, by field or by folder.
  "unknown-language": ["instrument-text", "ui-text", "glossary", "country"],
  "prototype-key": ["definition", "vectors", "instrument-text", "ui-text", "glossary", "country", "intervention"],
};

/** Codes that look like language codes but name no language (ICU knows every ISO 639 code), and some that do not even look like one. */
const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
const UNKNOWN_WELL_FORMED = ["xx", "qq", "zz", "xyz", "yy", "xx-Latn", "sr-XX"].filter((code) => names.of(code) === undefined);
const MALFORMED = ["EN", "english", "e", "fr_FR"];
const UNKNOWN_LANGUAGES = [...UNKNOWN_WELL_FORMED, ...MALFORMED];

type Mutation = {
  what: string;
  /** The new text of the target file (absent when only a folder is renamed). */
  text?: string;
  /** A language folder renamed, with everything in it. */
  renameLanguage?: { from: string; to: string };
  /** Whether validate must reject it: what the schema or a lint is known to forbid. */
  mustReject: boolean;
  /** The bad language code or key: a rejection must name it, or point at the JSON path where it was written. */
  mention?: { code: string; at?: string };
};

const PLURAL = /_(zero|one|two|few|many|other)$/;

/**
 * Whether deleting this key must be rejected: every key the schemas require, and every text a
 * definition or English needs. Written out from src/engine/schema and src/cli/validate rather than
 * asked of zod, so that the test does not grade the schema with itself.
 */
function deletionMustReject(kind: Kind, at: JsonPath, root: Json): boolean {
  const key = at[at.length - 1];
  const parent = getAt(root, at.slice(0, -1));
  const where = shape(at);
  if (at.length === 1 && key === "$schema") return false;
  if (!isObject(parent) || typeof key !== "string") return true;
  const citationLink = (): boolean | undefined => (key === "doi" ? parent["url"] === undefined : key === "url" ? parent["doi"] === undefined : undefined);
  switch (kind) {
    case "definition": {
      if (["instrument.period", "items.*.showIf", "bands.*.variants.*.sex"].includes(where)) return false;
      if (where.startsWith("citations.*.")) return citationLink() ?? true;
      // A score condition needs min or max, not both.
      if ("score" in parent && (key === "min" || key === "max")) return parent[key === "min" ? "max" : "min"] === undefined;
      return true;
    }
    case "vectors":
      // Expected scores and bands are checked one by one: leaving one out only checks less.
      if (["cases.*.profile.sex", "cases.*.expect.notices"].includes(where)) return false;
      if (/^cases\.\*\.(answers|expect\.scores|expect\.bands)\.[^.]+$/.test(where)) return false;
      return true;
    case "instrument-text":
      if (where === "provenance.notes") return false;
      if (where === "provenance.citation") return parent["status"] === "validated";
      if (where.startsWith("provenance.citation.")) return citationLink() ?? true;
      return true;
    case "ui-text": {
      // i18next plural forms differ by language; the key counts as present while one form is left.
      const base = key.replace(PLURAL, "");
      return !(PLURAL.test(key) && Object.keys(parent).some((other) => other !== key && other.replace(PLURAL, "") === base));
    }
    case "glossary":
      // Exceptions and a language's neighbouring-standard forms are optional, as is sentenceStart within them.
      return !["exceptions", "variants", "variants.sentenceStart"].includes(where);
    case "country": {
      const optional = [
        "demo",
        "permissions",
        "services.*.hours",
        "services.*.region",
        "services.*.access",
        "services.*.languages",
        "services.*.sourceDate",
        "services.*.checked",
        "services.*.substances",
        "services.*.relatives",
        "services.*.youth",
        "emergency.*.sourceDate",
        "emergency.*.checked",
      ];
      if (optional.includes(where) || where.startsWith("services.*.access.") || where.startsWith("services.*.hours.")) return false;
      if (where === "services.*.phone") return parent["url"] === undefined;
      if (where === "services.*.url") return parent["phone"] === undefined;
      // A name must stay readable in the country's default language or in English.
      if (/^(name|services\.\*\.name|emergency\.\*\.label)\.[^.]+$/.test(where)) {
        const languages = isObject(root) && Array.isArray(root["languages"]) ? root["languages"] : [];
        const remaining = Object.keys(parent).filter((language) => language !== key);
        return !remaining.includes(String(languages[0])) && !remaining.includes("en");
      }
      return true;
    }
    case "intervention":
      // A source's year is left out when the source shows none; every other key is required.
      return where !== "sources.*.year";
  }
}

function deleteKey(target: Target, value: Json, random: Random): Mutation | undefined {
  const candidates = nodesOf(target).filter((node) => typeof node.path[node.path.length - 1] === "string");
  if (candidates.length === 0) return undefined;
  const { path: at } = random.pick(candidates);
  const mustReject = deletionMustReject(target.kind, at, value);
  setAt(value, at, undefined);
  return { what: `delete ${shape(at)} (${at.join(".")})`, text: format(value), mustReject };
}

function wrongType(target: Target, value: Json, random: Random): Mutation | undefined {
  const candidates = nodesOf(target).filter((node) => node.path.length > 0);
  if (candidates.length === 0) return undefined;
  const { path: at, value: old } = random.pick(candidates);
  // Never {} for a string: in UI text an empty object is the same as a missing key, which delete-key covers.
  const replacements: Json[] =
    typeof old === "string"
      ? [42, true, null, [], { unexpected: 0 }]
      : typeof old === "number"
        ? [String(old), true, null, [], {}]
        : typeof old === "boolean"
          ? [String(old), old ? 1 : 0, null]
          : Array.isArray(old)
            ? [{}, "text", 3, null]
            : old === null
              ? ["text"]
              : [[], "text", 3, null, true];
  const replacement = random.pick(replacements);
  setAt(value, at, replacement);
  // Every value in these files has one type in the schema (UI text: strings or objects of strings).
  return { what: `${at.join(".")}: ${JSON.stringify(old)?.slice(0, 30)} -> ${JSON.stringify(replacement)}`, text: format(value), mustReject: true };
}

/** Item ids a condition reads answers of. */
function conditionItems(condition: Json | undefined): string[] {
  return nodes(condition ?? null).flatMap(({ path: at, value }) => {
    const key = at[at.length - 1];
    return (key === "answer" || key === "answered") && typeof value === "string" ? [value] : [];
  });
}

function swapIds(target: Target, value: Json, random: Random): Mutation | undefined {
  const swapKeys = (record: { [key: string]: Json }, what: string): Mutation | undefined => {
    const keys = Object.keys(record);
    if (keys.length < 2) return undefined;
    const first = random.pick(keys);
    const second = random.pick(keys.filter((key) => key !== first));
    const held = record[first] as Json;
    record[first] = record[second] as Json;
    record[second] = held;
    return { what: `${what}: swap ${first} and ${second}`, text: format(value), mustReject: false };
  };
  /** Two entries of a list trade ids: each keeps its texts and references, so nothing breaks. */
  const swapEntryIds = (entries: { [key: string]: Json }[], what: string): Mutation | undefined => {
    if (entries.length < 2) return undefined;
    const first = random.below(entries.length);
    const second = (first + 1 + random.below(entries.length - 1)) % entries.length;
    const a = entries[first];
    const b = entries[second];
    if (a === undefined || b === undefined) return undefined;
    [a["id"], b["id"]] = [b["id"] as Json, a["id"] as Json];
    return { what: `swap ${what} ids ${String(a["id"])} and ${String(b["id"])}`, text: format(value), mustReject: false };
  };
  if (!isObject(value)) return undefined;
  switch (target.kind) {
    case "definition": {
      const items = (value["items"] as { [key: string]: Json }[] | undefined) ?? [];
      const ids = items.map((item) => String(item["id"]));
      // Pairs where the later item's showIf reads the earlier one: after the swap it reads itself.
      const referenced = items.flatMap((item, later) => conditionItems(item["showIf"]).map((id) => [ids.indexOf(id), later] as const)).filter(([earlier]) => earlier >= 0);
      let pair: readonly [number, number];
      if (referenced.length > 0 && random.chance(0.5)) pair = random.pick(referenced);
      else {
        const first = random.below(items.length);
        let second = random.below(items.length - 1);
        if (second >= first) second++;
        pair = [Math.min(first, second), Math.max(first, second)];
      }
      const [earlier, later] = pair;
      const a = items[earlier];
      const b = items[later];
      if (a === undefined || b === undefined) return undefined;
      [a["id"], b["id"]] = [b["id"] as Json, a["id"] as Json];
      // The later item now carries the id its own showIf reads: a condition that does not look back.
      const mustReject = conditionItems(b["showIf"]).includes(String(b["id"]));
      return { what: `swap item ids ${String(b["id"])} and ${String(a["id"])}`, text: format(value), mustReject };
    }
    case "vectors": {
      const cases = (value["cases"] as { [key: string]: Json }[] | undefined) ?? [];
      const chosen = random.pick(cases);
      return isObject(chosen["answers"]) ? swapKeys(chosen["answers"], `case "${String(chosen["name"])}" answers`) : undefined;
    }
    case "instrument-text":
      return isObject(value["items"]) ? swapKeys(value["items"], "items") : undefined;
    case "ui-text": {
      const objects = nodesOf(target).filter((node) => isObject(node.value) && Object.values(node.value).filter((child) => typeof child === "string").length >= 2);
      if (objects.length === 0) return undefined;
      const { path: at } = random.pick(objects);
      const node = getAt(value, at);
      if (!isObject(node)) return undefined;
      const strings = Object.fromEntries(Object.entries(node).filter(([, child]) => typeof child === "string"));
      const mutation = swapKeys(strings, `texts under ${at.join(".") || "$"}`);
      Object.assign(node, strings);
      return mutation === undefined ? undefined : { ...mutation, text: format(value) };
    }
    case "glossary":
      return swapEntryIds((value["terms"] as { [key: string]: Json }[] | undefined) ?? [], "term");
    case "country":
      return swapEntryIds((value["services"] as { [key: string]: Json }[] | undefined) ?? [], "service");
    case "intervention": {
      // Two advice messages, or two options of one question: each keeps its text and every
      // reference still resolves, so validate has nothing to say.
      if (Array.isArray(value["messages"])) return swapEntryIds(value["messages"] as { [key: string]: Json }[], "message");
      const questions = (value["questions"] as { [key: string]: Json }[] | undefined) ?? [];
      const question = random.pick(questions);
      return swapEntryIds((question["options"] as { [key: string]: Json }[] | undefined) ?? [], `question ${String(question["id"])} option`);
    }
  }
}

function outOfRange(target: Target, value: Json, random: Random): Mutation | undefined {
  if (!isObject(value)) return undefined;
  if (target.kind === "definition") {
    const items = (value["items"] as { [key: string]: Json }[] | undefined) ?? [];
    const itemIndex = random.below(items.length);
    const item = items[itemIndex];
    const options = (item?.["options"] as { [key: string]: Json }[] | undefined) ?? [];
    const option = options[random.below(options.length)];
    if (item === undefined || option === undefined) return undefined;
    const highest = Math.max(...options.map((candidate) => Number(candidate["points"])));
    const variant = random.pick(["negative", "fractional", "above-highest"] as const);
    const points = variant === "negative" ? -1 - random.below(5) : variant === "fractional" ? Number(option["points"]) + 0.5 : highest + 1 + random.below(10);
    option["points"] = points;
    // Above the highest option, the reachable total grows past the last band's max: a gap the band lint names.
    const banded = ((value["scores"] as { [key: string]: Json }[] | undefined) ?? []).some(
      (score) =>
        Array.isArray(score["items"]) && score["items"].includes(item["id"] as Json) && ((value["bands"] as { [key: string]: Json }[] | undefined) ?? []).some((set) => set["score"] === score["id"]),
    );
    return { what: `${String(item["id"])}.${String(option["id"])} points ${points} (${variant})`, text: format(value), mustReject: variant !== "above-highest" || banded };
  }
  if (target.kind === "vectors") {
    const cases = ((value["cases"] as { [key: string]: Json }[] | undefined) ?? []).filter(
      (entry) => isObject(entry["expect"]) && isObject(entry["expect"]["scores"]) && Object.keys(entry["expect"]["scores"]).length > 0,
    );
    if (cases.length === 0) return undefined;
    const chosen = random.pick(cases);
    const scores = (chosen["expect"] as { scores: { [key: string]: number } }).scores;
    const id = random.pick(Object.keys(scores));
    const change = (1 + random.below(5)) * (random.chance(0.5) ? 1 : -1);
    scores[id] = (scores[id] ?? 0) + change;
    return { what: `case "${String(chosen["name"])}" expects ${id} = ${scores[id]}`, text: format(value), mustReject: true };
  }
  // Country facts dated after today: a date the lint refuses.
  const entries = [...((value["emergency"] as { [key: string]: Json }[] | undefined) ?? []), ...((value["services"] as { [key: string]: Json }[] | undefined) ?? [])];
  if (entries.length === 0) return undefined;
  const entry = random.pick(entries);
  const field = random.pick(["checked", "sourceDate"] as const);
  const date = random.pick(["2999-01-01", "2027-01-01", "2026-11-24", "2099-12"]);
  if (field === "checked" && date.length !== 10) return undefined;
  entry[field] = date;
  return { what: `${String(entry["id"] ?? entry["number"])} ${field} ${date}`, text: format(value), mustReject: true };
}

function brokenCondition(target: Target, value: Json, random: Random): Mutation | undefined {
  if (!isObject(value)) return undefined;
  const items = (value["items"] as { [key: string]: Json }[] | undefined) ?? [];
  const scores = (value["scores"] as { [key: string]: Json }[] | undefined) ?? [];
  const conditions = nodesOf(target).filter(({ path: at }) => {
    const where = shape(at);
    return /^(items\.\*\.showIf|adjustments\.\*\.when|flags\.\*\.when)(\.(all|any)\.\*|\.not)*$/.test(where);
  });
  if (conditions.length === 0 || random.chance(0.25)) {
    // A showIf that looks forward (or at its own item), which conditions may never do.
    const index = random.below(items.length);
    const item = items[index];
    const ahead = items[index + random.below(items.length - index)];
    if (item === undefined || ahead === undefined) return undefined;
    item["showIf"] = { answered: ahead["id"] as Json };
    return { what: `items[${index}].showIf reads ${String(ahead["id"])}, not an earlier item`, text: format(value), mustReject: true };
  }
  const { path: at } = random.pick(conditions);
  const inShowIf = at[0] === "items";
  const leaves = nodes(getAt(value, at) ?? null).filter((node) => isObject(node.value) && ("answer" in node.value || "answered" in node.value));
  const variant = random.pick(["empty", "unknown-operator", "missing-item", "missing-option", "empty-list", "score-without-bounds", "wrong-score"] as const);
  const scoreId = String(scores[0]?.["id"] ?? "total");
  let replacement: Json;
  switch (variant) {
    case "empty":
      replacement = {};
      break;
    case "unknown-operator": {
      const old = getAt(value, at);
      replacement = isObject(old) ? Object.fromEntries(Object.entries(old).map(([key, child], index) => [index === 0 ? `${key}-typo` : key, child])) : {};
      break;
    }
    case "missing-item":
    case "missing-option": {
      const leaf = leaves.length === 0 ? undefined : random.pick(leaves);
      const copy = structuredClone(getAt(value, at) ?? {});
      const node = leaf === undefined ? undefined : getAt(copy, leaf.path);
      if (!isObject(node)) return undefined;
      if (variant === "missing-item") node["answer" in node ? "answer" : "answered"] = "no-such-item";
      else if ("is" in node) node["is"] = "no-such-option";
      else if ("isOneOf" in node) node["isOneOf"] = ["no-such-option"];
      else return undefined;
      replacement = copy;
      break;
    }
    case "empty-list":
      replacement = { all: [] };
      break;
    case "score-without-bounds":
      replacement = { score: scoreId };
      break;
    case "wrong-score":
      // A showIf may not read scores at all; elsewhere the score must exist.
      replacement = inShowIf ? { score: scoreId, min: 1 } : { score: "no-such-score", min: 1 };
      break;
  }
  setAt(value, at, replacement);
  return { what: `${at.join(".")}: ${variant} -> ${JSON.stringify(replacement).slice(0, 80)}`, text: format(value), mustReject: true };
}

function truncated(text: string, random: Random): Mutation {
  // Every bundled file is one JSON object; any proper prefix of it (ignoring the final newline) is not JSON.
  const end = text.trimEnd().length;
  const length = random.below(end);
  return { what: `cut to ${length} of ${text.length} characters`, text: text.slice(0, length), mustReject: true };
}

// "$'", "$&" …: String.replace reads them as patterns in a replacement string (issue 18.4: they broke the pre-rendered pages).
const HUGE_PIECES = ["x", "Lorem ipsum dolor sit amet. ", "🙂\u202eß\u0000\u200b", "\ud800", "{{count}} <script>", "ﷺ\u0301\u0301\u0301", "$' $& $` $1 $$ $<x> </script><!--"];

/**
 * Fields whose value has a form (URL, date, phone number, language code, version) or is one of a
 * few words (an enum): no huge repetition of HUGE_PIECES fits them. Free text has no maximum
 * length, and an id of 200,000 x's is still a well-formed id, so those may pass.
 */
function hugeMustReject(kind: Kind, at: JsonPath): boolean {
  const key = at[at.length - 1];
  const formed: Partial<Record<Kind, readonly string[]>> = {
    definition: ["url", "source", "doi", "version", "status", "kind", "missing", "action", "referralTier"],
    "instrument-text": ["language", "status", "url", "doi"],
    glossary: ["language", "status"],
    country: ["code", "url", "source", "quickExitUrl", "phone", "number", "sourceDate", "checked", "kind"],
    // Ids too: a huge id has no English text, or is cited by nothing, or names no question.
    intervention: ["id", "version", "url", "kind", "aboutYourUse", "question"],
  };
  if (kind === "country" && shape(at) === "languages.*") return true;
  return typeof key === "string" && (formed[kind] ?? []).includes(key);
}

function hugeString(target: Target, value: Json, random: Random): Mutation | undefined {
  const strings = nodesOf(target).filter((node) => node.path.length > 0 && typeof node.value === "string");
  if (strings.length === 0) return undefined;
  const { path: at } = random.pick(strings);
  const piece = random.pick(HUGE_PIECES);
  const length = 20_000 + random.below(80_000);
  setAt(value, at, piece.repeat(Math.ceil(length / piece.length)));
  return { what: `${at.join(".")}: ${length} characters of ${JSON.stringify(piece)}`, text: format(value), mustReject: hugeMustReject(target.kind, at) };
}

function unknownLanguage(target: Target, value: Json, random: Random): Mutation | undefined {
  const code = random.pick(UNKNOWN_LANGUAGES);
  const language = target.file.split("/")[1] ?? "";
  const folderCode = random.pick(UNKNOWN_LANGUAGES);
  if (!isObject(value)) return undefined;
  switch (target.kind) {
    case "instrument-text":
    case "glossary":
      if (random.chance(0.5)) {
        value["language"] = code;
        return { what: `language field "${code}"`, text: format(value), mustReject: true, mention: { code, at: "$.language" } };
      }
      return { what: `folder locales/${language} renamed locales/${folderCode}`, renameLanguage: { from: language, to: folderCode }, mustReject: true, mention: { code: folderCode } };
    case "ui-text":
      return { what: `folder locales/${language} renamed locales/${folderCode}`, renameLanguage: { from: language, to: folderCode }, mustReject: true, mention: { code: folderCode } };
    case "country": {
      const variant = random.pick(["languages", "name-key", "service-languages"] as const);
      if (variant === "languages") {
        const languages = value["languages"] as Json[];
        const index = random.below(languages.length + 1);
        languages.splice(index, index === languages.length ? 0 : 1, code);
        return { what: `languages[${index}] = "${code}"`, text: format(value), mustReject: true, mention: { code, at: `$.languages[${index}]` } };
      }
      if (variant === "name-key") {
        const localized = nodesOf(target).filter(({ path: at }) => /^(name|services\.\*\.name|services\.\*\.hours|emergency\.\*\.label)$/.test(shape(at)));
        const { path: at } = random.pick(localized);
        const record = getAt(value, at);
        if (!isObject(record)) return undefined;
        const key = random.pick(Object.keys(record));
        const renamed = Object.fromEntries(Object.entries(record).map(([language, text]) => [language === key ? code : language, text]));
        setAt(value, at, renamed);
        return { what: `${at.join(".")}: "${key}" renamed "${code}"`, text: format(value), mustReject: true, mention: { code } };
      }
      const services = (value["services"] as { [key: string]: Json }[] | undefined) ?? [];
      if (services.length === 0) return undefined;
      const service = random.pick(services);
      const spoken = [...(Array.isArray(service["languages"]) ? service["languages"] : []), code];
      service["languages"] = spoken;
      const at = `$.services[${services.indexOf(service)}].languages[${spoken.length - 1}]`;
      return { what: `service ${String(service["id"])} speaks "${code}"`, text: format(value), mustReject: true, mention: { code, at } };
    }
    default:
      return undefined;
  }
}

/**
 * A key that every JavaScript object already has (or, for __proto__, that sets an object's
 * prototype when assigned), added where a key is allowed to be any text (records: item texts,
 * names by language, expected scores) or where only listed keys are. None of these names an
 * item, option, language or text, so each must be reported, not dropped or confused with
 * Object.prototype.
 */
function prototypeKey(target: Target, value: Json, random: Random): Mutation | undefined {
  const objects = nodesOf(target).filter((node) => isObject(node.value));
  const { path: at } = random.pick(objects);
  const node = getAt(value, at);
  if (!isObject(node)) return undefined;
  const key = random.pick(["__proto__", "constructor", "toString", "hasOwnProperty"]);
  const siblings = Object.values(node);
  // A sibling's value, so that only the key is wrong.
  const copy = siblings.length > 0 ? structuredClone(random.pick(siblings)) : "text";
  // Assigning __proto__ would set the prototype; JSON.parse makes it an own key, and so must this.
  Object.defineProperty(node, key, { value: copy, enumerable: true, writable: true, configurable: true });
  return { what: `${at.join(".") || "$"}: add key "${key}"`, text: format(value), mustReject: true, mention: { code: key, at: formatPath([...at, key]) } };
}

function mutate(mutationClass: MutationClass, target: Target, random: Random): Mutation | undefined {
  const text = bundled.get(target.file) ?? "";
  const value = JSON.parse(text) as Json;
  switch (mutationClass) {
    case "delete-key":
      return deleteKey(target, value, random);
    case "wrong-type":
      return wrongType(target, value, random);
    case "swap-ids":
      return swapIds(target, value, random);
    case "out-of-range":
      return outOfRange(target, value, random);
    case "broken-condition":
      return brokenCondition(target, value, random);
    case "truncated-json":
      return truncated(text, random);
    case "huge-string":
      return hugeString(target, value, random);
    case "unknown-language":
      return unknownLanguage(target, value, random);
    case "prototype-key":
      return prototypeKey(target, value, random);
  }
}

/** The context tree with the mutation applied; a changed definition gets its hash re-recorded, see below. */
function mutatedTree(target: Target, mutation: Mutation): Tree {
  const base = contextTree(target);
  let files = new Map(base.files);
  let folders = [...base.folders];
  if (mutation.text !== undefined) files.set(target.file, mutation.text);
  if (target.kind === "definition" && mutation.text !== undefined) {
    // A released definition must not change, so every edit would be rejected by its content hash
    // alone. Recording the new hash (as "npm run release" does for a new version) makes the
    // schema and the lints, not the hash, decide.
    const [, id, name] = target.file.split("/");
    const key = `${id}@${(name ?? "").replace(/\.json$/, "")}`;
    const registry = JSON.parse(files.get("questionnaires/released.json") ?? "{}") as Record<string, string>;
    if (key in registry) files.set("questionnaires/released.json", JSON.stringify({ ...registry, [key]: contentHash(mutation.text) }));
  }
  const rename = mutation.renameLanguage;
  if (rename !== undefined) {
    const move = (file: string) => (file.startsWith(`locales/${rename.from}/`) || file === `locales/${rename.from}` ? `locales/${rename.to}${file.slice(`locales/${rename.from}`.length)}` : file);
    files = new Map([...files].map(([file, text]) => [move(file), text]));
    folders = folders.map(move);
  }
  return { files, folders };
}

// ---------------------------------------------------------------------------------------------
// The run.

type Issue = Awaited<ReturnType<typeof validateContent>>["issues"][number];
const keyOf = (issue: Issue) => `${issue.file}\u0000${issue.path}\u0000${issue.message}`;

/** Every issue validate prints must say where (file, JSON path) and what (a sentence). */
function malformed(issue: Issue): string | undefined {
  if (typeof issue.file !== "string" || issue.file === "" || issue.file.startsWith("/") || issue.file.startsWith("..")) return `file "${String(issue.file)}"`;
  if (typeof issue.path !== "string" || !issue.path.startsWith("$")) return `path "${String(issue.path)}"`;
  if (typeof issue.message !== "string" || issue.message.trim().length < 10 || !/\S\s+\S/.test(issue.message)) return `message "${String(issue.message)}"`;
  if (issue.message.includes("[object Object]")) return `message "${issue.message.slice(0, 120)}"`;
  return undefined;
}

type Tally = { mutations: number; rejected: number; passed: number; mustReject: number; mustRejectRejected: number; crashes: number; ms: number };

describe(`validate under ${RUNS} seeded mutations of the bundled content (FUZZ_SEED=${SEED})`, () => {
  it("never throws, rejects every mutation it must, and says where and what for each", { timeout: 300_000 }, async () => {
    const started = performance.now();
    const random = seededRandom(SEED);
    const tally = new Map<MutationClass, Tally>(CLASSES.map((name) => [name, { mutations: 0, rejected: 0, passed: 0, mustReject: 0, mustRejectRejected: 0, crashes: 0, ms: 0 }]));
    const crashes: string[] = [];
    const missed: string[] = [];
    const badIssues: string[] = [];
    const unmentioned: string[] = [];
    const baselines = new Map<string, Set<string>>();
    const dirtyBaselines: string[] = [];
    expect(UNKNOWN_WELL_FORMED.length).toBeGreaterThan(3);

    const baselineOf = async (target: Target): Promise<Set<string>> => {
      const cached = baselines.get(target.file);
      if (cached !== undefined) return cached;
      const tree = contextTree(target);
      virtual.load(tree.files, tree.folders);
      const errors = (await validateContent(virtual.root, { today: TODAY })).issues.filter((issue) => issue.severity === "error");
      // The unmutated file must be clean in its context tree, or a rejection would prove nothing.
      for (const issue of errors) if (issue.file === target.file) dirtyBaselines.push(`${target.file}: ${issue.path}: ${issue.message}`);
      const keys = new Set(errors.map(keyOf));
      baselines.set(target.file, keys);
      return keys;
    };

    for (let index = 0; index < RUNS; index++) {
      const mutationClass = random.pick(CLASSES);
      // Swapped ids matter most where conditions refer to them, and only 5 of the 156 files are
      // definitions: half of the swaps go to a definition.
      const kinds: readonly Kind[] = mutationClass === "swap-ids" && random.chance(0.5) ? ["definition"] : APPLIES[mutationClass];
      const candidates = TARGETS.filter((target) => kinds.includes(target.kind));
      let target = random.pick(candidates);
      let mutation = mutate(mutationClass, target, random);
      // A file with nothing to mutate this way (one service, no swappable ids): draw another.
      for (let attempt = 0; mutation === undefined && attempt < 50; attempt++) {
        target = random.pick(candidates);
        mutation = mutate(mutationClass, target, random);
      }
      if (mutation === undefined) throw new Error(`fuzz: no ${mutationClass} mutation found`);
      const label = `#${index} ${mutationClass} ${target.file}: ${mutation.what.slice(0, 160)}`;
      const counts = tally.get(mutationClass);
      if (counts === undefined) throw new Error("unreachable");
      counts.mutations++;
      if (mutation.mustReject) counts.mustReject++;

      const baseline = await baselineOf(target);
      const tree = mutatedTree(target, mutation);
      virtual.load(tree.files, tree.folders);
      let issues: Issue[];
      const before = performance.now();
      try {
        issues = (await validateContent(virtual.root, { today: TODAY })).issues;
      } catch (error) {
        counts.crashes++;
        crashes.push(`${label}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        continue;
      }
      counts.ms += performance.now() - before;
      for (const issue of issues) {
        const problem = malformed(issue);
        if (problem !== undefined) badIssues.push(`${label}: ${problem}`);
      }
      const fresh = issues.filter((issue) => issue.severity === "error" && !baseline.has(keyOf(issue)));
      if (fresh.length > 0) {
        counts.rejected++;
        if (mutation.mustReject) counts.mustRejectRejected++;
        const mention = mutation.mention;
        // The path itself, or an entry that holds it (a worked example fails as a whole).
        const encloses = (outer: string, inner: string | undefined) => inner !== undefined && outer !== "$" && (inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`));
        const pointsAt = (issue: Issue) => mention !== undefined && (encloses(issue.path, mention.at) || [issue.file, issue.path, issue.message].some((text) => text.includes(mention.code)));
        if (mention !== undefined && !fresh.some(pointsAt)) {
          unmentioned.push(
            `${label}: ${fresh
              .map((issue) => `${issue.file}: ${issue.path}: ${issue.message}`)
              .join(" | ")
              .slice(0, 300)}`,
          );
        }
      } else {
        counts.passed++;
        if (mutation.mustReject) missed.push(label);
      }
    }

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const rows = CLASSES.map((name) => {
      const counts = tally.get(name);
      return { class: name, ...counts, ms: Math.round(counts?.ms ?? 0) };
    });
    console.log(`content fuzz: FUZZ_SEED=${SEED}, ${RUNS} mutations of ${TARGETS.length} files in ${seconds} s`);
    console.table(rows);

    expect(dirtyBaselines, "unmutated files with errors in their context tree").toEqual([]);
    expect(crashes.slice(0, 5), `${crashes.length} crashes (exceptions escaping validateContent)`).toEqual([]);
    expect(badIssues.slice(0, 10), `${badIssues.length} issues without file, JSON path or sentence`).toEqual([]);
    expect(missed.slice(0, 20), `${missed.length} mutations validate must reject but passed`).toEqual([]);
    expect(unmentioned.slice(0, 10), `${unmentioned.length} rejections that do not name the bad language code or key`).toEqual([]);
    for (const row of rows) {
      expect(row.rejected, `${row.class}: rejections`).toBeGreaterThan(0);
      expect(row.mustReject, `${row.class}: mutations known to be invalid`).toBeGreaterThan(0);
      expect((row.rejected ?? 0) + (row.passed ?? 0) + (row.crashes ?? 0), row.class).toBe(row.mutations);
    }
    expect(rows.reduce((sum, row) => sum + (row.mutations ?? 0), 0)).toBe(RUNS);
  });
});

/*
 * The same strings through the pre-render (scripts/vite/prerender.ts, fillTemplate): the text
 * of every bundled content file, each mutated with the fuzz's pieces, as a page's title,
 * description, markup and first-page data. Each must come out of the page exactly as it went in,
 * and the template around it unchanged (String.replace with a replacement string read "$'" and
 * "$&" as patterns and broke the page data: issue 18.4).
 */
describe(`the pre-render under the content fuzz's strings (FUZZ_SEED=${SEED})`, () => {
  it("writes every string into title, description, markup and page data unchanged", async () => {
    const { escapeText, fillTemplate, jsonForScript } = await import("../../scripts/vite/prerender");
    const template = readFileSync(path.join(projectRoot, "index.html"), "utf8");
    const root = '<div id="root"></div>';
    expect(template).toContain(root);
    const tail = template.slice(template.indexOf(root) + root.length);
    const random = seededRandom(SEED);
    const texts = [...new Set([...bundled.values()].flatMap((text) => nodes(JSON.parse(text) as Json).flatMap((node) => (typeof node.value === "string" ? [node.value] : []))))];
    const strings = [...HUGE_PIECES, ...texts.map((text) => `${text}${random.pick(HUGE_PIECES)}${text}`)];
    const unescape = (text: string): string => text.replaceAll("&lt;", "<").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
    const wrong: string[] = [];
    for (const text of strings) {
      const page = { markup: `<p>${escapeText(text)}</p>`, language: "en", direction: "ltr" as const, title: text, description: text, firstPage: null, contentFiles: [] };
      const html = fillTemplate(template, page, "<!-- head -->", `<script type="application/json" id="page-data">${jsonForScript({ text })}</script>`);
      const title = unescape(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "");
      const description = unescape(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? "");
      const markup = unescape(/<div id="root"><p>([^<]*)<\/p><\/div>/.exec(html)?.[1] ?? "");
      const data = /<script type="application\/json" id="page-data">([^<]*)<\/script>/.exec(html)?.[1];
      const parsed = data === undefined ? undefined : (JSON.parse(data) as { text: string }).text;
      const ok = title === text && description === text && markup === text && parsed === text && html.endsWith(tail) && html.includes("<!-- head --></head>");
      if (!ok) wrong.push(JSON.stringify(text.slice(0, 80)));
    }
    expect(strings.length).toBeGreaterThan(1000);
    expect(wrong.slice(0, 10), `${wrong.length} of ${strings.length} strings changed on the way into the page`).toEqual([]);
  });
});
