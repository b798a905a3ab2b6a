/**
 * The data and text of the brief intervention (questions about use, advice, plan, reminder,
 * comparison). Fetched only when the result is shown, in one lazy chunk, so that the first
 * question costs nothing more.
 */
import type { i18n } from "i18next";
import type { AboutYourUse, AdviceSet } from "../../engine";
import { ContentError } from "../content/problem";

type Loader = () => Promise<unknown>;
const aboutFiles: Record<string, Loader> = import.meta.glob("/interventions/about-your-use/[0-9]*.json", { import: "default" });
const adviceFiles: Record<string, Loader> = import.meta.glob("/interventions/advice/[0-9]*.json", { import: "default" });
const textFiles: Record<string, Loader> = import.meta.glob("/locales/*/intervention.json", { import: "default" });

export const INTERVENTION_NAMESPACE = "intervention";

export type BriefContent = { about: AboutYourUse; advice: AdviceSet };

const versionOf = (path: string): number[] => (/(\d+)\.(\d+)\.(\d+)\.json$/.exec(path)?.slice(1) ?? []).map(Number);
function newest(paths: string[]): string | undefined {
  return [...paths].sort((a, b) => {
    const [va, vb] = [versionOf(a), versionOf(b)];
    for (let i = 0; i < 3; i++) if ((va[i] ?? 0) !== (vb[i] ?? 0)) return (vb[i] ?? 0) - (va[i] ?? 0);
    return 0;
  })[0];
}

/*
 * The files are checked against the engine's zod schemas at build time (scripts/vite/content-check.ts)
 * and by `npm run validate`, so the browser ships no zod (its eval probe breaks the CSP). What
 * remains here is the cheap check that the file is the one asked for and has the lists the app reads.
 */
function shaped<T>(raw: unknown, file: string, id: string, lists: readonly string[]): T {
  const record = raw !== null && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  const issues = [
    ...(record?.["id"] === id ? [] : [{ path: "$.id", message: `expected "${id}"` }]),
    ...lists.filter((key) => !Array.isArray(record?.[key])).map((key) => ({ path: `$.${key}`, message: "expected a list" })),
  ];
  if (issues.length > 0) throw new ContentError({ file, issues });
  return raw as T;
}

/** The newest advice and the questions it refers to. */
export async function loadBriefContent(): Promise<BriefContent> {
  const advicePath = newest(Object.keys(adviceFiles));
  const adviceLoad = advicePath === undefined ? undefined : adviceFiles[advicePath];
  if (advicePath === undefined || adviceLoad === undefined) throw new ContentError({ file: "interventions/advice", issues: [{ path: "$", message: "no advice file" }] });
  const advice = shaped<AdviceSet>(await adviceLoad(), advicePath, "advice", ["sources", "messages"]);
  const aboutPath = `/interventions/about-your-use/${advice.aboutYourUse.split("@")[1] ?? ""}.json`;
  const aboutLoad = aboutFiles[aboutPath];
  if (aboutLoad === undefined) throw new ContentError({ file: aboutPath, issues: [{ path: "$", message: "the file does not exist" }] });
  return { advice, about: shaped<AboutYourUse>(await aboutLoad(), aboutPath, "about-your-use", ["questions"]) };
}

/** "about-your-use@1.0.0" for every bundled version, for the clinician pages. */
export const aboutYourUseKeys: readonly string[] = Object.keys(aboutFiles)
  .map((path) => /(\d+\.\d+\.\d+)\.json$/.exec(path)?.[1])
  .filter((version): version is string => version !== undefined)
  .map((version) => `about-your-use@${version}`);

/** The raw intervention texts of a language (the clinician page reads the English ones). */
export async function loadInterventionTexts(language: string): Promise<unknown> {
  const load = textFiles[`/locales/${language}/intervention.json`];
  if (load === undefined) throw new ContentError({ file: `locales/${language}/intervention.json`, issues: [{ path: "$", message: "the file does not exist" }] });
  return load();
}

/** Adds the intervention texts of a language to i18next (no fallback to another language). */
export async function loadBriefText(instance: i18n, language: string): Promise<void> {
  if (instance.hasResourceBundle(language, INTERVENTION_NAMESPACE)) return;
  const path = `/locales/${language}/intervention.json`;
  const load = textFiles[path];
  if (load === undefined) throw new ContentError({ file: path, issues: [{ path: "$", message: "the file does not exist" }] });
  instance.addResourceBundle(language, INTERVENTION_NAMESPACE, (await load()) as Record<string, unknown>, true, true);
}
