/**
 * The engine's runtime API and types: what the browser app, the report and the CLIs run. No zod
 * is reachable from here (tests/engine/bundle.test.ts); the schemas that parse content files are
 * in ./schema/index.ts, for the CLIs, the build and the tests.
 */
export type * from "./schema/condition";
export type * from "./schema/definition";
export type * from "./schema/questionnaire-locale";
export type * from "./schema/vectors";
export type * from "./schema/country";
export type * from "./schema/about-your-use";
export type * from "./schema/advice";
export type * from "./schema/contact";
export type * from "./types";
export { SEX_VALUES } from "./profile-values";
export { LANGUAGE_CODE, QUESTIONNAIRE_ID, QUESTIONNAIRE_KEY, parseQuestionnaireKey, questionnaireKey } from "./keys";
export { missingTextKeys, requiredTextKeys, textAt, textByKey, type TextPath } from "./locale-text";
export { evaluateCondition, conditionReferences } from "./conditions";
export { visibleItems, nextItem, pruneHiddenAnswers, progress } from "./visibility";
export { reachableRange } from "./ranges";
export { bandSetFor, variantFor, variesBySex } from "./bands";
export { score } from "./score";
export { lintDefinition } from "./lint/definition";
export { lintQuestionnaireLocale } from "./lint/questionnaire-locale";
export { lintVectors, checkVector } from "./lint/vectors";
export { formatPath, type LintIssue } from "./lint/issue";
export { encodeResultCode, type ResultCodeError } from "./result-code";
export { decodeResultCode, latestMonthAnywhere, type DecodedResultCode } from "./result-code-decode";
export { chooseAdvice, sourcesOf, messagesTriggeredBy } from "./interventions/advice";
export { compareResults, type ScoreComparison, type Direction } from "./interventions/compare";
export { lintAboutYourUse, lintAdvice, aboutYourUseTextKeys, adviceTextKeys } from "./lint/advice";
export type { CheckMonth } from "./result-code";
export { serviceClock, localClock, WEEKDAYS, type ServiceClock } from "./contact-hours";
