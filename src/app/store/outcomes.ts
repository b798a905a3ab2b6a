/**
 * What the store's actions set, computed from loaded values and the engine: each returns the
 * part of the state to set, and the action sets it once. No loading and no `set` here.
 */
import { questionnaireKey, score, type Answers, type Definition, type Profile } from "../../engine";
import type { ContentProblem } from "../content/problem";
import type { Landing } from "../landing";
import { firstStep } from "../../wizard/flow";
import type { StoreConfig } from "./config";
import type { Loader } from "./loader";
import { questionnaireIdOf } from "./offers";
import { selectCanStart } from "./selectors";
import { textKey, type AppData } from "./state";

export const failure = (problems: ContentProblem[]): Partial<AppData> => ({ step: { kind: "error", problems }, busy: false });

/** The step, answers and result once the last answer is in; an error step when the answers do not score. */
export function scored(definition: Definition, answers: Answers, profile: Profile): Partial<AppData> {
  const outcome = score(definition, answers, profile);
  if (outcome.ok) return { answers, profile, result: outcome.result, step: { kind: "result" }, pendingChoice: null, pendingError: false };
  return failure([{ file: questionnaireKey(definition), issues: outcome.problems.map((problem) => ({ path: problem.code, message: JSON.stringify(problem) })) }]);
}

/** The instrument texts worth having now: the chosen check's and the running one's, never all offered. */
export function textIdsFor(data: AppData): string[] {
  const ids = new Set<string>();
  if (data.questionnaireKey !== null) ids.add(questionnaireIdOf(data.questionnaireKey));
  if (data.definition !== null) ids.add(data.definition.id);
  return [...ids];
}

/** A country page: its country, language and default check, on question 1 (or the choice of check, where it cannot be taken). */
export async function landingPage(page: Landing, now: () => AppData, load: Loader, config: StoreConfig): Promise<Partial<AppData>> {
  const country = await load.country(page.countryCode);
  if (!country.ok) return failure(country.problems);
  const languages = country.value.languages.filter((language) => config.uiLanguages.includes(language));
  const language = page.language !== null && languages.includes(page.language) ? page.language : (languages[0] ?? config.fallbackLanguage);
  const ui = await load.ui(language);
  const shown = ui.ok ? await load.showUi(language, ui.value) : ui;
  if (!shown.ok) return failure(shown.problems);
  const data = { countries: [country.value], countryCode: country.value.code, language, questionnaireKey: country.value.defaultCheck };
  if (!selectCanStart({ ...now(), ...data }, config)) return { ...data, questionnaireKey: null, step: { kind: "start" } };
  const check = await load.check(country.value.defaultCheck, language);
  if (!check.ok) return { ...data, ...failure(check.problems) };
  const { definition, text } = check.value;
  return { ...data, definition, texts: { ...now().texts, [textKey(language, definition.id)]: text }, step: firstStep(definition, {}) };
}

/** The chooser at `/`: the country list in the person's language. */
export async function chooserPage(now: () => AppData, load: Loader, config: StoreConfig, hideDemoCountries: boolean): Promise<Partial<AppData>> {
  const ui = await load.ui(config.firstLanguage);
  const shown = ui.ok ? await load.showUi(config.firstLanguage, ui.value) : ui;
  const countries = shown.ok ? await load.countries(hideDemoCountries) : shown;
  if (!countries.ok) return failure(countries.problems);
  return { countries: countries.value, ...(now().step.kind === "loading" ? { step: { kind: "chooser" } } : {}) };
}
