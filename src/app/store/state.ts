import type { Answers, Country, Definition, Profile, QuestionnaireLocale, ScoringResult, Sex, TranslationStatus } from "../../engine";
import type { ContentProblem } from "../content/problem";

/** Where the person is. Never holds an answer, so it is safe to show (e.g. in the title). */
export type Step =
  | { kind: "loading" }
  | { kind: "start" }
  | { kind: "profile" }
  | { kind: "question"; itemId: string }
  | { kind: "result" }
  | { kind: "error"; problems: ContentProblem[] }
  | { kind: "left" };

/** Instrument text of one questionnaire in one language. */
export type InstrumentTextState =
  | { state: "loading" }
  | { state: "ready"; text: QuestionnaireLocale }
  | { state: "missing" }
  | { state: "error"; problem: ContentProblem };

/** The person said their country is not in the list. */
export const COUNTRY_NOT_LISTED = "other";

export type AppData = {
  /** Languages with UI text (fixed for the app's life). */
  uiLanguages: readonly string[];
  /** "id@version" of every questionnaire definition (fixed for the app's life). */
  questionnaireKeys: readonly string[];
  /** Translation status of every instrument text, by textKey; known without loading the texts (fixed for the app's life). */
  textStatus: Readonly<Record<string, TranslationStatus>>;
  step: Step;
  /** The UI language shown now; a requested one replaces it once its text has loaded. */
  language: string;
  countries: Country[];
  /** An ISO code, COUNTRY_NOT_LISTED, or null before a choice. */
  countryCode: string | null;
  /** "id@version" chosen on the start screen. */
  questionnaireKey: string | null;
  /** The definition of the check being run. */
  definition: Definition | null;
  answers: Answers;
  profile: Profile;
  /** Keyed by textKey(language, questionnaireId). */
  texts: Record<string, InstrumentTextState>;
  result: ScoringResult | null;
  /** A slow action (loading a questionnaire) is under way. */
  busy: boolean;
};

export type AppActions = {
  init(): Promise<void>;
  setLanguage(language: string): Promise<void>;
  setCountry(code: string): Promise<void>;
  chooseQuestionnaire(key: string): void;
  start(): Promise<void>;
  submitProfile(sex: Sex): void;
  submitAnswer(itemId: string, optionId: string): void;
  back(): void;
  restart(): void;
  /** Clears everything and replaces the page with a neutral one. */
  quickExit(): void;
};

export type AppState = AppData & AppActions;

export const textKey = (language: string, questionnaireId: string): string => `${language}:${questionnaireId}`;

export function initialData(
  language: string,
  uiLanguages: readonly string[],
  questionnaireKeys: readonly string[],
  textStatus: Readonly<Record<string, TranslationStatus>>,
): AppData {
  return {
    uiLanguages,
    questionnaireKeys,
    textStatus,
    step: { kind: "loading" },
    language,
    countries: [],
    countryCode: null,
    questionnaireKey: null,
    definition: null,
    answers: {},
    profile: {},
    texts: {},
    result: null,
    busy: false,
  };
}
