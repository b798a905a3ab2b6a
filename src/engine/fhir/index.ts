export { exportQuestionnaire, ENGLISH_PROFILE_TEXT, type ProfileText, type QuestionnaireExportOptions } from "./questionnaire";
export { exportQuestionnaireResponse } from "./response";
export { toEnableWhen, type MappedCondition } from "./enable-when";
export * from "./constants";
export type * from "./types";
