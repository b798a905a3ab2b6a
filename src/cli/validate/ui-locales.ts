import path from "node:path";
import { readJsonFile } from "./json-file";
import { listDirectory, listFolders, listJsonFiles } from "../kit/files";
import type { Reporter } from "./reporter";

/** i18next plural suffixes differ by language (Arabic has six forms), so keys are compared without them. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Flattens nested UI text into dotted keys; non-text leaves are reported. */
function flatten(value: unknown, prefix: string, into: Map<string, string>, wrong: string[]): void {
  if (typeof value === "string") {
    into.set(prefix, value);
    return;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    wrong.push(prefix);
    return;
  }
  for (const [key, child] of Object.entries(value)) flatten(child, prefix === "" ? key : `${prefix}.${key}`, into, wrong);
}

async function readNamespace(reporter: Reporter, file: string): Promise<Set<string> | undefined> {
  const read = await readJsonFile(file, reporter.relative(file));
  if (!read.ok) {
    reporter.issues.push(read.issue);
    return undefined;
  }
  reporter.issues.push(...read.issues);
  const texts = new Map<string, string>();
  const wrong: string[] = [];
  flatten(read.value, "", texts, wrong);
  for (const key of wrong) reporter.issues.push({ file: reporter.relative(file), severity: "error", path: `$.${key}`, message: "UI text must be a string or an object of strings" });
  for (const [key, text] of texts) if (text.trim() === "") reporter.issues.push({ file: reporter.relative(file), severity: "error", path: `$.${key}`, message: "empty text" });
  return new Set([...texts.keys()].map((key) => key.replace(PLURAL_SUFFIX, "")));
}

/**
 * UI namespaces (locales/<lang>/<namespace>.json) must have exactly the keys of the English
 * ones: a missing key would silently show English, a key English lacks is a typo or leftover.
 */
export async function validateUiLocales(reporter: Reporter, root: string): Promise<void> {
  const localeRoot = path.join(root, "locales");
  const englishFiles = await listJsonFiles(path.join(localeRoot, "en"));
  const english = new Map<string, Set<string>>();
  for (const name of englishFiles) {
    const keys = await readNamespace(reporter, path.join(localeRoot, "en", name));
    if (keys !== undefined) english.set(name, keys);
  }
  const wizard = english.get("wizard.json");
  if (wizard !== undefined) {
    for (const id of await listFolders(path.join(root, "questionnaires"))) {
      for (const part of ["label", "hint"]) {
        if (wizard.has(`instrument.${id}.${part}`)) continue;
        reporter.issues.push({
          file: "locales/en/wizard.json",
          severity: "error",
          path: `$.instrument.${id}.${part}`,
          message: `missing text: the start screen names each questionnaire (questionnaires/${id}/) with a ${part}`,
        });
      }
    }
  }
  const languages = (await listDirectory(localeRoot)).filter((name) => name !== "en");
  for (const language of languages) {
    const files = await listJsonFiles(path.join(localeRoot, language));
    for (const name of englishFiles) {
      if (!files.includes(name)) reporter.issues.push({ file: `locales/${language}/${name}`, severity: "error", path: "$", message: `missing namespace: English has locales/en/${name}` });
    }
    for (const name of files) {
      const file = path.join(localeRoot, language, name);
      const keys = await readNamespace(reporter, file);
      const reference = english.get(name);
      if (keys === undefined) continue;
      if (reference === undefined) {
        reporter.issues.push({ file: reporter.relative(file), severity: "error", path: "$", message: `namespace "${name}" does not exist in English` });
        continue;
      }
      for (const key of reference) if (!keys.has(key)) reporter.issues.push({ file: reporter.relative(file), severity: "error", path: `$.${key}`, message: "missing text (present in English)" });
      for (const key of keys)
        if (!reference.has(key)) reporter.issues.push({ file: reporter.relative(file), severity: "error", path: `$.${key}`, message: "key not in English (misspelt or left over)" });
    }
  }
}
