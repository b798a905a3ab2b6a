import path from "node:path";
import { LANGUAGE_CODE } from "../../engine";
import { parseArgs } from "../kit/args";
import { UsageError } from "../kit/errors";
import { PROJECT_ROOT } from "../kit/paths";
import { runCommand, type Output } from "../kit/run";
import { currentText, knownLanguages, loadCatalogue } from "./catalogue";
import { readSidecar, renderSidecar, sidecarFile, writeSidecar, type Sidecar } from "./sidecar";

export const STAMP_USAGE = `Usage: npm run i18n:stamp -- --lang <code> | --all

  Records, for every text a language already has and that has no record yet, that it was
  translated from today's English (in locales/<lang>/meta/translations.json). Run it once for a
  language whose files were written by hand; from then on, a change to the English marks the
  translation stale. Records that exist are never changed.

  --lang   the language to stamp, e.g. sq
  --all    every language in locales/ (except English)
  --root   the project folder to change (default: this project)`;

/** The records after stamping: existing ones kept, a new one for each translated text without one. */
export function stampRecords(catalogue: Awaited<ReturnType<typeof loadCatalogue>>, existing: Sidecar): { records: Sidecar; added: number } {
  const records: Sidecar = new Map();
  let added = 0;
  for (const entry of catalogue.entries) {
    const record = existing.get(entry.key);
    if (record !== undefined) records.set(entry.key, record);
    else if (currentText(entry) !== undefined) {
      records.set(entry.key, { source: entry.hash });
      added++;
    }
  }
  for (const [key, record] of existing) if (!records.has(key)) records.set(key, record);
  return { records, added };
}

export async function runStamp(argv: readonly string[], output: Output): Promise<number> {
  return runCommand({ name: "i18n:stamp", usage: STAMP_USAGE }, output, async () => {
    const args = parseArgs(argv, { lang: "string", root: "string", all: "boolean" });
    if (args.positional.length > 0) throw new UsageError(`unexpected ${args.positional.join(" ")}`, true);
    const root = path.resolve(args.values.root ?? PROJECT_ROOT);
    const one = args.values.lang;
    if ((one === undefined) === (args.values.all !== true)) throw new UsageError("give either --lang <code> or --all", true);
    if (one !== undefined && !LANGUAGE_CODE.test(one)) throw new UsageError(`--lang "${one}" is not a language code such as sq, mk or sr-Latn`, true);
    if (one === "en") throw new UsageError("English is the source text; it has no translation records", true);
    for (const language of one === undefined ? await knownLanguages(root) : [one]) {
      const catalogue = await loadCatalogue(root, language);
      const existing = await readSidecar(root, language);
      const { records, added } = stampRecords(catalogue, existing.records);
      const text = renderSidecar(records);
      if (added === 0 && existing.text === text) {
        output.out.push(`${language}: nothing to stamp (${records.size} records)`);
        continue;
      }
      await writeSidecar(root, language, text);
      output.out.push(`${language}: recorded ${added} texts as translated from today's English in ${sidecarFile(language)}`);
    }
    return 0;
  });
}
