import path from "node:path";
import { formatPath, questionnaireKey, type Definition } from "../../engine";
import { Country, ServicesToVerify } from "../../engine/schema";
import { lintCountry } from "../../engine/lint/country";
import { readJsonFile } from "./json-file";
import { isKnownLanguage } from "./language-codes";
import { findPlaceholders } from "./placeholders";
import { listDirectory } from "../kit/files";
import { loadWithSchema, type Reporter } from "./reporter";

/**
 * Parses a country file. A placeholder left by "npm run new-country" is reported once, as such,
 * instead of also as whatever the schema makes of the text "TODO: ..." at that place.
 */
async function loadCountry(reporter: Reporter, file: string): Promise<{ value: Country } | undefined> {
  const read = await readJsonFile(file, reporter.relative(file));
  const placeholders = read.ok ? findPlaceholders(read.value) : [];
  for (const placeholder of placeholders) {
    reporter.issues.push({ file: reporter.relative(file), severity: "error", path: placeholder.path, message: `not filled in yet: ${placeholder.text}` });
  }
  const own: Reporter = { issues: [], relative: reporter.relative };
  const loaded = await loadWithSchema(own, file, Country);
  const atPlaceholder = new Set(placeholders.map((placeholder) => placeholder.path));
  reporter.issues.push(...own.issues.filter((issue) => !atPlaceholder.has(issue.path)));
  return placeholders.length > 0 ? undefined : loaded;
}

/**
 * Language codes a country file uses besides its "languages" list (which lintCountry checks
 * against the locale folders): the keys of its names, labels and hours, and the languages a
 * service speaks. The schema only checks their form, so an invented code such as "xx" passed
 * (found by tests/validate/fuzz-content.test.ts); text under it is never shown, and a service
 * would be said to speak a language that does not exist.
 */
function unknownLanguageCodes(country: Country): { path: (string | number)[]; code: string }[] {
  const keys = (record: Readonly<Record<string, string>> | undefined, at: (string | number)[]) => Object.keys(record ?? {}).map((code) => ({ path: [...at, code], code }));
  return [
    ...keys(country.name, ["name"]),
    ...country.emergency.flatMap((entry, index) => keys(entry.label, ["emergency", index, "label"])),
    ...country.services.flatMap((service, index) => [
      ...keys(service.name, ["services", index, "name"]),
      ...keys(service.hours, ["services", index, "hours"]),
      ...(service.languages ?? []).map((code, position) => ({ path: ["services", index, "languages", position], code })),
    ]),
  ].filter(({ code }) => !isKnownLanguage(code));
}

/** Country files: schema, then what they refer to (questionnaires, languages, licences) and how fresh each entry is. */
export async function validateCountries(reporter: Reporter, root: string, definitions: readonly Definition[], today: string): Promise<void> {
  const folder = path.join(root, "countries");
  const languages = (await listDirectory(path.join(root, "locales"))).filter((language) => language !== "README.md");
  const licences = Object.fromEntries(definitions.map((definition) => [questionnaireKey(definition), definition.licence.status]));
  const notCountries = new Set(["schema.json", "to-verify.schema.json", TO_VERIFY_FILE]);
  for (const name of (await listDirectory(folder)).filter((entry) => entry.endsWith(".json") && !notCountries.has(entry))) {
    const file = path.join(folder, name);
    const loaded = await loadCountry(reporter, file);
    if (loaded === undefined) continue;
    const country = loaded.value;
    const expected = name.replace(/\.json$/, "").toUpperCase();
    if (country.code !== expected) reporter.issues.push({ file: reporter.relative(file), severity: "error", path: "$.code", message: `code "${country.code}" does not match the file name "${name}"` });
    const issues = lintCountry(country, { questionnaires: Object.keys(licences), languages, licences, today });
    for (const issue of issues) reporter.issues.push({ file: reporter.relative(file), severity: issue.severity, path: formatPath(issue.path), message: issue.message });
    for (const { path: where, code } of unknownLanguageCodes(country)) {
      reporter.issues.push({
        file: reporter.relative(file),
        severity: "error",
        path: formatPath(where),
        message: `"${code}" is not a known language code; use the language's ISO 639 code, e.g. sq, mk or sr-Latn`,
      });
    }
  }
}

const TO_VERIFY_FILE = "to-verify.json";

/**
 * countries/to-verify.json: services seen in research whose number may be dead (old,
 * project-funded, reorganised). They are never shown to people; validate lists them as a notice
 * so that a country team calls them and moves the ones that answer into its country file.
 * Each needs a source like any service.
 */
export async function validateServicesToVerify(reporter: Reporter, root: string): Promise<void> {
  const file = path.join(root, "countries", TO_VERIFY_FILE);
  const loaded = await loadWithSchema(reporter, file, ServicesToVerify);
  if (loaded === undefined) return;
  const { $schema: _schema, ...byCountry } = loaded.value;
  for (const [code, services] of Object.entries(byCountry)) {
    if (!/^[a-z]{2}$/.test(code)) {
      reporter.issues.push({
        file: reporter.relative(file),
        severity: "error",
        path: formatPath([code]),
        message: `"${code}" is not a country code in lower case, as in the country file's name (e.g. rs)`,
      });
      continue;
    }
    services.forEach((service, index) => {
      const number = service.phone === undefined ? "" : ` (${service.phone})`;
      reporter.issues.push({
        file: reporter.relative(file),
        severity: "notice",
        path: formatPath([code, index]),
        message: `${code.toUpperCase()}: "${service.id}"${number} is not shown until the country team confirms it: ${service.reason}`,
      });
    });
  }
}
