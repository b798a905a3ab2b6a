import { access, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { LANGUAGE_CODE } from "../../engine";
import { Definition } from "../../engine/schema";
import { parseArgs } from "../kit/args";
import { UsageError } from "../kit/errors";
import { PROJECT_ROOT } from "../kit/paths";
import { runCommand, type Output } from "../kit/run";

export const NEW_COUNTRY_USAGE = `Usage: npm run new-country -- <code> [--languages <codes>]

  <code>        the country's two-letter ISO 3166-1 code, e.g. al, me, tn
  --languages   its languages, most used first, separated by commas, e.g. sq,en
                (default: a placeholder to fill in)
  --force       replace countries/<code>.json if it exists
  --root        the project folder to write into (default: this project)

See docs/adding-a-country.md.`;

/** Questionnaires a country may offer without a recorded permission: the newest active version of each. */
async function freelyUsable(root: string): Promise<string[]> {
  const offered: string[] = [];
  const folder = path.join(root, "questionnaires");
  for (const id of (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()) {
    const versions = (await readdir(path.join(folder, id))).filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name));
    const definitions = await Promise.all(versions.map(async (name) => Definition.safeParse(JSON.parse(await readFile(path.join(folder, id, name), "utf8")))));
    const usable = definitions
      .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
      .filter((definition) => definition.status === "active" && (definition.licence.status === "free" || definition.licence.status === "non-commercial"))
      .sort((a, b) => a.version.localeCompare(b.version, "en", { numeric: true }));
    const newest = usable.at(-1);
    if (newest !== undefined) offered.push(`${newest.id}@${newest.version}`);
  }
  return offered;
}

export function scaffold(code: string, languages: readonly string[] | undefined, questionnaires: readonly string[]): unknown {
  const first = languages?.[0];
  return {
    $schema: "./schema.json",
    code: code.toUpperCase(),
    name: {
      en: "TODO: the country's name in English",
      ...(first !== undefined && first !== "en" ? { [first]: `TODO: the country's name in ${first}` } : {}),
    },
    languages: languages ?? ["TODO: language codes, most used first, e.g. sq (each needs a folder in locales/)"],
    offerDraftTranslations: false,
    questionnaires: questionnaires.length > 0 ? [...questionnaires] : ["TODO: questionnaires to offer, as id@version"],
    defaultCheck: questionnaires.find((key) => key.startsWith("dudit@")) ?? questionnaires[0] ?? "TODO: the check people land on at /<cc>/, one of questionnaires (DUDIT where offered)",
    emergency: [
      {
        number: "TODO: the number that reaches an ambulance, e.g. 112 (every country needs one)",
        label: { en: "TODO: what the number is for, e.g. Single emergency number (police, ambulance, fire)" },
        covers: ["TODO: what it reaches: medical, police, fire, rescue (medical for the ambulance)"],
        source: "TODO: https:// address of an official page that gives this number",
        sourceKind: "TODO: official (a government page) or secondary (news, a directory)",
        checked: "TODO: the date your team confirmed it (opened the page or called), as YYYY-MM-DD",
      },
    ],
    quickExitUrl: "https://www.wikipedia.org/",
    services: [
      {
        id: "TODO-short-id",
        name: { en: "TODO: the service's name" },
        kind: "TODO: one of emergency, helpline, harm-reduction, treatment, counselling",
        phone: "TODO: +<country code><number>, digits only (or delete this line if it has no phone)",
        url: "TODO: https:// address of its website (or delete this line)",
        substances: ["TODO: alcohol and/or drugs, as its source says (or delete this line for a general line)"],
        source: "TODO: https:// address of the page where you read these facts",
        sourceKind: "TODO: official (the service's own or a government page) or secondary (news, a directory)",
        checked: "TODO: the date your team confirmed it (opened the page or called), as YYYY-MM-DD",
      },
    ],
  };
}

export async function runNewCountry(argv: readonly string[], output: Output): Promise<number> {
  return runCommand({ name: "new-country", usage: NEW_COUNTRY_USAGE }, output, async () => {
    const args = parseArgs(argv, { languages: "string", root: "string", force: "boolean" });
    const [given, ...rest] = args.positional;
    if (given === undefined) throw new UsageError("no country code given, e.g. npm run new-country -- al", true);
    if (rest.length > 0) throw new UsageError(`unexpected ${rest.join(" ")}`, true);
    if (!/^[A-Za-z]{2}$/.test(given)) throw new UsageError(`"${given}" is not a two-letter country code (ISO 3166-1 alpha-2), e.g. al, me, tn`, true);
    const languages = args.values.languages
      ?.split(",")
      .map((language) => language.trim())
      .filter((language) => language !== "");
    const wrong = (languages ?? []).filter((language) => !LANGUAGE_CODE.test(language));
    if (wrong.length > 0) throw new UsageError(`--languages: ${wrong.map((language) => `"${language}"`).join(", ")} is not a language code such as sq, mk or sr-Latn`, true);
    const root = path.resolve(args.values.root ?? PROJECT_ROOT);
    const relative = `countries/${given.toLowerCase()}.json`;
    const file = path.join(root, relative);
    if (
      args.values.force !== true &&
      (await access(file).then(
        () => true,
        () => false,
      ))
    ) {
      output.err.push(`new-country: ${relative} already exists; edit it, or add --force to start again from an empty scaffold`);
      return 1;
    }
    const country = scaffold(given, languages, await freelyUsable(root));
    await writeFile(file, `${JSON.stringify(country, null, 2)}\n`);
    output.out.push(
      `wrote ${relative}`,
      `next: replace every "TODO: ..." text (or delete entries you have no sourced facts for), then run "npm run validate";`,
      `it lists each place still to fill in. See docs/adding-a-country.md.`,
    );
    return 0;
  });
}
