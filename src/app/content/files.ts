/**
 * The content files Vite can load, found by glob at build time. Every entry is lazy
 * (eager: false): only the chosen language, country list and questionnaire are fetched.
 */
type Loader = () => Promise<unknown>;

export const definitionFiles: Record<string, Loader> = import.meta.glob("/questionnaires/*/[0-9]*.json", { import: "default" });
export const instrumentTextFiles: Record<string, Loader> = import.meta.glob("/locales/*/questionnaires/*.json", { import: "default" });
export const uiFiles: Record<string, Loader> = import.meta.glob(["/locales/*/common.json", "/locales/*/wizard.json", "/locales/*/results.json"], {
  import: "default",
});

/**
 * Only in `vite build --mode e2e`: a demo country offering every questionnaire in every language
 * (src/app/content/demo-country.ts) for the language × instrument smoke suite. In any other
 * mode the condition is false at build time, so the bundler drops this branch and the fixture.
 */
const demoCountryFiles: Record<string, Loader> =
  import.meta.env.MODE === "e2e" ? { "/countries/xd.json": async () => (await import("./demo-country")).demoCountry(Object.keys(uiFiles), Object.keys(definitionFiles)) } : {};

/**
 * Country files by path, one small chunk each: a country page needs only its own country. They
 * are loaded as text (`?raw`) so that they stay separate chunks beside the chooser's one chunk
 * of all countries (all-countries.ts), which bundles the same files as JSON.
 */
const rawCountryFiles = import.meta.glob<string>("/countries/[a-z][a-z].json", { query: "?raw", import: "default" });
const bundledCountryFiles: Record<string, Loader> = Object.fromEntries(Object.entries(rawCountryFiles).map(([path, load]) => [path, async () => JSON.parse(await load()) as unknown]));

/** Every bundled country file by path, in one lazily loaded chunk (plus the e2e demo country in that mode). */
export async function loadAllCountryFiles(): Promise<Record<string, unknown>> {
  const demo = await Promise.all(Object.entries(demoCountryFiles).map(async ([path, load]) => [path, await load()] as const));
  return { ...(await import("./all-countries")).countries, ...Object.fromEntries(demo) };
}

export const countryFiles: Record<string, Loader> = { ...bundledCountryFiles, ...demoCountryFiles };

/** "/questionnaires/dudit/1.0.0.json" -> "dudit@1.0.0" */
export function definitionKeyOf(path: string): string | null {
  const match = /^\/questionnaires\/([a-z][a-z0-9-]*)\/(\d+\.\d+\.\d+)\.json$/.exec(path);
  return match ? `${match[1]}@${match[2]}` : null;
}

export function definitionPathOf(key: string): string {
  const [id, version] = key.split("@");
  return `/questionnaires/${id ?? ""}/${version ?? ""}.json`;
}

export const countryPathOf = (code: string): string => `/countries/${code.toLowerCase()}.json`;
export const instrumentTextPathOf = (language: string, questionnaireId: string): string => `/locales/${language}/questionnaires/${questionnaireId}.json`;
export const uiPathOf = (language: string, namespace: string): string => `/locales/${language}/${namespace}.json`;
