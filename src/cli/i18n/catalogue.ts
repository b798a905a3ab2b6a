import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ContentProblem } from "../kit/errors";
import { listFolders, listJsonFiles } from "../kit/files";
import { leaves, lookup, pathId, type JsonPath, type Leaf } from "./json-tree";

/** First 8 hex digits of the SHA-256 of an English text: enough to notice that it changed. */
export const sourceHash = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex").slice(0, 8);

/** A UI namespace (locales/<lang>/<name>.json) or an instrument's text (locales/<lang>/questionnaires/<name>.json). */
export type Part = {
  kind: "ui" | "instrument";
  name: string;
  /** "common" or "questionnaire:dudit": how keys of this part start and how the status table names it. */
  label: string;
  /** The English file and the language's file, relative to the root, with forward slashes. */
  englishFile: string;
  file: string;
  /** The English file's text and value (a template for new files). */
  englishText: string;
  english: unknown;
  /** The language's file, when it exists. */
  current?: { text: string; value: unknown };
};

/** One text to translate: a row of the CSV. */
export type TextEntry = {
  /** "common:start.title", "questionnaire:dudit:items.q1.text". */
  key: string;
  part: Part;
  /** Where the text goes in the language's file. */
  path: JsonPath;
  english: string;
  hash: string;
  /** For an i18next plural form: the form ("one", "few", ...). */
  plural?: string;
};

/** Keys of an instrument file that are not text to translate. */
export const INSTRUMENT_HEADER = ["$schema", "questionnaire", "language", "provenance"];

const PLURAL_FORMS = ["zero", "one", "two", "few", "many", "other"] as const;
const PLURAL_SUFFIX = /^(.*)_(zero|one|two|few|many|other)$/s;

/** Reads and parses a JSON file; undefined when it does not exist, a ContentProblem when it is broken. */
export async function readJson(root: string, file: string): Promise<{ text: string; value: unknown } | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(root, file), "utf8");
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new ContentProblem(`${file}: cannot read the file: ${(cause as Error).message}`);
  }
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch (cause) {
    throw new ContentProblem(`${file}: not valid JSON (${(cause as Error).message}); fix it, or run "npm run validate" to see where`);
  }
}

/** Plural forms a language uses, in i18next's order; undefined when the runtime does not know the language. */
function pluralForms(language: string): Set<string> | undefined {
  if (Intl.PluralRules.supportedLocalesOf([language]).length === 0) return undefined;
  return new Set(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
}

function keyOf(part: Part, textPath: JsonPath): string {
  return `${part.label}:${textPath.map(String).join(".")}`;
}

/**
 * The texts of one UI namespace for a language, in English order. A plural group ("count_one",
 * "count_other" in English) becomes the forms the language needs (Arabic: six), plus any form the
 * language's file already has, so that nothing it holds is left out.
 */
function uiEntries(part: Part, language: string): TextEntry[] {
  const englishLeaves = leaves(part.english).filter((leaf): leaf is { path: JsonPath; value: string } => typeof leaf.value === "string");
  const groups = new Map<string, Map<string, string>>();
  for (const leaf of englishLeaves) {
    const match = PLURAL_SUFFIX.exec(String(leaf.path[leaf.path.length - 1]));
    if (match === null) continue;
    const id = pathId([...leaf.path.slice(0, -1), match[1] ?? ""]);
    const group = groups.get(id) ?? new Map<string, string>();
    group.set(match[2] ?? "", leaf.value);
    groups.set(id, group);
  }
  const languageForms = pluralForms(language);
  const entries: TextEntry[] = [];
  const done = new Set<string>();
  for (const leaf of englishLeaves) {
    const last = String(leaf.path[leaf.path.length - 1]);
    const match = PLURAL_SUFFIX.exec(last);
    if (match === null) {
      // A language may need plural forms where English has one text with {{count}} (Slovenian
      // "scaleAlt_one", "_two", "_few", "_other"; i18next picks the form): keep them as its texts.
      const parent = leaf.path.slice(0, -1);
      const existing = lookup(part.current?.value, parent);
      const pluralised = /\{\{\s*count\s*\}\}/.test(leaf.value) && existing !== null && typeof existing === "object" && PLURAL_FORMS.some((form) => `${last}_${form}` in existing);
      if (!pluralised) {
        entries.push({ key: keyOf(part, leaf.path), part, path: leaf.path, english: leaf.value, hash: sourceHash(leaf.value) });
        continue;
      }
      const forms = PLURAL_FORMS.filter((form) => (languageForms ?? new Set(["one", "other"])).has(form) || `${last}_${form}` in existing);
      for (const form of forms) {
        const textPath = [...parent, `${last}_${form}`];
        entries.push({ key: keyOf(part, textPath), part, path: textPath, english: leaf.value, hash: sourceHash(leaf.value), plural: form });
      }
      continue;
    }
    const parent = leaf.path.slice(0, -1);
    const base = match[1] ?? "";
    const id = pathId([...parent, base]);
    if (done.has(id)) continue;
    done.add(id);
    const group = groups.get(id) ?? new Map<string, string>();
    const existing = lookup(part.current?.value, parent);
    const forms = PLURAL_FORMS.filter(
      (form) => (languageForms ?? new Set(group.keys())).has(form) || (form === "zero" && group.has("zero")) || (existing !== null && typeof existing === "object" && `${base}_${form}` in existing),
    );
    for (const form of forms) {
      const english = group.get(form) ?? group.get("other") ?? leaf.value;
      const textPath = [...parent, `${base}_${form}`];
      entries.push({ key: keyOf(part, textPath), part, path: textPath, english, hash: sourceHash(english), plural: form });
    }
  }
  return entries;
}

function instrumentEntries(part: Part): TextEntry[] {
  return leaves(part.english)
    .filter((leaf): leaf is { path: JsonPath; value: string } => typeof leaf.value === "string" && !INSTRUMENT_HEADER.includes(String(leaf.path[0])))
    .map((leaf) => ({ key: keyOf(part, leaf.path), part, path: leaf.path, english: leaf.value, hash: sourceHash(leaf.value) }));
}

export type Catalogue = { language: string; parts: Part[]; entries: TextEntry[]; byKey: Map<string, TextEntry> };

/** Every text English has, for one language, with that language's files as they are now. */
export async function loadCatalogue(root: string, language: string): Promise<Catalogue> {
  const parts: Part[] = [];
  const add = async (kind: Part["kind"], folder: string, name: string, label: string): Promise<void> => {
    const englishFile = `locales/en/${folder}${name}.json`;
    const english = await readJson(root, englishFile);
    if (english === undefined) return;
    const file = `locales/${language}/${folder}${name}.json`;
    const current = await readJson(root, file);
    parts.push({ kind, name, label, englishFile, file, englishText: english.text, english: english.value, ...(current === undefined ? {} : { current }) });
  };
  const namespaces = (await listJsonFiles(path.join(root, "locales", "en"))).map((name) => name.replace(/\.json$/, ""));
  if (namespaces.length === 0) throw new ContentProblem(`no English text found in ${path.join(root, "locales", "en")}`);
  for (const name of namespaces) {
    if (name === "questionnaire") throw new ContentProblem(`locales/en/questionnaire.json: a UI namespace may not be called "questionnaire" (that prefix is for instrument text)`);
    await add("ui", "", name, name);
  }
  for (const file of await listJsonFiles(path.join(root, "locales", "en", "questionnaires"))) {
    const name = file.replace(/\.json$/, "");
    await add("instrument", "questionnaires/", name, `questionnaire:${name}`);
  }
  const entries = parts.flatMap((part) => (part.kind === "ui" ? uiEntries(part, language) : instrumentEntries(part)));
  return { language, parts, entries, byKey: new Map(entries.map((entry) => [entry.key, entry])) };
}

/** The language's current text for an entry; undefined when missing (or not a text). */
export function currentText(entry: TextEntry): string | undefined {
  const value = lookup(entry.part.current?.value, entry.path);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** Texts in the language's file that English does not have: kept as they are, but named so that nothing is a surprise. */
export function extraLeaves(part: Part, entries: readonly TextEntry[]): Leaf[] {
  if (part.current === undefined) return [];
  const known = new Set(entries.filter((entry) => entry.part === part).map((entry) => pathId(entry.path)));
  const englishPaths = new Set(leaves(part.english).map((leaf) => pathId(leaf.path)));
  return leaves(part.current.value).filter((leaf) => {
    if (part.kind === "instrument" && INSTRUMENT_HEADER.includes(String(leaf.path[0]))) return false;
    if (known.has(pathId(leaf.path))) return false;
    // An empty object or array that English also has is structure, not an extra text.
    return !(englishPaths.has(pathId(leaf.path)) && typeof leaf.value === "object");
  });
}

/** Languages the project knows: folders under locales/ and languages named by a country, without English. */
export async function knownLanguages(root: string): Promise<string[]> {
  const found = new Set(await listFolders(path.join(root, "locales")));
  for (const file of await listJsonFiles(path.join(root, "countries"))) {
    if (file === "schema.json") continue;
    const country = await readJson(root, `countries/${file}`).catch(() => undefined);
    const languages = lookup(country?.value, ["languages"]);
    if (Array.isArray(languages)) for (const language of languages) if (typeof language === "string") found.add(language);
  }
  found.delete("en");
  return [...found].sort();
}
