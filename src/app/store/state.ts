import type { Answers, Country, Definition, Profile, QuestionnaireLocale, ScoringResult, Sex } from "../../engine";
import type { ContentProblem } from "../content/problem";
import type { HandOver } from "../../wizard/handover";
import type { FlowStep } from "../../wizard/flow";

/** Where the person is. Never holds an answer, so it is safe to show (e.g. in the title). */
export type Step =
  | { kind: "loading" }
  /** `/`: the country list. */
  | { kind: "chooser" }
  /** Choosing a check (and, with no country page, its language). */
  | { kind: "start" }
  /** A question, the sex question (after the questions, where the cut-offs use it), or the result. */
  | FlowStep
  | { kind: "error"; problems: ContentProblem[] }
  | { kind: "left" };

/** Instrument text of one questionnaire in one language. */
export type InstrumentTextState = { state: "ready"; text: QuestionnaireLocale } | { state: "missing" } | { state: "error"; problem: ContentProblem };

/** The person said their country is not in the list. */
export const COUNTRY_NOT_LISTED = "other";

/** What changes while the app runs; what never changes is the store's config (config.ts). */
export type AppData = {
  step: Step;
  /** The UI language shown now; a requested one replaces it once its text has loaded. */
  language: string;
  countries: Country[];
  /** An ISO code, COUNTRY_NOT_LISTED, or null before a choice. */
  countryCode: string | null;
  /** "id@version" of the check chosen (on a country page, its default check until another is chosen). */
  questionnaireKey: string | null;
  /** The definition of the check being run. */
  definition: Definition | null;
  answers: Answers;
  profile: Profile;
  /** A choice on the screen shown that is not yet submitted: carried over from the first script. */
  pendingChoice: string | null;
  /** The first script was showing "choose an answer" on the screen handed over. */
  pendingError: boolean;
  /** The person chose the check on the check screen, so Back from question 1 leads there. */
  choseCheck: boolean;
  /** Keyed by textKey(language, questionnaireId). */
  texts: Record<string, InstrumentTextState>;
  result: ScoringResult | null;
  /** A slow action (loading a questionnaire) is under way. */
  busy: boolean;
};

export type AppActions = {
  init(): Promise<void>;
  setLanguage(language: string): Promise<void>;
  /** On the chooser: "My country is not listed" (a listed country is a link to its page). */
  setCountry(code: string): Promise<void>;
  /** From question 1 of a country page: choose another check. */
  openCheckChoice(): void;
  chooseQuestionnaire(key: string): void;
  start(): Promise<void>;
  submitAnswer(itemId: string, optionId: string): void;
  submitProfile(sex: Sex): void;
  back(): void;
  restart(): void;
  /** Clears everything and replaces the page with a neutral one. */
  quickExit(): void;
  /** The app takes over a country page from the first script: where the person is and what they chose. */
  applyHandOver(handOver: HandOver): void;
};

export type AppState = AppData & AppActions;

export const textKey = (language: string, questionnaireId: string): string => `${language}:${questionnaireId}`;

export function initialData(language: string): AppData {
  return {
    step: { kind: "loading" },
    language,
    countries: [],
    countryCode: null,
    questionnaireKey: null,
    definition: null,
    answers: {},
    profile: {},
    pendingChoice: null,
    pendingError: false,
    choseCheck: false,
    texts: {},
    result: null,
    busy: false,
  };
}
