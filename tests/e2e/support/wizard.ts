/**
 * Drives the wizard the way a person does: by the visible, accessible names of
 * controls in the current language (read from locales/), never by CSS classes
 * or store internals. Every step waits for its own control, so no sleeps.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { ROOT } from "./paths";
import { instrumentText, t, type InstrumentText } from "./locales";

export type Sex = "female" | "male" | "other" | "not-given";
const SEX_LABEL_KEY: Record<Sex, string> = {
  female: "profile.female",
  male: "profile.male",
  other: "profile.other",
  "not-given": "profile.notGiven",
};

/** One whole self-check: where, in which language, and which option id for every item. */
export interface CheckPlan {
  readonly country: string;
  readonly language: string;
  readonly questionnaire: string;
  readonly sex: Sex;
  /** itemId → option id, in the order the questions are asked. */
  readonly answers: ReadonlyArray<readonly [string, string]>;
}

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
  countrySelect(): Locator {
    return this.page.getByRole("combobox", { name: this.wizard("start.countryLabel"), exact: true });
  }
  languageSelect(): Locator {
    return this.page.getByRole("combobox", { name: this.common("language.label"), exact: true });
  }

  async gotoStart(origin: string): Promise<void> {
    await this.page.goto(`${origin}/`);
    await this.startHeading().waitFor();
  }
  startHeading(): Locator {
    return this.heading(this.wizard("start.heading"));
  }

  async chooseCountry(code: string): Promise<void> {
    await this.countrySelect().selectOption(code);
  }

  async chooseLanguage(language: string): Promise<void> {
    if (!existsSync(join(ROOT, "locales", language))) {
      throw new Error(`e2e: locales/${language}/ does not exist, so the app cannot offer "${language}"`);
    }
    await this.languageSelect().selectOption(language);
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

  /** Picks country, language and check on the start screen. */
  async choose(plan: CheckPlan): Promise<void> {
    await this.chooseCountry(plan.country);
    if (plan.language !== this.language) await this.chooseLanguage(plan.language);
    await this.checkRadio(plan.questionnaire).check();
  }

  /** Picks country, language and check on the start screen, then presses Start. */
  async begin(plan: CheckPlan): Promise<void> {
    await this.choose(plan);
    await this.button(this.wizard("start.start")).click();
  }

  sexGroup(): Locator {
    return this.group(this.wizard("profile.legend"));
  }
  sexRadio(sex: Sex): Locator {
    return this.sexGroup().getByRole("radio", { name: this.wizard(SEX_LABEL_KEY[sex]), exact: true });
  }

  async answerSex(sex: Sex): Promise<void> {
    await this.sexRadio(sex).check();
    await this.button(this.wizard("nav.next")).click();
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

  /** Answers one question and presses Next, or "See my result" on the last one. */
  async answer(questionnaire: string, itemId: string, optionId: string, last: boolean): Promise<void> {
    await this.optionRadio(questionnaire, itemId, optionId).check();
    await this.button(this.wizard(last ? "nav.seeResult" : "nav.next")).click();
  }

  async answerAll(plan: CheckPlan): Promise<void> {
    await this.answerSex(plan.sex);
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

  /** Start to result in one go. */
  async run(origin: string, plan: CheckPlan): Promise<void> {
    await this.gotoStart(origin);
    await this.begin(plan);
    await this.answerAll(plan);
    await this.waitForResult();
  }
}

/** The <html lang dir> the page has now. */
export function documentDirection(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}
