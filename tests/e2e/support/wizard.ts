/**
 * Drives the wizard the way a person does: by the visible, accessible names of
 * controls in the current language (read from locales/), never by CSS classes
 * or store internals. Every step waits for its own control, so no sleeps.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { ROOT } from "./paths";
import { languageEndonyms } from "../../../scripts/vite/language-endonyms";
import { asListItem } from "../../../src/app/i18n/endonym";
import { instrumentText, t, type InstrumentText } from "./locales";
import type { CheckPlan, Sex } from "./plans";

export type { CheckPlan, Sex };

const SEX_LABEL_KEY: Record<Sex, string> = {
  female: "profile.female",
  male: "profile.male",
  other: "profile.other",
  "not-given": "profile.notGiven",
};

/** A language's own name as the menu shows it (built from CLDR at build time, as the app does). */
function endonymOf(language: string): string {
  const name = languageEndonyms(ROOT)[language];
  if (name === undefined) throw new Error(`e2e: no name for the language "${language}"`);
  return asListItem(name, language);
}

/** The check a country page opens on (countries/<cc>.json defaultCheck; the e2e demo country opens on DUDIT). */
export function defaultCheckOf(country: string): string {
  const file = join(ROOT, "countries", `${country.toLowerCase()}.json`);
  if (!existsSync(file)) return "dudit";
  const { defaultCheck } = JSON.parse(readFileSync(file, "utf8")) as { defaultCheck: string };
  return defaultCheck.split("@")[0] ?? defaultCheck;
}

/** Whether a check asks the person's sex (after its questions): its cut-offs use it. */
export function asksSex(questionnaire: string): boolean {
  const { profile } = JSON.parse(readFileSync(join(ROOT, "questionnaires", questionnaire, "1.0.0.json"), "utf8")) as { profile: string[] };
  return profile.includes("sex");
}

/** The path of a country page: /mk/en/. */
export const countryPath = (plan: Pick<CheckPlan, "country" | "language">): string => `/${plan.country.toLowerCase()}/${plan.language}/`;

export class Wizard {
  constructor(
    readonly page: Page,
    /** The UI language the page shows now; updated by chooseLanguage. */
    public language = "en",
  ) {}

  wizard(key: string, values: Record<string, string | number> = {}): string {
    return t(this.language, "wizard", key, values);
  }
  common(key: string, values: Record<string, string | number> = {}): string {
    return t(this.language, "common", key, values);
  }
  results(key: string, values: Record<string, string | number> = {}): string {
    return t(this.language, "results", key, values);
  }
  instrument(questionnaire: string): InstrumentText {
    return instrumentText(this.language, questionnaire);
  }

  button(name: string): Locator {
    return this.page.getByRole("button", { name, exact: true });
  }
  group(name: string): Locator {
    return this.page.getByRole("group", { name, exact: true });
  }
  heading(name: string): Locator {
    return this.page.getByRole("heading", { name, exact: true, level: 1 });
  }
  languageSelect(): Locator {
    return this.page.getByRole("combobox", { name: this.common("language.label"), exact: true });
  }

  /** The chooser at `/`: the country list. */
  async gotoStart(origin: string): Promise<void> {
    await this.page.goto(`${origin}/`);
    await this.startHeading().waitFor();
  }
  startHeading(): Locator {
    return this.heading(this.wizard("start.heading"));
  }
  countryLink(name: string): Locator {
    return this.page.getByRole("list", { name: this.wizard("start.countriesHeading") }).getByRole("link", { name, exact: true });
  }

  /** A country page in a language: it opens on question 1 of the country's default check. */
  async gotoCountry(origin: string, plan: Pick<CheckPlan, "country" | "language">): Promise<void> {
    this.language = plan.language;
    await this.page.goto(`${origin}${countryPath(plan)}`);
    await this.questionGroup(defaultCheckOf(plan.country), "q1").waitFor();
  }

  languageLinks(): Locator {
    return this.page.getByRole("navigation", { name: this.common("language.label") });
  }

  /** Switches the language: the header's links on a country page, its select on the chooser. */
  async chooseLanguage(language: string): Promise<void> {
    if (!existsSync(join(ROOT, "locales", language))) {
      throw new Error(`e2e: locales/${language}/ does not exist, so the app cannot offer "${language}"`);
    }
    if ((await this.languageLinks().count()) > 0) {
      // The links sit behind a disclosure that names the language shown.
      if (
        !(await this.languageLinks()
          .locator("details")
          .evaluate((details) => (details as HTMLDetailsElement).open))
      )
        await this.languageLinks().locator("summary").click();
      await this.languageLinks()
        .getByRole("link", { name: endonymOf(language), exact: true })
        .click();
    } else await this.languageSelect().selectOption(language);
    await this.waitForDocumentLanguage(language);
    this.language = language;
  }

  async waitForDocumentLanguage(language: string): Promise<void> {
    await this.page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  }

  checkRadio(questionnaire: string): Locator {
    return this.group(this.wizard("start.checkLegend")).getByRole("radio", {
      name: this.wizard(`instrument.${questionnaire}.label`),
      exact: true,
    });
  }

  /** On a country page: the plan's check, through "Choose another check" when it is not the page's own. */
  async choose(plan: CheckPlan): Promise<void> {
    if (plan.questionnaire === defaultCheckOf(plan.country)) return;
    await this.button(this.wizard("question.changeCheck")).click();
    await this.checkRadio(plan.questionnaire).check();
  }

  /** On a country page: the plan's check, started when it is not the page's own. */
  async begin(plan: CheckPlan): Promise<void> {
    if (plan.questionnaire === defaultCheckOf(plan.country)) return;
    await this.choose(plan);
    await this.button(this.wizard("start.start")).click();
    await this.questionGroup(plan.questionnaire, plan.answers[0]?.[0] ?? "q1").waitFor();
  }

  /** The plan's country page, on question 1 of the plan's check. */
  async open(origin: string, plan: CheckPlan): Promise<void> {
    await this.gotoCountry(origin, plan);
    await this.begin(plan);
  }

  sexGroup(): Locator {
    return this.group(this.wizard("profile.legend"));
  }
  sexRadio(sex: Sex): Locator {
    return this.sexGroup().getByRole("radio", { name: this.wizard(SEX_LABEL_KEY[sex]), exact: true });
  }

  /** The sex question, after the questions: its button leads to the result. */
  async answerSex(sex: Sex): Promise<void> {
    await this.sexRadio(sex).check();
    await this.button(this.wizard("nav.seeResult")).click();
  }

  questionGroup(questionnaire: string, itemId: string): Locator {
    const item = this.instrument(questionnaire).items[itemId];
    if (item === undefined) throw new Error(`e2e: no text for ${questionnaire} ${itemId} in ${this.language}`);
    return this.group(item.text);
  }
  optionRadio(questionnaire: string, itemId: string, optionId: string): Locator {
    const label = this.instrument(questionnaire).items[itemId]?.options[optionId];
    if (label === undefined) throw new Error(`e2e: no text for ${questionnaire} ${itemId}/${optionId} in ${this.language}`);
    return this.questionGroup(questionnaire, itemId).getByRole("radio", { name: label, exact: true });
  }

  /** Answers one question and presses Next, or "See my result" when nothing follows (no sex question either). */
  async answer(questionnaire: string, itemId: string, optionId: string, last: boolean): Promise<void> {
    await this.optionRadio(questionnaire, itemId, optionId).check();
    await this.button(this.wizard(last && !asksSex(questionnaire) ? "nav.seeResult" : "nav.next")).click();
  }

  /** Every answer, then the sex question where the check asks it. */
  async answerAll(plan: CheckPlan): Promise<void> {
    await this.answerQuestions(plan);
    if (asksSex(plan.questionnaire)) await this.answerSex(plan.sex);
  }
  async answerQuestions(plan: CheckPlan): Promise<void> {
    for (const [index, [itemId, optionId]] of plan.answers.entries()) {
      await this.answer(plan.questionnaire, itemId, optionId, index === plan.answers.length - 1);
    }
  }

  resultHeading(): Locator {
    return this.heading(this.results("heading"));
  }

  /**
   * Waits for the whole result: its top part paints first and the sections below it follow one
   * render later, so checks of the full page (axe, screenshots, links) wait for the last section.
   */
  async waitForResult(): Promise<void> {
    await this.resultHeading().waitFor();
    await this.page.getByRole("heading", { name: this.results("history.heading"), exact: true, level: 2 }).waitFor();
  }

  /** Country page to result in one go. */
  async run(origin: string, plan: CheckPlan): Promise<void> {
    await this.open(origin, plan);
    await this.answerAll(plan);
    await this.waitForResult();
  }
}

/** The <html lang dir> the page has now. */
export function documentDirection(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}
